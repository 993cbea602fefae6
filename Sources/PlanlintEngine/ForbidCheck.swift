import PlanlintRules

/// `forbid`: every occurrence of the terms is a defect, unless an `except` term overlaps it.
struct ForbidCheck: RuleCheck {
    let spec: ForbidSpec
    /// Reporting stops here; a template pasted fifty times needs one screen, not fifty.
    static let maxFindings = 50

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        let planYear = context.metadata.year
        if spec.onlyOtherYears && planYear == nil { return CheckResult(rule: rule, findings: []) }
        let start = findings.count
        var lastEnd = -1
        // At one start the longest match wins (×××, not ××).
        let hits = context.occurrences(of: spec.match, except: spec.except).sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        for hit in hits {
            // Overlapping terms (20xx and xx) report once.
            if hit.lowerBound < lastEnd { continue }
            // The hit's text is made only for the rules that read its year: most hits are
            // quoted once, as the finding writes them.
            if spec.onlyOtherYears, Self.firstYear(in: context.document.text(hit)) == planYear { continue }
            lastEnd = hit.upperBound
            let written = builder.quoted(hit, as: .defect)
            findings.append(builder.finding(.defect, at: hit, values: FindingBuilder.Values(match: written)))
            if findings.count - start == Self.maxFindings { break }
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    /// The first four-digit year (1900–2099) written in `text`.
    static func firstYear(in text: String) -> Int? {
        let digits = Array(text.unicodeScalars)
        var index = 0
        while index + 4 <= digits.count {
            let window = digits[index..<index + 4]
            if window.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }),
                let year = Int(String(String.UnicodeScalarView(window))), (1900...2099).contains(year)
            {
                return year
            }
            index += 1
        }
        return nil
    }
}
