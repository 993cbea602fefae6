import PlanlintRules

/// `forbid`: every occurrence of the terms is a defect, unless an `except` term overlaps it.
struct ForbidCheck: RuleCheck {
    let spec: ForbidSpec
    /// Reporting stops here; a template pasted fifty times needs one screen, not fifty.
    static let maxFindings = 50

    func check(_ rule: Rule, in context: LintContext) -> RuleOutcome {
        let builder = FindingBuilder(rule: rule, context: context)
        let excepted = context.occurrences(of: spec.except)
        var findings: [Finding] = []
        var lastEnd = -1
        for hit in context.occurrences(of: spec.match) {
            // Overlapping terms (20xx and xx) report once.
            if hit.lowerBound < lastEnd { continue }
            if excepted.contains(where: { $0.overlaps(hit) }) { continue }
            lastEnd = hit.upperBound
            let text = context.document.text(hit)
            findings.append(builder.finding(.defect, at: hit, values: FindingBuilder.Values(["match": (text, text)])))
            if findings.count == Self.maxFindings { break }
        }
        return RuleOutcome(rule: rule, findings: findings)
    }
}
