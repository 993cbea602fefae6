import Foundation
import PlanlintDocument
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// `require` finds a mention's `weak_unless` evidence where plans write an item's date and
/// owner apart from the item: in the detail lines under it (时间：3月 / 负责：工会办公室), in
/// the later sentences of a numbered item whose title names it, and in the month a glued
/// schedule (61、…) gives it. A slogan with no date anywhere in its item stays weak.
@Suite struct RequireItemDetailsTests {
    let checkup = "kind: require\nmatch: [体检]\nweak_unless: [time, owner]"
    let congress = "kind: require\nmatch: [职代会]\nwith: [召开]\nweak_unless: [time]\nweak_scope: sentence"

    private func categories(_ text: String, _ rule: String, format: DocumentFormat = .text) throws -> [FindingCategory] {
        try LintTestSupport.lint(text, rule: rule, format: format).findings.map(\.category)
    }

    @Test func detailLinesUnderTheItemDateIt() throws {
        #expect(try categories("二、主要工作\n3、召开职代会，审议工作报告。\n- 时间：3月\n- 负责：工会办公室", congress) == [])
        #expect(try categories("二、主要工作\n做好职工体检工作，关心职工健康。\n活动时间：五月上旬", checkup) == [])
        #expect(try categories("二、主要工作\n1、组织职工体检，关心职工健康。\n责任部门：工会办公室\n2、做好帮扶。", checkup) == [])
        #expect(try categories("二、主要工作\n1、組織職工體檢，關心職工健康。\n完成時限：6月底前", checkup) == [])
        #expect(try categories("## 二、主要工作\n\n1. 组织职工体检，关心职工健康。\n   - 时间：10月\n", checkup, format: .markdown) == [])
        // A mention in a detail line, dated by the line beside it.
        #expect(try categories("二、活动安排\n1、关爱职工健康\n内容：组织职工体检\n时间：9月", checkup) == [])
    }

    /// A date alone on the line under an item dates it; only the plan's own date under its
    /// signature, at the end, dates nothing above it.
    @Test func aDateLineUnderAnItemDatesItButTheClosingDateDoesNot() throws {
        let heading = "kind: require\nmatch: [体检]\nweak_unless: [time]"
        #expect(try categories("一、组织职工体检\n2025年5月\n二、做好帮扶\n慰问困难职工。", heading) == [])
        #expect(try categories("一、做好帮扶\n慰问困难职工。\n二、组织职工体检\n城南社区工会\n2025年1月8日\n", heading) == [.weak])
    }

    @Test func detailsWithoutEvidenceOrUnderAnotherItemDateNothing() throws {
        #expect(try categories("二、主要工作\n1、组织职工体检，关心职工健康。\n参加人员：全体职工", checkup) == [.weak])
        #expect(try categories("二、主要工作\n1、组织职工体检，关心职工健康。\n2、组织春游。\n时间：4月", checkup) == [.weak])
        // A paragraph under the item is no detail line.
        #expect(try categories("二、主要工作\n1、组织职工体检，关心职工健康。\n本年度计划在5月开展春游活动，地点另行通知。", checkup) == [.weak])
    }

    @Test func aNumberedItemTitleIsJudgedWithItsParagraph() throws {
        #expect(try categories("二、主要工作\n3、召开第五届职代会。会议定于3月中旬举行，审议工作报告。", congress) == [])
        // The mention outside the item's title keeps its sentence.
        #expect(try categories("二、主要工作\n3、加强民主管理。坚持召开职代会。3月组织三八节活动。", congress) == [.weak])
    }

    /// A .docx table row: the item in one cell, its month in the next, each a paragraph.
    @Test func aDocxTableRowDatesItsItem() throws {
        func row(_ cells: [String]) -> String {
            "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }
        func categories(_ rows: [[String]]) throws -> [FindingCategory] {
            let body = "<w:p><w:r><w:t>二、工作安排</w:t></w:r></w:p><w:tbl>" + rows.map(row).joined() + "</w:tbl>"
            let xml = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>").utf8)
            let docx = ZipWriter.archive([("word/document.xml", .stored(xml))])
            let document = try DocumentReader.read(data: docx, path: "plan.docx", format: .docx)
            let linter = Linter(rules: try LintTestSupport.pack("rules:\n  - id: test.rule\n    title: 测试\n    severity: error\n    message: m\n    message_en: m\n    basis: b\n    kind: require\n    match: [职代会]\n    with: [召开]\n    weak_unless: [time]\n    weak_scope: sentence"))
            return linter.lint(document).findings.map(\.category)
        }
        #expect(try categories([["工作内容", "时间", "责任部门"], ["召开职代会", "3月15日", "工会办公室"]]) == [])
        #expect(try categories([["工作内容", "时间", "责任部门"], ["召开职代会", "另行通知", "工会办公室"]]) == [.weak])
    }

    @Test func aGluedScheduleDatesItsItems() throws {
        let plan = "月份活动要点\n11、慰问离退休教师\n2、召开职代会\n21、艺术团报名\n31、三八节活动\n61、组织职工体检"
        #expect(try categories(plan, congress) == [])
        #expect(try categories(plan, checkup) == [])
        let sequence = try LintTestSupport.lint(plan, rule: "kind: sequence")
        #expect(sequence.findings.isEmpty)
    }
}
