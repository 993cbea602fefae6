import PlanlintRules

/// Lints every plan of a labelled corpus (on all cores, as a run over a folder would) and
/// compares what each rule reported with what the reviewers labelled.
public struct CorpusEvaluator: Sendable {
    public var runner: LintRunner

    /// `runner` lints the plans: its configuration's overrides and options apply, as they
    /// would in the run being measured.
    public init(runner: LintRunner) {
        self.runner = runner
    }

    public func evaluate(_ corpus: LabelledCorpus) -> CorpusEvaluation {
        let themes = Dictionary(runner.linter.pack.pack.rules.map { ($0.id, $0.theme) }, uniquingKeysWith: { first, _ in first })
        let reports = runner.run(corpus.plans.map { .file($0.path) })
        var evaluation = CorpusEvaluation()
        for (plan, report) in zip(corpus.plans, reports) {
            if let error = report.error {
                evaluation.unreadable.append(CorpusEvaluation.Unreadable(plan: plan.name, error: error))
                continue
            }
            evaluation.plans += 1
            for (labels, expected) in [(plan.mustFire, true), (plan.mustNotFire, false)] {
                for label in labels {
                    let matching = report.findings.filter { Self.label(label, names: $0) }
                    let fired = !matching.isEmpty
                    evaluation.rules[label.ruleID, default: .init()].count(expected: expected, fired: fired)
                    evaluation.themes[themes[label.ruleID] ?? "", default: .init()].count(expected: expected, fired: fired)
                    if expected != fired {
                        evaluation.disagreements.append(
                            CorpusEvaluation.Disagreement(
                                kind: expected ? .missed : .unwanted, plan: plan.name, label: label,
                                findings: Array(matching.prefix(2))))
                    }
                }
            }
        }
        return evaluation
    }

    /// Whether a finding is one the label speaks of: the rule's, and of the label's
    /// category when it names one.
    static func label(_ label: FindingLabel, names finding: Finding) -> Bool {
        finding.ruleID == label.ruleID && (label.category == nil || label.category == finding.category.rawValue)
    }
}
