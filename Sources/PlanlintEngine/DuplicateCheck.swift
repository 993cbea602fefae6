import PlanlintRules

/// `duplicate`: a paragraph of at least `min_chars` characters written twice.
struct DuplicateCheck: RuleCheck {
    let spec: DuplicateSpec

    func check(_ rule: Rule, in context: LintContext) -> RuleOutcome {
        let document = context.document
        let builder = FindingBuilder(rule: rule, context: context)
        var seen: [String: Int] = [:]
        var findings: [Finding] = []
        for block in document.blocks where block.headingIndex == nil {
            // Compare without white space so re-wrapped copies still match.
            let key = String(String.UnicodeScalarView(document.text(block.range).unicodeScalars.filter { !$0.properties.isWhitespace }))
            guard key.unicodeScalars.count >= spec.minChars else { continue }
            if let firstLine = seen[key] {
                let values = FindingBuilder.Values(["found": ("第\(firstLine)行", "line \(firstLine)")])
                findings.append(builder.finding(.defect, at: block.range, values: values))
                if findings.count == ForbidCheck.maxFindings { break }
            } else {
                seen[key] = block.line
            }
        }
        return RuleOutcome(rule: rule, findings: findings)
    }
}
