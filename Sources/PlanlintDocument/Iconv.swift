import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One-shot conversions through the C library's iconv: swift-corelibs Foundation has no
/// `String.Encoding` for GB18030 or Big5-HKSCS on Linux.
enum Iconv {
    /// `bytes` converted from `source` to `target`, or nil when they are not valid in
    /// `source`, hold a character `target` lacks, or iconv lacks either encoding.
    /// `capacity` must bound the output.
    static func convert(_ bytes: [UInt8], from source: String, to target: String, capacity: Int) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        let descriptor = iconv_open(target, source)
        // iconv_open reports failure as (iconv_t)-1, not nil.
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: capacity)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                // Stateful encoders hold a character back until they see the next one
                // (Big5-HKSCS waits after Ê for a combining mark): flush it.
                if iconv(descriptor, nil, nil, &outPointer, &outLeft) == -1 { return nil }
                return outBuffer.count - outLeft
            }
        }
        return written.map { Array(output[0..<$0]) }
    }
}
