/// Converts between Big5 and UTF-8 (through `Iconv`), for plans from Taiwan and Hong Kong.
///
/// Plain Big5 (glibc's, which has the Windows code page 950 additions such as €) is tried
/// first; Hong Kong's HKSCS characters need Big5-HKSCS, which lacks some of those additions,
/// so neither reads every file the other does. The variant is kept so that `--fix` writes
/// no HKSCS character into a plain Big5 file, where Taiwanese software could not show it.
enum Big5Converter {
    /// The decoded text and the variant that read it, or nil when the bytes are neither.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        for encoding in [TextEncoding.big5, .big5HKSCS] {
            if let text = decode(bytes, as: encoding) { return (text, encoding) }
        }
        return nil
    }

    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> String? {
        guard let name = iconvName(encoding) else { return nil }
        // Two bytes become at most two scalars of four UTF-8 bytes (HKSCS has Ê̄ and
        // characters beyond the BMP), one byte one.
        guard let output = Iconv.convert(bytes, from: name, to: "UTF-8", capacity: bytes.count * 4 + 16) else { return nil }
        return String(validating: output, as: UTF8.self)
    }

    /// The bytes of `text` in the variant, or nil when it has a character the variant lacks
    /// (any simplified character outside HKSCS, such as 务 in plain Big5).
    static func encode(_ text: String, as encoding: TextEncoding) -> [UInt8]? {
        guard let name = iconvName(encoding) else { return nil }
        let input = Array(text.utf8)
        // Every scalar takes at most 2 bytes in Big5 and at least 1 in UTF-8.
        return Iconv.convert(input, from: "UTF-8", to: name, capacity: input.count * 2 + 16)
    }

    private static func iconvName(_ encoding: TextEncoding) -> String? {
        switch encoding {
        case .big5: "BIG5"
        case .big5HKSCS: "BIG5-HKSCS"
        default: nil
        }
    }
}
