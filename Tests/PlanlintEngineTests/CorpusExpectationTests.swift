import Foundation
import Testing
import PlanlintBundledRules
import PlanlintEngine
import PlanlintRules

/// The bundled pack on real plans (../shared/corpus/seeds), the team's Examples/ and the plans
/// in Tests/Fixtures/corpus-expectations, against the labels in expectations.json there, the
/// way `planlint evaluate` measures them: fails when a theme's precision or recall drops below
/// 0.9, and prints the table and every contradicted label.
@Suite struct CorpusExpectationTests {
    static let expectationsFile = LintTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/corpus-expectations/expectations.json")
    static let threshold = 0.9

    @Test func precisionAndRecallPerRuleFamily() throws {
        let pack = try BundledRules.pack.get()
        let corpus = try LabelledCorpusLoader.load(path: Self.expectationsFile.path, knownRuleIDs: Set(pack.rules.map(\.id)))
        if !corpus.skipped.isEmpty {
            print("corpus not found beside the package; skipping \(corpus.skipped.map(\.plan).joined(separator: ", "))")
        }
        let runner = LintRunner(linter: Linter(pack: try BundledRules.compiled.get()), options: LintOptions())
        let evaluation = CorpusEvaluator(runner: runner).evaluate(corpus)
        #expect(evaluation.plans > 0)
        #expect(evaluation.unreadable.isEmpty)
        var table = "theme          TP  FN  FP  TN  precision  recall\n"
        for theme in RuleCatalog.orderedThemes(pack.rules) {
            guard let tally = evaluation.themes[theme] else { continue }
            table += theme.padding(toLength: 12, withPad: " ", startingAt: 0)
            for value in [tally.truePositives, tally.falseNegatives, tally.falsePositives, tally.trueNegatives] {
                table += String(format: "%4d", value)
            }
            table += String(format: "  %9.2f  %6.2f\n", tally.precision, tally.recall)
        }
        for item in evaluation.disagreements {
            table += "\(item.kind.rawValue)  \(item.plan): \(item.label)"
            table += item.findings.first.map { " — \($0.message.zh)" } ?? ""
            table += "\n"
        }
        print(table)
        #expect(evaluation.themes(below: Self.threshold, recall: Self.threshold).isEmpty, "\(table)")
    }
}
