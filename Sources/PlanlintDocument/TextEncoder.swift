
/// Encodes text back into the bytes `TextDecoder` read it from, so `--fix` keeps a plan's
/// encoding and byte order mark.
public enum TextEncoder {
    /// The bytes of `text` in `encoding`, with a BOM when `byteOrderMark` is set (UTF-16 always
    /// has one: planlint only reads UTF-16 that starts with one). Nil when the text cannot be
    /// encoded: a character Big5 lacks (GB18030 has all of Unicode), or iconv missing.
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
            return GB18030Converter.encode(text)
        case .big5, .big5HKSCS:
            return Big5Converter.encode(text, as: encoding)
        }
    }

    /// The first character of `text` that `encoding` cannot hold, skipping those of `known`
    /// (already in the file, so encodable): what `--fix` names when it cannot write a file.
    public static func firstUnencodable(in text: String, encoding: TextEncoding, known: String) -> Character? {
        let present = Set(known)
        var tried = Set<Character>()
        for character in text where !character.isASCII && !present.contains(character) && tried.insert(character).inserted {
            if encode(String(character), encoding: encoding, byteOrderMark: false) == nil { return character }
        }
        return nil
    }

    /// The bytes for a decoded file with `text` as its new content.
    public static func encode(_ text: String, like source: DecodedText) -> [UInt8]? {
        encode(text, encoding: source.encoding, byteOrderMark: source.hasByteOrderMark)
    }
}
