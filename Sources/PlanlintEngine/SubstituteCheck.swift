import PlanlintRules

/// `substitute`: known wrong words, each finding carrying its replacement.
struct SubstituteCheck: RuleCheck {
    let spec: SubstituteSpec

    func check(_ rule: Rule, in context: LintContext) -> RuleOutcome {
        let builder = FindingBuilder(rule: rule, context: context)
        let excepted = context.occurrences(of: spec.except)
        var hits: [(Range<Int>, Substitution)] = []
        for pair in spec.pairs {
            for hit in context.occurrences(of: TermSet(literals: [pair.wrong])) where !excepted.contains(where: { $0.overlaps(hit) }) {
                hits.append((hit, pair))
            }
        }
        // Longest match wins where two wrong words overlap (广阔职工 over 广阔).
        hits.sort { ($0.0.lowerBound, -$0.0.count) < ($1.0.lowerBound, -$1.0.count) }
        var findings: [Finding] = []
        var lastEnd = -1
        for (hit, pair) in hits where hit.lowerBound >= lastEnd {
            lastEnd = hit.upperBound
            let wrong = context.document.text(hit)
            let values = FindingBuilder.Values([
                "match": (wrong, wrong), "wrong": (wrong, wrong), "right": (pair.right, pair.right),
            ])
            findings.append(builder.finding(.defect, at: hit, values: values, fix: pair.right))
            if findings.count == ForbidCheck.maxFindings { break }
        }
        return RuleOutcome(rule: rule, findings: findings)
    }
}
