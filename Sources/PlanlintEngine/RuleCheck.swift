import PlanlintRules

/// One kind of rule's logic. Each kind has its own type; `Linter` picks it by the rule's kind.
protocol RuleCheck: Sendable {
    /// Checks `rule` against the document, appending what it finds to `findings`: the file's
    /// one list, which every rule adds to (a list per rule, copied into the file's, was a
    /// fiftieth of a run).
    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult
}

extension CheckResult {
    /// The result of a rule whose findings are `findings` (those it appended): the gravest
    /// category among them, or a pass when there are none.
    init(rule: Rule, findings: ArraySlice<Finding>, itemsFound: [String] = [], itemsMissing: [String] = []) {
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
        let status: Status
        if missing {
            status = .missing
        } else if defect {
            status = .defect
        } else if weak {
            status = .weak
        } else {
            status = .passed
        }
        self.init(ruleID: rule.id, theme: rule.theme, status: status, itemsFound: itemsFound, itemsMissing: itemsMissing)
    }

    /// `finding` appended to `findings`, and the result of a rule that found only it.
    init(rule: Rule, appending finding: Finding, to findings: inout [Finding]) {
        findings.append(finding)
        self.init(rule: rule, findings: findings[(findings.count - 1)...])
    }
}
