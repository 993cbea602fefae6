import PlanlintRules

/// `substitute`: known wrong words, each finding carrying its replacement.
struct SubstituteCheck: RuleCheck {
    let spec: SubstituteSpec
    /// Each pair's wrong word as the pack compiled it, looked up once: a set made per
    /// document had to be found by hashing its words, for every pair of every plan.
    let wrongWords: [CompiledTermSet]

    init(spec: SubstituteSpec, pack: CompiledPack) {
        self.spec = spec
        wrongWords = spec.pairs.map { pack.compiled(TermSet(literals: [$0.wrong])) }
    }

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        let excepted = context.occurrences(of: spec.except)
        var hits: [(Range<Int>, Substitution)] = []
        for (pair, wrong) in zip(spec.pairs, wrongWords) {
            for hit in LintContext.leaving(context.index.occurrences(of: wrong), overlappedBy: excepted) {
                hits.append((hit, pair))
            }
        }
        // Longest match wins where two wrong words overlap (广阔职工 over 广阔).
        hits.sort { ($0.0.lowerBound, -$0.0.count) < ($1.0.lowerBound, -$1.0.count) }
        let start = findings.count
        var lastEnd = -1
        for (hit, pair) in hits where hit.lowerBound >= lastEnd {
            lastEnd = hit.upperBound
            // As written: ，， in a full-width plan, not the ,, rules read.
            let wrong = builder.quoted(hit, as: .defect)
            // Put back in the plan's own script and width: a traditional plan gets a
            // traditional word, a full-width ，， a full-width ，.
            let right = context.widened(context.spelled(pair.right, replacing: hit), replacing: hit)
            findings.append(builder.finding(.defect, at: hit, values: FindingBuilder.Values(wrong: wrong, right: right), fix: right))
            if findings.count - start == ForbidCheck.maxFindings { break }
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }
}
