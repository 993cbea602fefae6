import PlanlintDocument
import PlanlintRules

/// `pinyin`: the pinyin a web page printed after characters (學(xué)習(xí)), which the reader has
/// hidden from the other rules (`PinyinAnnotations`). One finding a line, from its first
/// annotation to the end of its last, with a fix that is the same stretch of the original
/// without them: `--fix` removes them all.
struct PinyinCheck: RuleCheck {
    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let document = context.document
        let annotations = document.pinyinAnnotations
        let builder = FindingBuilder(rule: rule, context: context)
        let start = findings.count
        var first = 0
        while first < annotations.count, findings.count - start < ForbidCheck.maxFindings {
            let line = document.lines.line(of: annotations[first].lowerBound)
            var last = first
            while last + 1 < annotations.count, document.lines.line(of: annotations[last + 1].lowerBound) == line { last += 1 }
            let range = annotations[first].lowerBound..<annotations[last].upperBound
            let (written, cleaned) = Self.original(range, firstAnnotation: annotations[first], in: context)
            let count = String(last - first + 1)
            let values = FindingBuilder.Values(["match": (written, written), "found": (count, count)])
            findings.append(builder.finding(.defect, at: range, values: values, fix: cleaned))
            first = last + 1
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    /// The first annotation as the file writes it, and the original text of `range` without
    /// the annotations in it. Positions map scalar for scalar: each filler of the normalised
    /// text stands for one scalar of an annotation in the original.
    static func original(_ range: Range<Int>, firstAnnotation: Range<Int>, in context: LintContext) -> (String, String) {
        let document = context.document
        let position = context.position(of: range.lowerBound)
        let line = context.originalLine(position.line)
        var written: [UInt8] = []
        var cleaned: [UInt8] = []
        line.bytes.withUnsafeBufferPointer { original in
            var at = line.byteOffset(ofScalar: min(position.column - 1, line.scalarCount))
            document.normalized.withUnsafeBufferPointer { normalized in
                var index = range.lowerBound
                while index < range.upperBound, at < original.count {
                    let length = UTF8Scalar.length(ofLead: original[at])
                    let scalar = original[at..<min(at + length, original.count)]
                    if normalized[index] == PinyinAnnotations.filler {
                        if firstAnnotation.contains(index) { written += scalar }
                        index += 1
                    } else {
                        cleaned += scalar
                        index += UTF8Scalar.length(ofLead: normalized[index])
                    }
                    at += length
                }
            }
        }
        return (String(decoding: written, as: UTF8.self), String(decoding: cleaned, as: UTF8.self))
    }
}
