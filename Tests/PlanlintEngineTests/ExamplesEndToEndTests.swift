import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine

/// The team's own Examples/ through the whole pipeline: reader, metadata, bundled pack.
@Suite struct ExamplesEndToEndTests {
    func report(_ name: String) throws -> FileReport {
        let linter = Linter(rules: try BundledRules.pack.get())
        let path = LintTestSupport.packageRoot.appendingPathComponent("Examples/\(name)").path
        return linter.lint(try DocumentReader.read(path: path))
    }

    func rules(_ report: FileReport, _ category: FindingCategory) -> Set<String> {
        Set(report.findings.filter { $0.category == category }.map(\.ruleID))
    }

    @Test func strongSchoolPlanHasNoErrors() throws {
        let report = try report("strong-school-plan.md")
        #expect(report.metadata?.profile == .school)
        #expect(report.metadata?.year == 2025)
        #expect(report.metadata?.kind == .plan)
        #expect(report.count(atLeast: .error) == 0, "\(report.findings.map(\.message.zh))")
        #expect(report.checks.first { $0.ruleID == "congress.annual" }?.status == .passed)
        #expect(report.checks.first { $0.ruleID == "structure.schedule" }?.status == .passed)
    }

    @Test func weakEnterprisePlanIsWeakWhereItOnlySloganeers() throws {
        let report = try report("weak-enterprise-plan.txt")
        #expect(report.metadata?.profile == .enterprise)
        #expect(rules(report, .weak).isSuperset(of: ["congress.annual", "funds.budget"]))
        #expect(rules(report, .missing).isSuperset(of: ["holidays.coverage", "structure.schedule"]))
        #expect(rules(report, .defect).isSuperset(of: ["hygiene.conversion", "structure.numbering", "structure.duplicate"]))
        let conversion = report.findings.filter { $0.ruleID == "hygiene.conversion" }
        #expect(conversion.allSatisfy { $0.fix != nil })
    }

    @Test func templateIsFullOfPlaceholdersAndBoilerplate() throws {
        let report = try report("template-placeholders.txt")
        #expect(report.metadata?.year == nil)
        let placeholders = report.findings.filter { $0.ruleID == "hygiene.placeholder" }
        #expect(placeholders.count >= 5)
        #expect(placeholders.first?.start == SourcePosition(line: 3, column: 1))
        #expect(rules(report, .defect).contains("hygiene.boilerplate"))
    }

    @Test func traditionalScriptPlanIsLintedLikeSimplified() throws {
        let report = try report("traditional-hospital-plan.txt")
        #expect(report.metadata?.profile == .hospital)
        #expect(report.metadata?.title?.contains("醫院") == true)
        #expect(report.checks.first { $0.ruleID == "congress.annual" }?.status == .passed)
        #expect(report.checks.first { $0.ruleID == "funds.budget" }?.status == .passed)
    }

    @Test func docxExampleIsReadByParagraph() throws {
        let report = try report("community-plan.docx")
        #expect(report.format == .docx)
        #expect(report.metadata?.profile == .community)
        #expect(report.checks.first { $0.ruleID == "congress.annual" }?.status == .passed)
    }
}
