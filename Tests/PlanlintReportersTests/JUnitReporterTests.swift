import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct JUnitReporterTests {
    func parse(_ xml: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(xml.utf8), options: [])
        return try #require(document.rootElement())
    }

    func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(forName: name)?.stringValue
    }

    @Test func parsesBackWithOneSuitePerFileAndOneCasePerCheck() throws {
        let xml = JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())
        let root = try parse(xml)
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { attribute($0, "name") } == ["plans/2025年某中学工会工作计划.txt", "plans/市人民医院工会2025年工作要点.md", "plans/损坏的计划.docx"])
        #expect(suites[0].elements(forName: "testcase").count == 8)
        #expect(attribute(suites[0], "tests") == "8")
        // With --fail-on error only the two missing error findings fail.
        #expect(attribute(suites[0], "failures") == "2")
        #expect(attribute(root, "tests") == "15")
        #expect(attribute(root, "failures") == "3")
        #expect(attribute(root, "errors") == "1")
        let congress = try #require(suites[0].elements(forName: "testcase").first { attribute($0, "name") == "democracy.workers-congress" })
        #expect(attribute(congress, "classname") == "democracy")
        let failure = try #require(congress.elements(forName: "failure").first)
        #expect(attribute(failure, "type") == "error")
        #expect(attribute(failure, "message") == "缺少职代会（教代会）审议年度工作报告和重大事项的安排")
        #expect(failure.stringValue?.contains("1:1 错误") == true)
        #expect(failure.stringValue?.contains("某中学工会2025年工作计划") == true)
    }

    @Test func belowThresholdFindingsGoToSystemOut() throws {
        let root = try parse(JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options()))
        let school = root.elements(forName: "testsuite")[0]
        let zhanghu = try #require(school.elements(forName: "testcase").first { attribute($0, "name") == "hygiene.zhanghu" })
        #expect(zhanghu.elements(forName: "failure").isEmpty)
        #expect(zhanghu.elements(forName: "system-out").first?.stringValue?.contains("9:20 警告 “帐户”应写作“账户”") == true)
        let passed = try #require(school.elements(forName: "testcase").first { attribute($0, "name") == "rights.legal-aid" })
        #expect(passed.elements(forName: "failure").isEmpty && passed.elements(forName: "system-out").isEmpty)
        // A lower threshold turns warnings into failures.
        let strict = try parse(JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(failOn: .warning)))
        #expect(attribute(strict.elements(forName: "testsuite")[0], "failures") == "4")
        let lenient = try parse(JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(failOn: nil)))
        #expect(attribute(lenient, "failures") == "0")
    }

    /// The stream counts each file's suite apart from rendering it: the root's totals must be
    /// the suites' own, whatever the threshold.
    @Test func rootTotalsAreTheSuitesSums() throws {
        for failOn in [Severity.error, .warning, .info, nil] {
            let root = try parse(JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(failOn: failOn)))
            let suites = root.elements(forName: "testsuite")
            for name in ["tests", "failures", "errors"] {
                let sum = suites.reduce(0) { $0 + (Int(attribute($1, name) ?? "") ?? -1000) }
                #expect(attribute(root, name) == String(sum), "\(name) with --fail-on \(String(describing: failOn))")
            }
            let failing = suites.flatMap { $0.elements(forName: "testcase") }.filter { !$0.elements(forName: "failure").isEmpty }
            #expect(attribute(root, "failures") == String(failing.count))
        }
    }

    @Test func unreadableFileIsAnError() throws {
        let root = try parse(JUnitReporter().render(ReportFixtures.reports(), options: ReportFixtures.options()))
        let broken = root.elements(forName: "testsuite")[2]
        #expect(attribute(broken, "errors") == "1")
        let error = try #require(broken.elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(attribute(error, "message")?.contains("ZIP 结构损坏") == true)
    }

    @Test func hostileTextIsEscaped() throws {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.path = "a&b<c>\"d'.txt"
        report.findings[0].message = LocalizedText(zh: "含有 <script>&\"'\u{1}\n换行", en: "x")
        report.findings[0].evidence = "]]> </failure> &amp;"
        let xml = JUnitReporter().render([report], options: ReportFixtures.options())
        let root = try parse(xml)
        let suite = try #require(root.elements(forName: "testsuite").first)
        #expect(attribute(suite, "name") == "a&b<c>\"d'.txt")
        let failure = try #require(suite.elements(forName: "testcase").first { attribute($0, "name") == "democracy.workers-congress" }?.elements(forName: "failure").first)
        #expect(attribute(failure, "message") == "含有 <script>&\"'\n换行")
        #expect(failure.stringValue?.contains("]]> </failure> &amp;") == true)
    }

    @Test func findingsWithoutACheckStillAppear() throws {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.checks = []
        let root = try parse(JUnitReporter().render([report], options: ReportFixtures.options()))
        let names = root.elements(forName: "testsuite")[0].elements(forName: "testcase").compactMap { attribute($0, "name") }
        #expect(Set(names) == Set(report.findings.map(\.ruleID)))
    }
}
