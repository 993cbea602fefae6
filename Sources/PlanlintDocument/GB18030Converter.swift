import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GB18030 through the C library's iconv: swift-corelibs Foundation has no
/// `String.Encoding` for it on Linux.
enum GB18030Converter {
    /// The decoded text, or nil when the bytes are not valid GB18030 (or iconv lacks it).
    static func decode(_ bytes: [UInt8]) -> String? {
        guard !bytes.isEmpty else { return "" }
        let descriptor = iconv_open("UTF-8", "GB18030")
        // iconv_open reports failure as (iconv_t)-1, not nil.
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        // GB18030 uses at most 4 bytes per character, UTF-8 at most 4 per scalar and
        // 3 for every 2-byte GB character, so twice the input always suffices.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
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
        guard let written else { return nil }
        return String(validating: output[0..<written], as: UTF8.self)
    }
}
