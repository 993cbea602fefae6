import PlanlintDocument
import PlanlintRules

/// `pinyin`: the pinyin a web page printed after characters (學(xué)習(xí)), which the reader has
/// hidden from the other rules (`PinyinAnnotations`). One finding a line, from its first
/// annotation to the end of its last, with a fix that is the same stretch of the original
/// without them (and without split spaces hidden on the line: see `LintContext.fillerFix`):
/// `--fix` removes them all.
struct PinyinCheck: RuleCheck {
    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let document = context.document
        let annotations = document.pinyinAnnotations
        let builder = FindingBuilder(rule: rule, context: context)
        let start = findings.count
        // Split spaces on a line with pinyin go with it (`LintContext.fillerFix`).
        let splits = document.holdsFillers ? SplitWordSpaces.hiddenSpaces(in: document.normalized, outside: annotations) : []
        var cursor = 0
        var first = 0
        while first < annotations.count, findings.count - start < ForbidCheck.maxFindings {
            let line = document.lines.line(of: annotations[first].lowerBound)
            var last = first
            while last + 1 < annotations.count, document.lines.line(of: annotations[last + 1].lowerBound) == line { last += 1 }
            let range = annotations[first].lowerBound..<annotations[last].upperBound
            let fix = context.fillerFix(own: annotations[first...last], others: splits, cursor: &cursor, quoting: annotations[first])
            let count = String(last - first + 1)
            let values = FindingBuilder.Values(["match": (fix.written, fix.written), "found": (count, count)])
            findings.append(context.withFillerFix(builder.finding(.defect, at: range, values: values, fix: fix.cleaned), fix))
            first = last + 1
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }
}
