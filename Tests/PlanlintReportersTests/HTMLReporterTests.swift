import Foundation
import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct HTMLReporterTests {
    let html = HTMLReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    /// Every value of `attribute` in the page.
    static func attributeValues(_ attribute: String, in html: String) -> [String] {
        // A byte scan: Foundation's range(of:) on ever-shorter substrings is quadratic on a
        // page of several megabytes.
        let bytes = Array(html.utf8)
        let needle = Array(" \(attribute)=\"".utf8)
        var values: [String] = []
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
                let start = index + needle.count
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
                values.append(String(decoding: bytes[start..<end], as: UTF8.self))
                index = end
            } else {
                index += 1
            }
        }
        return values
    }

    static func assertSelfContained(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for attribute in ["src", "href", "action", "poster", "data"] {
            for value in attributeValues(attribute, in: html) {
                #expect(!value.contains("//") && !value.lowercased().hasPrefix("http") && !value.lowercased().hasPrefix("javascript:"),
                        "external \(attribute)=\(value)", sourceLocation: sourceLocation)
            }
        }
        #expect(!html.contains("@import"), sourceLocation: sourceLocation)
        #expect(!html.contains("url("), sourceLocation: sourceLocation)
        #expect(!html.contains("<link"), sourceLocation: sourceLocation)
        #expect(!html.contains("<script src"), sourceLocation: sourceLocation)
        #expect(!html.contains("http://") && !html.contains("https://"), sourceLocation: sourceLocation)
    }

    @Test func isSelfContained() {
        Self.assertSelfContained(html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\""))
        #expect(html.contains("<style>") && html.contains("<script>"))
    }

    @Test func selfContainedCheckCatchesExternalResources() {
        // The checker itself must be able to fail.
        let bad = "<img src=\"https://cdn.example.com/x.png\">"
        #expect(Self.attributeValues("src", in: bad) == ["https://cdn.example.com/x.png"])
    }

    @Test func overviewComesFirstThenChartThenPlans() throws {
        let overview = try #require(html.range(of: "id=\"overview\""))
        let chart = try #require(html.range(of: "id=\"requirements\""))
        let plans = try #require(html.range(of: "id=\"plan-1\""))
        #expect(overview.lowerBound < chart.lowerBound && chart.lowerBound < plans.lowerBound)
    }

    @Test func matrixHasStandardThemesInOrderWithTextLabels() throws {
        let header = try #require(html.range(of: "<thead>").flatMap { start in html.range(of: "</thead>").map { html[start.lowerBound..<$0.upperBound] } })
        let themes = ["结构要素", "民主管理", "职工福利", "经费管理", "维权服务", "组织建设", "文字规范"]
        let positions = themes.map { header.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains("<span class=\"mark m-missing\">✗ 缺失</span>"))
        #expect(html.contains("<span class=\"mark m-weak\">△ 薄弱</span>"))
        #expect(html.contains("<span class=\"mark m-present\">✓ 具备</span>"))
        #expect(html.contains("<span class=\"mark m-defect\">! 缺陷</span>"))
        #expect(html.contains("table class=\"matrix sortable\""))
    }

    @Test func completenessScore() {
        // School: 3 passed + 1 weak of 8 checks = 3.5 / 8 = 44%; hospital: 4 + 0.5 of 6 = 75%.
        let reports = ReportFixtures.reports()
        #expect(CoverageMatrix.score(reports[0]) == 3.5 / 8)
        #expect(CoverageMatrix.score(reports[1]) == 4.5 / 6)
        #expect(CoverageMatrix.score(reports[2]) == nil)
        #expect(html.contains("44%</span>"))
        #expect(html.contains("75%</span>"))
    }

    @Test func matrixMarksWorstStatusOfTheme() {
        let matrix = CoverageMatrix(reports: ReportFixtures.reports(), rules: ReportFixtures.rules)
        #expect(matrix.themes == ["structure", "democracy", "welfare", "funds", "rights", "organisation", "hygiene"])
        #expect(matrix.rows[0].cells["welfare"]?.mark == .weak)  // weak + passed
        #expect(matrix.rows[0].cells["democracy"]?.mark == .missing)
        #expect(matrix.rows[0].cells["hygiene"]?.mark == .defect)
        #expect(matrix.rows[1].cells["structure"] == nil)
        #expect(matrix.requirements.first == CoverageMatrix.Requirement(ruleID: "welfare.warmth-detail", missing: 0, weak: 2))
    }

    @Test func chartListsFrequentRequirementsWithTitles() {
        #expect(html.contains("<svg viewBox="))
        #expect(html.contains(">送温暖写明对象和标准</text>"))
        #expect(html.contains(">welfare.warmth-detail</text>"))
        #expect(html.contains("缺失 0 · 薄弱 2"))
    }

    @Test func findingsLinkToHighlightedTextAndBack() {
        // 帐户 on line 9 is highlighted in place, carrying the finding's anchor.
        #expect(html.contains("规范财务<mark class=\"hl sev-warning\" id=\"p1-f3\""))
        #expect(html.contains("<a href=\"#p1-x3\">帐户</a></mark>管理"))
        #expect(html.contains("<li class=\"finding sev-warning\" id=\"p1-x3\">"))
        #expect(html.contains("<a href=\"#p1-f3\">第 9 行第 20 列</a>"))
        // The whole-plan finding is listed but not highlighted over the title.
        #expect(html.contains("全文未涉及 · 规则 <code>democracy.workers-congress</code>"))
        #expect(!html.contains("id=\"p1-f0\""))
        #expect(html.contains("id=\"p1-f2\""))  // funds.budget, missing but at its heading
        // Every in-page link resolves to an id on the page.
        let ids = Set(Self.attributeValues("id", in: html))
        for href in Self.attributeValues("href", in: html) {
            #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "dangling link \(href)")
        }
    }

    @Test func planTextIsEscaped() {
        #expect(html.contains("走访慰问&lt;退休&gt;职工 &amp; 家属"))
        #expect(!html.contains("<退休>"))
        var report = ReportFixtures.schoolReport()
        report.metadata?.title = "<script>alert(1)</script>"
        let page = HTMLReporter().render([report], options: ReportFixtures.options())
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func withoutDocumentsShowsEvidenceInstead() {
        let page = HTMLReporter().render(ReportFixtures.reports(withDocuments: false), options: ReportFixtures.options())
        #expect(page.contains("本报告未保留该计划的原文"))
        #expect(page.contains("<blockquote class=\"evidence\">严格执行工会经费收支管理办法，规范财务帐户管理。</blockquote>"))
        #expect(!page.contains("href=\"#p1-f3\""))
        Self.assertSelfContained(page)
    }

    @Test func printStylesheet() {
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("details.plan{break-before:page}"))
        #expect(html.contains("beforeprint"))
        #expect(!html.contains("@media print{html{background:#0") )
    }

    @Test func fewPlansStartOpenManyStartClosed() {
        #expect(html.contains("<details class=\"plan\" id=\"plan-1\" open>"))
        let many = HTMLReporter().render(Array(repeating: ReportFixtures.schoolReport(), count: 4), options: ReportFixtures.options())
        #expect(many.contains("<details class=\"plan\" id=\"plan-4\">"))
        #expect(!many.contains("<details class=\"plan\" id=\"plan-1\" open>"))
    }

    @Test func fiveHundredPlansStayReasonable() throws {
        let base = ReportFixtures.reports()
        let reports = (0..<500).map { index -> FileReport in
            var report = base[index % 3]
            report.path = "plans/\(index)/" + report.path
            return report
        }
        // Its size, not its time, is asserted: timing belongs in the benchmarks.
        let page = HTMLReporter().render(reports, options: ReportFixtures.options())
        // About 7 KB per plan with its text: well under 10 MB for 500 plans.
        #expect(page.utf8.count < 10_000_000)
        #expect(page.utf8.count > 500 * 1_000)
        let overview = try #require(page.range(of: "id=\"overview\""))
        let firstPlan = try #require(page.range(of: "id=\"plan-1\""))
        #expect(overview.lowerBound < firstPlan.lowerBound)
        #expect(page.contains("id=\"plan-500\""))
        #expect(page.contains("<tr data-index=\"500\">"))
        Self.assertSelfContained(page)
    }

    @Test func englishPage() {
        let page = HTMLReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(language: .en))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("✗ missing"))
        #expect(page.contains("Write 账户, not 帐户"))
    }
}

@Suite struct HTMLTextHighlightTests {
    func page(text: String, findings: [Finding]) -> String {
        let document = DocumentReader.document(text: text, path: "t.txt")
        let report = FileReport(path: "t.txt", metadata: nil, format: .text, findings: findings, checks: [], document: document)
        return HTMLReporter().render([report], options: ReportFixtures.options())
    }

    func finding(_ id: String, _ severity: Severity, _ start: (Int, Int), _ end: (Int, Int)) -> Finding {
        ReportFixtures.finding(id, severity, .defect, theme: "hygiene", zh: id, en: id, line: start.0, column: start.1,
                               endLine: end.0, endColumn: end.1, evidence: "", evidenceColumn: 1)
    }

    @Test func overlappingFindingsSplitIntoPieces() {
        let html = page(text: "甲乙丙丁戊", findings: [finding("a", .warning, (1, 1), (1, 4)), finding("b", .error, (1, 3), (1, 6))])
        // 甲乙: a only; 丙: both (error wins); 丁戊: b only.
        #expect(html.contains("<mark class=\"hl sev-warning\" id=\"p1-f0\" title=\"a：a\"><a href=\"#p1-x0\">甲乙</a></mark>"))
        #expect(html.contains("<mark class=\"hl sev-error\" id=\"p1-f1\" title=\"a：a&#10;b：b\"><a href=\"#p1-x1\">丙</a></mark>"))
        #expect(html.contains("<mark class=\"hl sev-error\" title=\"b：b\"><a href=\"#p1-x1\">丁戊</a></mark>"))
    }

    @Test func multiLineAndZeroLengthFindings() {
        let html = page(text: "第一行文字\n第二行文字\n第三行", findings: [
            finding("span", .info, (1, 4), (2, 3)),
            finding("point", .warning, (3, 2), (3, 2)),
        ])
        #expect(html.contains("第一行<mark class=\"hl sev-info\" id=\"p1-f0\""))
        #expect(html.contains("<a href=\"#p1-x0\">文字</a></mark>"))
        #expect(html.contains("<a href=\"#p1-x0\">第二</a></mark>行文字"))
        #expect(html.contains("第<mark class=\"hl point sev-warning\" id=\"p1-f1\""))
    }

    @Test func findingsOutsideTheTextGetNoAnchor() {
        let html = page(text: "只有一行", findings: [finding("far", .error, (9, 1), (9, 2))])
        #expect(!html.contains("id=\"p1-f0\""))
        #expect(!html.contains("href=\"#p1-f0\""))
        #expect(html.contains("第 9 行第 1 列"))
    }

    /// A file that is no plan carries its kind after its title, in the overview and in its
    /// own section: its completeness counts only the rules that ran on it.
    @Test func anActivitySchemeIsTaggedByItsKind() {
        var scheme = ReportFixtures.hospitalReport(withDocument: false)
        scheme.metadata?.kind = .scheme
        let zh = HTMLReporter().render([scheme, ReportFixtures.schoolReport(withDocument: false)], options: ReportFixtures.options())
        #expect(zh.components(separatedBy: "<span class=\"kind-tag\">活动方案</span>").count == 3)
        #expect(!zh.contains("<span class=\"kind-tag\">计划</span>"))
        let en = HTMLReporter().render([scheme], options: ReportFixtures.options(language: .en))
        #expect(en.contains("<span class=\"kind-tag\">activity scheme</span>"))
    }

    /// A file whose content rules were set aside gets no completeness (its checks of how it is
    /// written would score it above real plans), is left out of the average, and is tagged by
    /// why: a report without a title as a 总结, another office's plan as such.
    @Test func aFileSetAsideHasNoCompletenessAndSaysWhy() {
        var report = ReportFixtures.hospitalReport(withDocument: false)
        report.metadata?.kind = .unknown
        report.contentSetAside = .documentKind(.summary)
        #expect(CoverageMatrix.score(report) == nil)
        var other = ReportFixtures.hospitalReport(withDocument: false)
        other.contentSetAside = .offTopic
        let school = ReportFixtures.schoolReport(withDocument: false)
        let matrix = CoverageMatrix(reports: [report, other, school], rules: ReportFixtures.rules)
        #expect(matrix.averageScore == CoverageMatrix.score(school))
        let zh = HTMLReporter().render([report, other, school], options: ReportFixtures.options())
        #expect(zh.components(separatedBy: "<span class=\"kind-tag\">总结</span>").count == 3)
        #expect(zh.components(separatedBy: "<span class=\"kind-tag\">非工会计划</span>").count == 3)
        // The hospital fixture alone scores 75%; set aside, neither copy shows it.
        #expect(!zh.contains("75%</span>"))
        #expect(zh.contains("44%</span>"))
        let en = HTMLReporter().render([other], options: ReportFixtures.options(language: .en))
        #expect(en.contains("<span class=\"kind-tag\">not a union plan</span>"))
    }
}
