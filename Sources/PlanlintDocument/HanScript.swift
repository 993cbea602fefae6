/// The Han script a text is written in. Rules are written in simplified characters and
/// match a traditional plan through normalisation, but what they put back (a substitute's
/// replacement) must read as the plan does: 服務 in a Taiwan plan, not 服务 (which a Big5
/// file could not even hold).
public enum HanScript: Sendable, Equatable {
    case simplified
    case traditional
    /// Some traditional characters but fewer than a traditional plan has: a page that
    /// compiles plans in both scripts, or a simplified plan quoting a traditional name.
    case mixed

    /// How much of a text `of(utf8:)` reads: a plan does not change script halfway, and
    /// the decision is made for every plan that gets a replacement.
    static let sampleBytes = 1_500

    /// Traditional when at least one Han character in five of the opening is one
    /// normalisation rewrites (a traditional plan has three or four in ten), simplified when
    /// none is, mixed in between (whose traditional stretches `holdsTraditional` finds word
    /// by word).
    public static func of(utf8 text: UnsafeBufferPointer<UInt8>) -> HanScript {
        let (han, rewritten) = count(UnsafeBufferPointer(rebasing: text[..<min(text.count, sampleBytes)]))
        if rewritten == 0 { return .simplified }
        return rewritten * 5 >= han ? .traditional : .mixed
    }

    /// Whether valid UTF-8 holds a Han character normalisation rewrites into simplified.
    public static func holdsTraditional(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        count(text).rewritten > 0
    }

    /// Simplified `text` in traditional characters, character by character as ICU's
    /// Hans-Hant transform gives them (发展 → 發展, 后勤 → 後勤); everything else as it is.
    public static func traditional(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(Unicode.Scalar(HanSimplification.traditional(scalar.value)) ?? scalar)
        }
        return String(view)
    }

    /// Han characters of the BMP's CJK blocks (U+3400–U+9FFF, three bytes led by E3–E9) and
    /// how many of them normalisation rewrites, read off the bytes with the normaliser's
    /// bit table: this runs on every plan that gets a replacement.
    private static func count(_ text: UnsafeBufferPointer<UInt8>) -> (han: Int, rewritten: Int) {
        let stays = ScriptNormalizer.threeByteStays
        var han = 0
        var rewritten = 0
        var index = 0
        while index < text.count {
            let lead = text[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = UTF8Scalar.length(ofLead: lead)
            if length == 3, index + 2 < text.count {
                let value = Int(lead & 0x0F) << 12 | Int(text[index + 1] & 0x3F) << 6 | Int(text[index + 2] & 0x3F)
                if value >= 0x3400, value <= 0x9FFF {
                    han += 1
                    if stays[value >> 6] >> UInt64(value & 0x3F) & 1 == 0 { rewritten += 1 }
                }
            }
            index += max(length, 1)
        }
        return (han, rewritten)
    }
}
