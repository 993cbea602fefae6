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
        // Categories read through a buffer pointer: `contains(where:)` copied each finding
        // (a retain of every string in it) to look at one field.
        var (missing, defect, weak) = (false, false, false)
        findings.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                switch buffer[index].category {
                case .missing: missing = true
                case .defect: defect = true
                case .weak: weak = true
                }
            }
        }
        let status: CheckResult.Status
        if missing {
            status = .missing
        } else if defect {
            status = .defect
        } else if weak {
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
