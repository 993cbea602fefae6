import PlanlintRules

/// `require`: the plan must mention the terms; a mention without the `weak_unless` signals
/// nearby is weak, not missing.
struct RequireCheck: RuleCheck {
    let spec: RequireSpec

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        var mentions = context.occurrences(of: spec.match, except: spec.except)
        if let inSections = spec.inSections {
            let allowed = context.sectionRanges(headedBy: inSections)
            mentions = mentions.filter { mention in allowed.contains { $0.contains(mention.lowerBound) } }
        }
        if let with = spec.with {
            let schedule = spec.withInSchedule && context.document.schedule.isPresent ? context.document.schedule : nil
            mentions = mentions.filter { mention in
                schedule?.entry(containing: mention.lowerBound) != nil
                    || context.contains(with, in: context.range(of: spec.withScope, around: mention.lowerBound))
            }
        }
        guard let first = mentions.first else {
            return CheckResult(rule: rule, appending: builder.finding(.missing, at: context.documentAnchor), to: &findings)
        }
        // The mention that satisfies the rule: the first, or with `weak_unless` the first concrete one.
        var satisfying = first
        if let requirement = spec.weakUnless {
            // Mentions come in text order, and those in one sentence or paragraph share its
            // answer: a scope is asked about once. A mention in a heading over lines of its own
            // is judged with them (`LintContext.weakRange`); one in an item with detail lines
            // under it (时间：3月 / 负责：工会办公室) with those lines too.
            var lastScope: Range<Int>?
            let concrete = mentions.first { mention in
                let scope = context.weakRange(of: spec.weakScope, headingScope: spec.weakHeadingScope, around: mention.lowerBound)
                if scope == lastScope { return false }
                lastScope = scope
                if context.satisfies(requirement, in: scope) { return true }
                guard let details = context.itemDetails(
                    around: mention.lowerBound, outside: scope, headingScope: spec.weakHeadingScope) else { return false }
                return context.satisfies(requirement, in: details)
            }
            guard let concrete else {
                let needed = requirement.chineseNames.joined(separator: "、")
                let mention = builder.quoted(first, as: .weak)
                let values = FindingBuilder.Values([
                    "match": (mention, mention),
                    "expected": (needed, requirement.names.joined(separator: ", ")),
                ])
                return CheckResult(rule: rule, appending: builder.finding(.weak, at: first, values: values), to: &findings)
            }
            satisfying = concrete
        }
        var result = CheckResult(rule: rule, findings: [])
        if context.recordsPassPlaces { result.satisfiedAt = builder.place(of: satisfying) }
        return result
    }
}
