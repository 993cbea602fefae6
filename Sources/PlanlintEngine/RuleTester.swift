import PlanlintDocument
import PlanlintRules

/// Runs every rule's own examples: each `fail` example must trigger the rule and no `pass`
/// example may. This is what `planlint test` prints.
public struct RuleTester: Sendable {
    /// One example that did not behave as its rule says.
    public struct Failure: Sendable, Equatable, CustomStringConvertible {
        public var ruleID: String
        public var file: String
        public var line: Int
        public var column: Int
        public var expectedToTrigger: Bool
        public var text: String
        /// Messages of what the rule did report, for a pass example that triggered.
        public var reported: [String]

        public var description: String {
            let excerpt = text.count > 40 ? String(text.prefix(40)) + "…" : text
            let oneLine = excerpt.replacingOccurrences(of: "\n", with: "⏎")
            if expectedToTrigger {
                return "\(file):\(line):\(column): \(ruleID): fail example was not flagged: \(oneLine)"
            }
            return "\(file):\(line):\(column): \(ruleID): pass example was flagged (\(reported.joined(separator: "; "))): \(oneLine)"
        }
    }

    public struct Summary: Sendable, Equatable {
        public var passed: Int
        public var failures: [Failure]
        /// Rules that have no examples of one kind or the other.
        public var rulesWithoutExamples: [String]
    }

    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Runs the examples of every rule `including` accepts (all of them by default).
    public func run(including: (Rule) -> Bool = { _ in true }) -> Summary {
        var summary = Summary(passed: 0, failures: [], rulesWithoutExamples: [])
        for rule in linter.pack.pack.rules where including(rule) {
            if rule.examples.pass.isEmpty || rule.examples.fail.isEmpty { summary.rulesWithoutExamples.append(rule.id) }
            for (examples, shouldTrigger) in [(rule.examples.fail, true), (rule.examples.pass, false)] {
                for example in examples {
                    let findings = findings(of: rule, on: example)
                    if findings.isEmpty != shouldTrigger {
                        summary.passed += 1
                    } else {
                        summary.failures.append(
                            Failure(
                                ruleID: rule.id, file: rule.location.file, line: example.mark.line, column: example.mark.column,
                                expectedToTrigger: shouldTrigger, text: example.text, reported: findings.map(\.message.zh)))
                    }
                }
            }
        }
        return summary
    }

    /// What one rule reports on one example, linted as a plan of the example's (or the rule's
    /// first) profile.
    public func findings(of rule: Rule, on example: RuleExample) -> [Finding] {
        let document = DocumentReader.document(text: example.text, path: "\(rule.id)-example.txt", format: .text)
        let profile = example.profile ?? rule.appliesTo?.sorted().first ?? document.metadata.profile
        let year = example.year ?? document.metadata.year ?? rule.condition.yearFrom ?? rule.condition.yearUntil
        var options = LintOptions(profile: profile, year: year, onlyRules: [rule.id])
        if let kinds = rule.condition.documentKinds, !kinds.contains(document.metadata.kind) {
            // An example without a title has no kind; lint it as the kind the rule targets.
            options.onlyRules = [rule.id]
            var retitled = document
            retitled.metadata.kind = kinds.sorted { $0.rawValue < $1.rawValue }.first ?? .plan
            return linter.lint(retitled, options: options).findings
        }
        return linter.lint(document, options: options).findings
    }
}
