import PlanlintDocument
import PlanlintRules

/// What is no evidence of a signal though it holds the signal's words: set phrases and
/// honours (`CompiledPack.nonEvidence`), and phrases a time word straddles
/// (`CompiledPack.straddled`).
extension LintContext {
    /// Whether some word of `signal` in `range` stands outside every phrase that is no
    /// evidence (`CompiledPack.nonEvidence`): the 五一 of 五一劳动奖章 dates nothing.
    /// Nor inside a phrase it straddles (`CompiledPack.straddled`: the 年中 of 2025年中心).
    func wordsStandOutsideNonEvidence(of signal: Signal, in range: Range<Int>) -> Bool {
        let phrases = nonEvidence(in: range)
        let straddled = straddledPhrases(in: range)
        if phrases.isEmpty && straddled.isEmpty { return true }
        return index.occurrences(of: pack.compiled(signal), in: range).contains { word in
            !phrases.contains { $0.overlaps(word) } && !Self.lies(word, insideAnyOf: straddled)
        }
    }

    /// Whether some term of `set` in `range` stands outside every phrase it would straddle
    /// (the cadence vocabulary's 年中 in 在新的一年中).
    func wordsStandOutsideStraddled(of set: CompiledTermSet, in range: Range<Int>) -> Bool {
        let straddled = straddledPhrases(in: range)
        if straddled.isEmpty { return true }
        return index.occurrences(of: set, in: range).contains { word in
            !Self.lies(word, insideAnyOf: straddled)
        }
    }

    /// Inside, not overlapping: the 年中 of 年中心 lies inside it, a term that ran on past it
    /// would be a word of its own.
    private static func lies(_ word: Range<Int>, insideAnyOf phrases: [Range<Int>]) -> Bool {
        phrases.contains { $0.lowerBound <= word.lowerBound && word.upperBound <= $0.upperBound }
    }

    /// The phrases a time word straddles inside `range`.
    func straddledPhrases(in range: Range<Int>) -> [Range<Int>] {
        if straddledMatches == nil { straddledMatches = index.occurrences(of: pack.straddled) }
        guard !straddledMatches!.isEmpty else { return [] }
        return straddledMatches!.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
    }

    /// The phrases that are no evidence inside `range`.
    func nonEvidence(in range: Range<Int>) -> [Range<Int>] {
        if nonEvidenceMatches == nil { nonEvidenceMatches = index.occurrences(of: pack.nonEvidence) }
        guard !nonEvidenceMatches!.isEmpty else { return [] }
        return nonEvidenceMatches!.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
    }

    /// Blanks the phrases that are no evidence found in `range` in `text`, its scalars. Rare:
    /// the scalars before each phrase are counted only when one is there.
    func blankNonEvidence(in text: inout [Unicode.Scalar], range: Range<Int>) {
        let phrases = nonEvidence(in: range)
        guard !phrases.isEmpty else { return }
        // `text` leaves out the fillers of hidden pinyin and split words: so do the counts.
        document.normalized.withUnsafeBytes { bytes in
            for phrase in phrases {
                let start = UTF8Count.characters(in: UnsafeRawBufferPointer(rebasing: bytes[range.lowerBound..<phrase.lowerBound]))
                let length = UTF8Count.characters(in: UnsafeRawBufferPointer(rebasing: bytes[phrase]))
                for position in start..<min(start + length, text.count) { text[position] = NonFigureMask.blank }
            }
        }
    }
}
