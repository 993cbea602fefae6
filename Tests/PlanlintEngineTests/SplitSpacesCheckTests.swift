import PlanlintDocument
import PlanlintRules
import Testing
@testable import PlanlintEngine

/// Kind `split-spaces`: one defect a line of a split text (工 会 经 费), from its first hidden
/// space to its last, quoting the line as written and fixing it to the words without them.
@Suite struct SplitSpacesCheckTests {
    static let rules = """
        rules:
          - id: test.split
            title: 字间空格
            kind: split-spaces
            severity: warning
            message: "{match}|{found}"
            message_en: "{match}|{found}"
            basis: 测试
          - id: test.pinyin
            title: 拼音
            kind: pinyin
            severity: warning
            message: "{match}|{found}"
            message_en: "{match}|{found}"
            basis: 测试
        """

    func findings(_ text: String, rule: String = "test.split") throws -> [Finding] {
        let report = try LintTestSupport.lint(text, pack: Self.rules, disabled: [])
        return report.findings.filter { $0.ruleID == rule }
    }

    /// Traditional script parted by ideographic spaces: the quote and the fix keep the
    /// plan's characters and its other marks; positions are the original's columns.
    @Test func aSplitLineIsOneDefectWithAFixThatJoinsItsWords() throws {
        let text = "某某公司工會2025年工作計劃\n一、召　開　職　工　代　表　大　會，審　議　經　費。\n"
        let found = try findings(text)
        try #require(found.count == 1)
        let finding = found[0]
        #expect(finding.category == .defect)
        // 召 is column 3, the first space 4; the last space (after 經) is column 24.
        #expect(finding.start == SourcePosition(line: 2, column: 4))
        #expect(finding.end == SourcePosition(line: 2, column: 25))
        #expect(finding.message.text(.zh) == "召　開　職　工|10")
        #expect(finding.fix?.replacement == "開職工代表大會，審議經")
        #expect(finding.fix?.start == finding.start)
        #expect(finding.fix?.end == finding.end)
    }

    /// Words parted here and there: only the spaces between ideographs go; one before a
    /// Latin word stays, as the writer put it.
    @Test func aPartlySplitLineKeepsItsOwnSpaces() throws {
        let text = "召开 职工 代 表大会，审议 工会 经费 预算，参加 BIM 培训。\n"
        let found = try findings(text)
        try #require(found.count == 1)
        #expect(found[0].message.text(.zh) == "开 职工 代 表|6")
        #expect(found[0].fix?.replacement == "职工代表大会，审议工会经费")
        #expect(found[0].start == SourcePosition(line: 1, column: 3))
    }

    /// One a line, and every line: no cap (see `SplitSpacesCheck`).
    @Test func oneDefectALineOnEveryLine() throws {
        let line = "召 开 职 工 代 表 大 会 。\n"
        #expect(try findings(String(repeating: line, count: 3)).map(\.start.line) == [1, 2, 3])
        #expect(try findings(String(repeating: line, count: 170)).count == 170)
    }

    /// Pinyin and split spaces on one line: each rule quotes its own and counts its own,
    /// and both give the same fix, which removes both over the stretch of both: applied once,
    /// it leaves nothing for a later pass, when the text may no longer read as split.
    @Test func pinyinAndSplitSpacesOnOneLineAreFixedTogether() throws {
        let text = "學(xué)習 工 會 經 費 制 度。\n"
        let split = try findings(text)
        try #require(split.count == 1)
        #expect(split[0].message.text(.zh) == "習 工 會 經|6")
        // The finding spans the spaces, the fix from the pinyin on.
        #expect(split[0].start == SourcePosition(line: 1, column: 8))
        #expect(split[0].fix?.start == SourcePosition(line: 1, column: 2))
        #expect(split[0].fix?.replacement == "習工會經費制")
        let pinyin = try findings(text, rule: "test.pinyin")
        try #require(pinyin.count == 1)
        #expect(pinyin[0].message.text(.zh) == "(xué)|1")
        #expect(pinyin[0].fix == split[0].fix)
        // Pinyin between split spaces: the same stretch from either side.
        let both = "工 會(huì)經 費(fèi) 預 算 制 度。\n"
        let fixes = try findings(both, rule: "test.pinyin").map(\.fix) + findings(both).map(\.fix)
        #expect(fixes.count == 2)
        #expect(fixes.allSatisfy { $0 == fixes[0] })
        #expect(fixes[0]?.replacement == "會經費預算制")
    }

    /// A plain plan's spaces (numbers, Latin words, headings, table cells) are no split text.
    @Test func aPlainPlanGetsNothing() throws {
        let text = """
            某某公司工会2025年工作计划
            一、 指导思想
            全年组织职工开展 3 次健步走活动，推广 BIM 技术应用，参加 APP 线上答题。
            序号 时间 活动内容 负责部门
            1 3月 召开职工代表大会 工会办公室
            2 5月 组织职工健步走比赛 工会女工委员会
            3 9月 开展困难职工帮扶 工会经审委员会

            """
        #expect(try findings(text).isEmpty)
    }
}
