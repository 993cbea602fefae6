import Foundation
import PlanlintDocument

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes text back into the bytes `TextDecoder` read it from, so `--fix` keeps a plan's
/// encoding and byte order mark.
public enum TextEncoder {
    /// The bytes of `text` in `encoding`, with a BOM when `byteOrderMark` is set (UTF-16 always
    /// has one: planlint only reads UTF-16 that starts with one). Nil when the text cannot be
    /// encoded (a character GB18030 lacks, which cannot happen for Unicode, or iconv missing).
    public static func encode(_ text: String, encoding: TextEncoding, byteOrderMark: Bool) -> [UInt8]? {
        switch encoding {
        case .utf8:
            return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case .utf16LittleEndian:
            var bytes: [UInt8] = [0xFF, 0xFE]
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return bytes
        case .utf16BigEndian:
            var bytes: [UInt8] = [0xFE, 0xFF]
            bytes.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            return bytes
        case .gb18030:
            return gb18030(text)
        }
    }

    /// The bytes for a decoded file with `text` as its new content.
    public static func encode(_ text: String, like source: DecodedText) -> [UInt8]? {
        encode(text, encoding: source.encoding, byteOrderMark: source.hasByteOrderMark)
    }

    /// UTF-8 → GB18030 through iconv (swift-corelibs Foundation has no GB18030 encoding).
    static func gb18030(_ text: String) -> [UInt8]? {
        var input = Array(text.utf8)
        guard !input.isEmpty else { return [] }
        let descriptor = iconv_open("GB18030", "UTF-8")
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        // A scalar takes at most 4 bytes in GB18030 and at least 1 in UTF-8.
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
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
