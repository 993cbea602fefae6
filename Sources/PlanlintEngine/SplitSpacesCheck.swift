import PlanlintDocument
import PlanlintRules

/// `split-spaces`: the spaces that text extracted from a PDF puts between characters (工 会
/// 经 费), which the reader has hidden from the other rules in a text that is evidently split
/// (`SplitWordSpaces`). One finding a line, from its first split to its last, with a fix that
/// is the same stretch of the original without those spaces (and without pinyin hidden on the
/// line: see `LintContext.fillerFix`): `--fix` removes them all, and leaves the spaces the
/// reader did not hide (around numbers and Latin words) as written.
struct SplitSpacesCheck: RuleCheck {
    /// Characters the quote shows before the first split (the one it follows) and in all.
    static let quoteBefore = 1
    static let quoteLength = 8

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let document = context.document
        let start = findings.count
        // A plain plan holds no fillers: nothing to look for.
        guard document.holdsFillers else { return CheckResult(rule: rule, findings: findings[start...]) }
        let splits = SplitWordSpaces.hiddenSpaces(in: document.normalized, outside: document.pinyinAnnotations)
        let builder = FindingBuilder(rule: rule, context: context)
        var cursor = 0
        var first = 0
        // Every line, without the cap of `pinyin`: the reader judges the whole text, and once
        // the fixer had removed a capped pass's spaces, the rest (a few lines of a long plan)
        // would no longer read as split, nor be fixed. One finding a line is what there is
        // to clean.
        while first < splits.count {
            let line = document.lines.line(of: splits[first].lowerBound)
            var last = first
            while last + 1 < splits.count, document.lines.line(of: splits[last + 1].lowerBound) == line { last += 1 }
            let range = splits[first].lowerBound..<splits[last].upperBound
            let quoted = Self.quote(around: splits[first], on: document.lines.byteRange(ofLine: line), in: document.normalized)
            // Pinyin on the line goes with the spaces (`LintContext.fillerFix`).
            let fix = context.fillerFix(own: splits[first...last], others: document.pinyinAnnotations, cursor: &cursor, quoting: quoted)
            let match = Self.trimmingSpaces(fix.written)
            let count = String(last - first + 1)
            let values = FindingBuilder.Values(["match": (match, match), "found": (count, count)])
            findings.append(context.withFillerFix(builder.finding(.defect, at: range, values: values, fix: fix.cleaned), fix))
            first = last + 1
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    /// The normalised range of the quote: from `quoteBefore` characters before the split to
    /// `quoteLength` characters in all (a filler is one, as its space is), within the line.
    static func quote(around split: Range<Int>, on line: Range<Int>, in text: [UInt8]) -> Range<Int> {
        var from = split.lowerBound
        for _ in 0..<quoteBefore where from > line.lowerBound {
            from -= 1
            // Back over continuation bytes (10xxxxxx) to the character's lead.
            while from > line.lowerBound, text[from] & 0xC0 == 0x80 { from -= 1 }
        }
        var to = from
        for _ in 0..<quoteLength where to < line.upperBound {
            to = min(line.upperBound, to + UTF8Scalar.length(ofLead: text[to]))
        }
        return from..<to
    }

    /// The quote without the spaces its cut left at either end (a split text's next space).
    static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !spaces.contains($0) }), let last = text.lastIndex(where: { !spaces.contains($0) }) else { return text }
        return String(text[first...last])
    }

    /// The spaces a split text's quote may begin or end with.
    private static let spaces: Set<Character> = [" ", "\u{3000}", "\u{A0}", "\t"]
}
