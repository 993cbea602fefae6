import Testing

@testable import PlanlintDocument

/// `PlanDocument.headingBody(around:)`: a heading on a line of its own with the text it
/// titles, up to its first sub-heading; nothing for headings that are no such title.
@Suite struct HeadingBodyTests {
    private func document(_ text: String, format: DocumentFormat = .text) -> PlanDocument {
        DocumentReader.document(text: text, path: "test.txt", format: format)
    }

    /// The heading body around the first occurrence of `word`, as text.
    private func body(_ text: String, around word: String, format: DocumentFormat = .text) -> String? {
        let document = document(text, format: format)
        let bytes = Array(word.utf8)
        guard let start = (0...(document.normalized.count - bytes.count)).first(where: { document.normalized[$0..<($0 + bytes.count)].elementsEqual(bytes) })
        else { return "no \(word)" }
        return document.headingBody(around: start).map { document.text($0) }
    }

    @Test func aHeadingAloneReachesToTheNextHeading() {
        let text = "三、召开教代会\n时间：3月中旬；责任人：工会主席\n议题：审议工作报告\n四、关心职工生活\n春节前走访慰问。"
        #expect(body(text, around: "教代会") == "三、召开教代会\n时间:3月中旬;责任人:工会主席\n议题:审议工作报告\n")
        #expect(body(text, around: "时间") == nil, "a body line is no heading")
    }

    @Test func theBodyStopsAtTheFirstSubheading() {
        let text = "二、关爱职工健康，组织职工体检\n围绕职工健康开展工作。\n(一)3月开展三八节活动\n(二)5月举办运动会"
        #expect(body(text, around: "体检") == "二、关爱职工健康,组织职工体检\n围绕职工健康开展工作。\n")
        let bare = "二、组织职工体检\n(一)3月开展三八节活动"
        #expect(body(bare, around: "体检") == "二、组织职工体检\n")
    }

    @Test func theLastHeadingReachesTheEnd() {
        #expect(body("6. 在职职工年度体检\n- 日期:10月下旬\n- 地点:区中心医院", around: "体检") == "6. 在职职工年度体检\n- 日期:10月下旬\n- 地点:区中心医院")
    }

    /// Text after the heading on its line: the heading titles that paragraph, not the lines
    /// under it.
    @Test func aHeadingThatReadsOnTitlesItsParagraph() {
        #expect(body("1、做好职工体检,关心职工健康。\n3月组织春游。", around: "体检") == "1、做好职工体检,关心职工健康。")
        #expect(body("3、召开第五届职代会。会议定于3月中旬举行。\n4、其他", around: "职代会") == "3、召开第五届职代会。会议定于3月中旬举行。")
        // A mention after the heading is no title's.
        #expect(body("1、做好职工体检,关心职工健康。", around: "健康") == nil)
    }

    @Test func headingsThatAreNoTitleHaveNone() {
        // A sentence broken over lines at a comma.
        #expect(body("四、落实帮扶救助,职工体检,\n寒假慰问等各项工作。", around: "体检") == nil)
        #expect(body("四、落实帮扶救助、职工体检、\n寒假慰问等各项工作。", around: "体检") == nil)
        // A month of a schedule.
        #expect(body("一月份\n元旦慰问。\n二月份\n春节慰问。\n三月份\n体检。", around: "一月份") == nil)
        // The plan's title.
        #expect(body("# 2025年职工体检工作方案\n\n为关心职工健康，特制定本方案。\n\n## 一、时间\n\n9月。", around: "体检", format: .markdown) == nil)
    }

    /// A body that opens with a month makes that line a schedule entry, a sub-heading: one
    /// month dates the heading; several are a schedule of other items.
    @Test func aSingleMonthUnderTheHeadingIsItsBody() {
        #expect(body("三、召开教代会\n3月中旬,审议工作报告。\n四、其他", around: "教代会") == "三、召开教代会\n3月中旬,审议工作报告。\n")
        #expect(body("二、组织职工体检\n3月:三八节健步走\n5月:职工运动会", around: "体检") == "二、组织职工体检\n")
    }

    @Test func aColonEndedHeadingIsATitle() {
        #expect(body("三、职工体检:\n10月组织全体职工体检。", around: "体检") == "三、职工体检:\n10月组织全体职工体检。")
    }
}
