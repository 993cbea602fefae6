import Foundation
import PlanlintEngine

/// Writes a `CorpusEvaluation` (`planlint evaluate`) as a table for people or as JSON for
/// scripts: per-theme and per-rule agreement with the labels, then each contradicted label.
public struct CorpusEvaluationReporter: Sendable {
    /// Themes in the order reports list them (`RuleCatalog.orderedThemes`).
    public var themeOrder: [String]
    public var minimumPrecision: Double
    public var minimumRecall: Double
    public var language: Language

    public init(themeOrder: [String], minimumPrecision: Double, minimumRecall: Double, language: Language = .zh) {
        self.themeOrder = themeOrder
        self.minimumPrecision = minimumPrecision
        self.minimumRecall = minimumRecall
        self.language = language
    }

    public func text(_ evaluation: CorpusEvaluation, labelsPath: String, skipped: Int) -> String {
        var lines: [String] = []
        var head = "\(labelsPath): \(evaluation.plans) plans judged"
        if skipped > 0 { head += ", \(skipped) skipped (their root folder is not here)" }
        if !evaluation.unreadable.isEmpty { head += ", \(evaluation.unreadable.count) unreadable" }
        lines.append(head)
        lines.append("")
        lines.append(row("theme", "TP", "FN", "FP", "TN", "precision", "recall"))
        for theme in orderedThemes(evaluation) {
            lines.append(row(theme, evaluation.themes[theme]!, flagged: true))
        }
        lines.append(row("all", evaluation.total, flagged: false))
        let imperfect = evaluation.rules.keys.sorted().filter {
            evaluation.rules[$0]!.falseNegatives + evaluation.rules[$0]!.falsePositives > 0
        }
        if !imperfect.isEmpty {
            lines.append("")
            lines.append(row("rule", "TP", "FN", "FP", "TN", "precision", "recall"))
            for rule in imperfect { lines.append(row(rule, evaluation.rules[rule]!, flagged: false)) }
        }
        if !evaluation.disagreements.isEmpty || !evaluation.unreadable.isEmpty {
            lines.append("")
            for item in evaluation.unreadable { lines.append("unreadable  \(item.error)") }
            for item in evaluation.disagreements {
                var line = "\(item.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(item.plan): \(item.label)"
                if let first = item.findings.first {
                    line += " — \(first.start.line):\(first.start.column) \(first.message.text(language))"
                }
                lines.append(line)
            }
        }
        let below = evaluation.themes(below: minimumPrecision, recall: minimumRecall)
        lines.append("")
        if below.isEmpty {
            lines.append(String(format: "every theme at or above precision %.2f and recall %.2f", minimumPrecision, minimumRecall))
        } else {
            lines.append(
                String(format: "below precision %.2f or recall %.2f: ", minimumPrecision, minimumRecall) + below.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(_ evaluation: CorpusEvaluation, labelsPath: String, skipped: [(plan: String, root: String)]) -> String {
        func tally(_ tally: CorpusEvaluation.Tally) -> JSONValue {
            .object([
                "true_positives": .int(tally.truePositives), "false_negatives": .int(tally.falseNegatives),
                "false_positives": .int(tally.falsePositives), "true_negatives": .int(tally.trueNegatives),
                "precision": .decimal(tally.precision), "recall": .decimal(tally.recall),
            ])
        }
        let disagreements: [JSONValue] = evaluation.disagreements.map { item in
            .object([
                "kind": .string(item.kind.rawValue), "plan": .string(item.plan), "label": .string(item.label.description),
                "findings": .array(
                    item.findings.map { finding in
                        .object([
                            "line": .int(finding.start.line), "column": .int(finding.start.column),
                            "category": .string(finding.category.rawValue), "message": .string(finding.message.text(language)),
                        ])
                    }),
            ])
        }
        let value = JSONValue.object([
            "labels": .string(labelsPath),
            "plans": .int(evaluation.plans),
            "skipped": .array(skipped.map { .object(["plan": .string($0.plan), "root": .string($0.root)]) }),
            "unreadable": .array(evaluation.unreadable.map { .object(["plan": .string($0.plan), "error": .string($0.error)]) }),
            "themes": .object(evaluation.themes.mapValues(tally)),
            "rules": .object(evaluation.rules.mapValues(tally)),
            "total": tally(evaluation.total),
            "disagreements": .array(disagreements),
            "below_threshold": .array(evaluation.themes(below: minimumPrecision, recall: minimumRecall).map(JSONValue.string)),
        ])
        return value.serialized() + "\n"
    }

    /// The themes that have labels: in the pack's order, then any others by name.
    private func orderedThemes(_ evaluation: CorpusEvaluation) -> [String] {
        let present = Set(evaluation.themes.keys)
        return themeOrder.filter(present.contains) + present.subtracting(themeOrder).sorted()
    }

    private func row(_ name: String, _ tally: CorpusEvaluation.Tally, flagged: Bool) -> String {
        let low = flagged && (tally.precision < minimumPrecision || tally.recall < minimumRecall)
        return row(
            name, String(tally.truePositives), String(tally.falseNegatives), String(tally.falsePositives),
            String(tally.trueNegatives), String(format: "%.2f", tally.precision), String(format: "%.2f", tally.recall))
            + (low ? "  <" : "")
    }

    private func row(_ name: String, _ columns: String...) -> String {
        let widths = [4, 4, 4, 4, 10, 7]
        var line = name.count >= 30 ? name + " " : name.padding(toLength: 30, withPad: " ", startingAt: 0)
        for (column, width) in zip(columns, widths) {
            line += String(repeating: " ", count: max(1, width - column.count)) + column
        }
        return line
    }
}
