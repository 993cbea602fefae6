import Foundation
import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

/// Reports produced by really linting the sample plans in Tests/Fixtures/reporters/plans with
/// the repository's rules, so the reporters are exercised on what the engine emits, not
/// only on hand-built values.
enum LintedFixtures {
    static let plansDirectory = TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/reporters/plans")

    static func load() throws -> (reports: [FileReport], rules: RulePack) {
        let rules = try RuleLoader().load(RuleLoader.sources(inDirectory: TestPaths.packageRoot.appendingPathComponent("Rules").path))
        let linter = Linter(rules: rules)
        let names = try FileManager.default.contentsOfDirectory(atPath: plansDirectory.path).filter { $0.hasSuffix(".txt") }.sorted()
        let reports = try names.map { name -> FileReport in
            let text = try String(contentsOf: plansDirectory.appendingPathComponent(name), encoding: .utf8)
            let document = DocumentReader.document(text: text, path: "plans/" + name)
            return linter.lint(document, options: LintOptions(keepDocuments: true))
        }
        return (reports, rules)
    }
}

@Suite struct LintedReportTests {
    let loaded: (reports: [FileReport], rules: RulePack)
    let options: ReportOptions

    init() throws {
        loaded = try LintedFixtures.load()
        options = ReportOptions(toolVersion: ReportFixtures.toolVersion, rules: loaded.rules)
    }

    @Test func theEngineFindsSomething() {
        #expect(loaded.reports.count == 3)
        #expect(loaded.reports.allSatisfy { $0.document != nil })
        // The empty community plan must come out worse than the factory's detailed one.
        #expect(loaded.reports.contains { !$0.findings.isEmpty })
    }

    @Test func humanShowsEveryFinding() {
        let output = HumanReporter().render(loaded.reports, options: options)
        for report in loaded.reports {
            for finding in report.findings {
                #expect(output.contains("\(report.path):\(finding.start.line):\(finding.start.column)  "))
                #expect(output.contains("[\(finding.ruleID)]"))
            }
        }
    }

    @Test(.enabled(if: ExternalTool.hasJSONSchema, "python3 with the jsonschema package is not installed"))
    func jsonAndSarifValidate() throws {
        let json = JSONReporter().render(loaded.reports, options: options)
        #expect(try ExternalTool.validate(json: json, schema: TestPaths.jsonSchema) == nil)
        if FileManager.default.fileExists(atPath: TestPaths.sarifSchema.path) {
            let sarif = SarifReporter().render(loaded.reports, options: options)
            #expect(try ExternalTool.validate(json: sarif, schema: TestPaths.sarifSchema) == nil)
        }
    }

    @Test func htmlHighlightsEveryFindingInsideTheText() {
        let html = HTMLReporter().render(loaded.reports, options: options)
        for (planIndex, report) in loaded.reports.enumerated() {
            let lineCount = report.document?.lines.count ?? 0
            for (index, finding) in report.findings.enumerated() where (1...lineCount).contains(finding.start.line) {
                // Whole-plan findings are listed, not highlighted; every other one has its mark.
                let anchor = "id=\"p\(planIndex + 1)-f\(index)\""
                #expect(html.contains(anchor) != report.isDocumentLevel(finding), "\(finding.ruleID) in \(report.path)")
            }
        }
        HTMLReporterTests.assertSelfContained(html)
    }

    @Test func everyCheckBecomesATestCase() throws {
        let xml = JUnitReporter().render(loaded.reports, options: options)
        let cases = loaded.reports.reduce(0) { total, report in
            let unchecked = Set(report.findings.map(\.ruleID)).subtracting(report.checks.map(\.ruleID))
            return total + report.checks.count + unchecked.count
        }
        #expect(cases > 0)
        #expect(xml.contains("<testsuites name=\"planlint\" tests=\"\(cases)\""))
    }
}
