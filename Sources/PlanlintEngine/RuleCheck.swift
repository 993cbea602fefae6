import PlanlintRules

/// What checking one rule against one document yields.
struct RuleOutcome {
    var findings: [Finding]
    var check: CheckResult
}

/// One kind of rule's logic. Each kind has its own type; `Linter` picks it by the rule's kind.
protocol RuleCheck: Sendable {
    func check(_ rule: Rule, in context: LintContext) -> RuleOutcome
}

extension RuleOutcome {
    /// An outcome with findings of one category, or a pass when there are none.
    init(rule: Rule, findings: [Finding], itemsFound: [String] = [], itemsMissing: [String] = []) {
        let status: CheckResult.Status
        if findings.contains(where: { $0.category == .missing }) {
            status = .missing
        } else if findings.contains(where: { $0.category == .defect }) {
            status = .defect
        } else if findings.contains(where: { $0.category == .weak }) {
            status = .weak
        } else {
            status = .passed
        }
        self.init(
            findings: findings,
            check: CheckResult(
                ruleID: rule.id, theme: rule.theme, status: status, itemsFound: itemsFound, itemsMissing: itemsMissing))
    }
}
