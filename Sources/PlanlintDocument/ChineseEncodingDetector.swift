/// Reads bytes that are not UTF-8 as GB18030 or as Big5, whichever makes sense.
///
/// Validity cannot decide: nearly every Big5 byte pair is also a GB18030 one, and most
/// GB2312 text is valid Big5, each reading as nonsense in the other encoding. Real Chinese
/// text is about a third very common characters and full-width punctuation, a wrong reading
/// about one in a hundred, so the reading with more of them wins. GB18030 keeps ties and
/// needs only half the Big5 count: it was planlint's only reading of such bytes before.
enum ChineseEncodingDetector {
    /// Bytes scored: ample for a verdict, and a bound on the second decode of a long plan.
    static let sampleSize = 8 * 1024

    /// The text and its encoding, or nil when the bytes are neither GB18030 nor Big5.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        let end = sampleEnd(bytes)
        if end == bytes.count {
            let gb18030 = GB18030Converter.decode(bytes)
            guard let big5 = Big5Converter.decode(bytes) else { return gb18030.map { ($0, .gb18030) } }
            guard let gb18030 else { return big5 }
            return prefersBig5(gb18030: gb18030, big5: big5.text) ? big5 : (gb18030, .gb18030)
        }
        // GBK text mostly fails the Big5 reading within a few bytes (trail bytes 0x80–0xA0).
        let sample = Array(bytes[..<end])
        var big5First = false
        if let big5 = Big5Converter.decode(sample) {
            big5First = GB18030Converter.decode(sample).map { prefersBig5(gb18030: $0, big5: big5.text) } ?? true
        }
        if big5First, let big5 = Big5Converter.decode(bytes) { return big5 }
        if let gb18030 = GB18030Converter.decode(bytes) { return (gb18030, .gb18030) }
        return big5First ? nil : Big5Converter.decode(bytes)
    }

    /// Whether the Big5 reading has more than twice the common characters of the GB18030 one.
    static func prefersBig5(gb18030: String, big5: String) -> Bool {
        score(big5) > 2 * score(gb18030)
    }

    /// How many of the text's scalars are very common characters or punctuation.
    static func score(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 && common.contains(scalar.value) { count += 1 }
        return count
    }

    /// The end of the sample: just after the last byte below 0x30 within `sampleSize`, which
    /// is ASCII in both encodings (no byte of a GB18030 or Big5 sequence is below 0x30), so
    /// no character is cut; the whole input when it is short or has no such byte.
    static func sampleEnd(_ bytes: [UInt8]) -> Int {
        guard bytes.count > sampleSize else { return bytes.count }
        var index = sampleSize
        while index > sampleSize / 2 {
            if bytes[index - 1] < 0x30 { return index }
            index -= 1
        }
        return bytes.count
    }

    /// Characters frequent in any Chinese prose and in work plans, in both scripts, and the
    /// full-width punctuation both encodings have.
    private static let common: Set<UInt32> = Set(
        ("的一是不了在人有和中大上年月日工作以为為主要教职職员員会會开開展动動活管理务務服发發"
            + "进進生全加强強建设設组組织織计計划劃单單位学學校部门門等对對于於各关關体體这這个個"
            + "到行合与與民代表实實施制度法文化好时時地方面成其新同提高持推落完善经經费費帮幫扶"
            + "困难難权權益维維护護安做区區次第届屆议議"
            + "，。、：；（）「」《》“”！？").unicodeScalars.map(\.value))
}
