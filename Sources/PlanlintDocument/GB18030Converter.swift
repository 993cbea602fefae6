/// Converts between GB18030 and UTF-8 (through `Iconv`).
enum GB18030Converter {
    /// The decoded text, or nil when the bytes are not valid GB18030 (or iconv lacks it).
    static func decode(_ bytes: [UInt8]) -> String? {
        // GB18030 uses at most 4 bytes per character, UTF-8 at most 4 per scalar and
        // 3 for every 2-byte GB character, so twice the input always suffices.
        guard let output = Iconv.convert(bytes, from: "GB18030", to: "UTF-8", capacity: bytes.count * 2 + 16) else { return nil }
        return String(validating: output, as: UTF8.self)
    }

    /// The GB18030 bytes of `text`, or nil when iconv lacks GB18030.
    static func encode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        // A scalar takes at most 4 bytes in GB18030 and at least 1 in UTF-8.
        return Iconv.convert(input, from: "UTF-8", to: "GB18030", capacity: input.count * 4 + 16)
    }
}
