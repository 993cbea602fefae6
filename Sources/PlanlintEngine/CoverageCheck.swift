import PlanlintRules

/// `coverage`: named items (holidays, duties) and how many of them the plan covers.
struct CoverageCheck: RuleCheck {
    let spec: CoverageSpec

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let items = spec.items.filter { $0.applies(to: context.metadata.profile, year: context.metadata.year) }
        let scopes = spec.inSections.map { context.sectionRanges(headedBy: $0) }
        var found: [CoverageItem] = []
        var missing: [CoverageItem] = []
        // The earliest hit of the items found: where a pass is shown to have been satisfied.
        var earliest: Range<Int>?
        for item in items {
            let hits = context.occurrences(of: item.match)
            let hit = scopes.map { ranges in hits.first { hit in ranges.contains { $0.contains(hit.lowerBound) } } }
                ?? hits.first
            if let hit {
                found.append(item)
                if earliest.map({ hit.lowerBound < $0.lowerBound }) ?? true { earliest = hit }
            } else {
                missing.append(item)
            }
        }
        let required = min(spec.min ?? items.count, items.count)
        let start = findings.count
        if found.count < required {
            let values = FindingBuilder.Values([
                "items": (missing.map(\.name).joined(separator: "、"), missing.map { $0.nameEn ?? $0.name }.joined(separator: ", ")),
                "found": ("\(found.count)", "\(found.count)"),
                "expected": ("\(required)", "\(required)"),
            ])
            findings.append(FindingBuilder(rule: rule, context: context).finding(.missing, at: context.documentAnchor, values: values))
        }
        var result = CheckResult(rule: rule, findings: findings[start...], itemsFound: found.map(\.name), itemsMissing: missing.map(\.name))
        if context.recordsPassPlaces, result.status == .passed, let earliest {
            result.satisfiedAt = FindingBuilder(rule: rule, context: context).place(of: earliest)
        }
        return result
    }
}
