import Foundation
import Testing

@testable import PlanlintDocument

/// `DetailLineScanner` and `PlanDocument.itemDetails(around:)`: short labelled lines under an
/// item (时间：3月 / 负责：工会办公室) are tied to the item above them.
@Suite struct DetailLineScannerTests {
    private func document(_ text: String, format: DocumentFormat = .text) -> PlanDocument {
        DocumentReader.document(text: text, path: "test.txt", format: format)
    }

    /// The item and detail text of each run, as text.
    private func runs(_ document: PlanDocument) -> [[String]] {
        document.itemDetails.map { [document.text(document.blocks[$0.item].range), document.text($0.range)] }
    }

    /// The details around the first occurrence of `word`, as text.
    private func details(_ document: PlanDocument, around word: String) -> String? {
        let bytes = Array(word.utf8)
        guard let start = (0...(document.normalized.count - bytes.count)).first(where: { document.normalized[$0..<($0 + bytes.count)].elementsEqual(bytes) })
        else { return "no \(word)" }
        return document.itemDetails(around: start).map { document.text($0) }
    }

    @Test func labelledLinesUnderAnItemAreItsDetails() {
        let plan = document("二、主要工作\n3、召开职代会，审议工作报告。\n- 时间：3月\n- 负责：工会办公室\n4、做好帮扶。")
        #expect(runs(plan) == [["3、召开职代会,审议工作报告。", "- 时间:3月\n- 负责:工会办公室"]])
        #expect(details(plan, around: "职代会") == "- 时间:3月\n- 负责:工会办公室")
        // A mention in a detail line is judged with the whole item.
        #expect(details(plan, around: "办公室") == "3、召开职代会,审议工作报告。\n- 时间:3月\n- 负责:工会办公室")
        #expect(details(plan, around: "帮扶") == nil)
        #expect(details(plan, around: "主要工作") == nil)
    }

    @Test func labelsAreKnownWordsOrEndInOne() {
        for line in ["活动时间：五月上旬", "完成时限：6月底前", "责任部门：工会办公室", "牵头：工会副主席", "参加人员：全体会员",
            "时  间：3月", "• 地点：职工活动中心", "· 经费预算：2000元",
            // Six characters at most in a label, and eighty in the line.
            "重点活动时间：3月", "时间：" + String(repeating: "全年分阶段推进", count: 11)]
        {
            #expect(runs(document("组织职工运动会。\n" + line)).count == 1, "\(line)")
        }
        for line in ["工作目标：入会率95%", "指导思想：以习近平新时代中国特色社会主义思想为指导", "活动内容：", "1. 时间：3月",
            "时间：" + String(repeating: "全年分阶段推进各项工作", count: 8), "全年重点活动时间：3月",
            "时间：" + String(repeating: "全年分阶段推进", count: 11) + "工"]
        {
            #expect(runs(document("组织职工运动会。\n" + line)).isEmpty, "\(line)")
        }
    }

    @Test func traditionalAndMarkdownPlansAreReadAlike() {
        let traditional = document("三、召開職代會，審議工作報告。\n時間：3月\n負責：工會辦公室")
        #expect(runs(traditional) == [["三、召开职代会,审议工作报告。", "时间:3月\n负责:工会办公室"]])
        let markdown = document("## 二、主要工作\n\n3. 召开职代会，审议工作报告。\n\n   - 时间：3月\n   - 负责：工会办公室\n", format: .markdown)
        #expect(runs(markdown).map { $0[1] } == ["- 时间:3月\n   - 负责:工会办公室"])
    }

    /// A web page's stamp under its title or headline (时间:2023-10-06 08:14, 发布时间:…)
    /// dates the page, not an item of the plan.
    @Test func pageStampsAndTheTitleHaveNoDetails() {
        #expect(runs(document("XX公司工会召开职代会\n发布时间：2022-12-14\n正文。")).isEmpty)
        #expect(runs(document("页数：3页\n时间：2018-12-05\n正文。")).isEmpty)
        #expect(runs(document("2025年XX中学工会工作计划\n时间：2025年1月\n一、指导思想")).isEmpty)
    }

    /// A .docx table's cells are paragraphs of their own; a row's cells describe one item.
    @Test func aDocxTableRowIsOneItem() throws {
        func row(_ cells: [String]) -> String {
            "<w:tr>" + cells.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }
        let body = "<w:p><w:r><w:t>二、工作安排</w:t></w:r></w:p><w:tbl>" + row(["工作内容", "时间", "责任部门"])
            + row(["召开职代会", "3月15日", "工会办公室"]) + row(["组织职工体检", "", "工会"]) + "</w:tbl>"
            + "<w:p><w:r><w:t>时间：全年</w:t></w:r></w:p>"
        let plan = try DocumentReader.read(data: DocxHiddenTextTests.docx(body: body), path: "plan.docx", format: .docx)
        #expect(runs(plan) == [["工作内容", "时间\n责任部门"], ["召开职代会", "3月15日\n工会办公室"], ["组织职工体检", "工会"]])
        #expect(details(plan, around: "职代会") == "3月15日\n工会办公室")
        #expect(details(plan, around: "3月15日") == "召开职代会\n3月15日\n工会办公室")
        // A nested table's row is the item, not the row around it.
        let nested = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外层</w:t></w:r></w:p><w:tbl>" + row(["召开职代会", "3月"])
            + "</w:tbl></w:tc></w:tr></w:tbl>"
        let inner = try DocumentReader.read(data: DocxHiddenTextTests.docx(body: nested), path: "plan.docx", format: .docx)
        #expect(runs(inner) == [["召开职代会", "3月"]])
    }

    @Test func aDocxItemHasItsDetailParagraphs() throws {
        let body = ["3、召开职代会，审议工作报告。", "时间：3月", "负责：工会办公室"].map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let plan = try DocumentReader.read(data: DocxHiddenTextTests.docx(body: body), path: "plan.docx", format: .docx)
        #expect(details(plan, around: "职代会") == "时间:3月\n负责:工会办公室")
    }
}
