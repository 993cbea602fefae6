import Foundation
import PlanlintEngine
import PlanlintReporters
import Testing

@testable import PlanlintReporters

/// The HTML report as a folder: an index and a page per plan (`-o DIR/`).
@Suite struct HTMLReportFolderTests {
    let pages = HTMLReporter().renderFolder(ReportFixtures.reports(), options: ReportFixtures.options())

    func page(_ path: String) throws -> String { try #require(pages.first { $0.path == path }?.html) }

    @Test func indexLinksAPageForEachPlan() throws {
        #expect(pages.map(\.path) == ["index.html"] + (1...ReportFixtures.reports().count).map { "plans/\($0).html" })
        let index = try page("index.html")
        #expect(HTMLReporterTests.attributeValues("href", in: index).filter { $0.hasPrefix("plans/") }
            == (1...ReportFixtures.reports().count).map { "plans/\($0).html" })
        // The overview and chart, without the plans themselves.
        #expect(index.contains("id=\"overview\"") && index.contains("id=\"requirements\""))
        #expect(!index.contains("<details class=\"plan\""))
        #expect(!index.contains("href=\"#plan-"))
        HTMLReporterTests.assertSelfContained(index)
    }

    @Test func eachPlanPageHoldsItsPlanOpenAndLinksBack() throws {
        let single = HTMLReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())
        for number in 1...ReportFixtures.reports().count {
            let plan = try page("plans/\(number).html")
            #expect(plan.contains("<details class=\"plan\" id=\"plan-\(number)\" open>"))
            #expect(plan.components(separatedBy: "<details class=\"plan\"").count == 2)
            #expect(plan.contains("<a href=\"../index.html#overview\">← 返回总览</a>"))
            HTMLReporterTests.assertSelfContained(plan)
            // The plan's section is the single page's, opened.
            let section = try #require(plan.range(of: "<details class=\"plan\" id=\"plan-\(number)\" open>"))
            let end = try #require(plan.range(of: "</details>", range: section.upperBound..<plan.endIndex))
            let body = plan[section.upperBound..<end.lowerBound]
            #expect(single.contains(body))
        }
    }

    @Test func writingRemovesOnlyStalePlanPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-html-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        for name in ["9.html", "notes.html", "9a.html", "2.html"] {
            try "old".write(to: plans.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try HTMLReportFolder.write(pages, to: folder.path)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: plans.path))
        #expect(names == Set(["notes.html", "9a.html"] + (1...ReportFixtures.reports().count).map { "\($0).html" }))
        #expect(try String(contentsOf: plans.appendingPathComponent("2.html"), encoding: .utf8) == page("plans/2.html"))
        #expect(try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8) == page("index.html"))
    }

    @Test func aFolderIsAnExistingFolderOrAPathEndingInASlash() {
        #expect(HTMLReportFolder.isFolder(FileManager.default.temporaryDirectory.path))
        #expect(HTMLReportFolder.isFolder("no-such-report/"))
        #expect(!HTMLReportFolder.isFolder("no-such-report.html"))
        #expect(HTMLReportFolder.isPlanPage("12.html") && !HTMLReportFolder.isPlanPage(".html") && !HTMLReportFolder.isPlanPage("١٢.html"))
    }
}
