import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts between GB18030 and UTF-8 through the C library's iconv: swift-corelibs
/// Foundation has no `String.Encoding` for GB18030 on Linux.
enum GB18030Converter {
    /// The decoded text, or nil when the bytes are not valid GB18030 (or iconv lacks it).
    static func decode(_ bytes: [UInt8]) -> String? {
        // GB18030 uses at most 4 bytes per character, UTF-8 at most 4 per scalar and
        // 3 for every 2-byte GB character, so twice the input always suffices.
        guard let output = convert(bytes, from: "GB18030", to: "UTF-8", capacity: bytes.count * 2 + 16) else { return nil }
        return String(validating: output, as: UTF8.self)
    }

    /// The GB18030 bytes of `text`, or nil when iconv lacks GB18030.
    static func encode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        // A scalar takes at most 4 bytes in GB18030 and at least 1 in UTF-8.
        return convert(input, from: "UTF-8", to: "GB18030", capacity: input.count * 4 + 16)
    }

    private static func convert(_ bytes: [UInt8], from source: String, to target: String, capacity: Int) -> [UInt8]? {
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
                return outBuffer.count - outLeft
            }
        }
        return written.map { Array(output[0..<$0]) }
    }
}
