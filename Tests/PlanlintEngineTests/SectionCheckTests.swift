import PlanlintDocument
import Testing

@testable import PlanlintEngine

/// How far a section rule reads a section whose heading (or lead-in paragraph) announces a
/// numbered list. The plans are our own wording.
@Suite struct SectionCheckTests {
    static let tasks = "kind: section\nheading: [具体工作, 工作措施]\nmin_chars: 30"

    /// Aims 1、…2、, then 具体工作安排如下： and the tasks 1、…3、: the outline has both lists at
    /// one level, so the intro line stands in the last aim's section.
    static let restartedList = """
        2025年机关工会工作计划
        1、发挥职代会作用，推进民主管理。
        2、维护职工合法权益。
        具体工作安排如下：
        1、开展职工问卷调查，了解职工需求和对工会工作的意见。
        2、开好工会干部季度例会和每两月一次的工会小组长会议。
        3、做好职工提案的征集、审议和落实反馈。
        """

    @Test func anIntroParagraphReadsTheListItAnnounces() throws {
        let report = try LintTestSupport.lint(Self.restartedList, rule: Self.tasks)
        #expect(report.findings.isEmpty)
    }

    @Test func anIntroHeadingReadsItsSiblingItems() throws {
        // （一） before 一、 puts the tasks after 一、 at the level of the items, beside it.
        let text = """
            （一）全年召开职代会1次。
            （二）会员入会率保持100%。
            一、工作措施如下：
            （一）开展职工问卷调查，了解职工需求。
            （二）开好工会小组长季度例会。
            （三）做好职工提案的征集和落实反馈。
            """
        #expect(try LintTestSupport.lint(text, rule: Self.tasks).findings.isEmpty)
        // The list is the section's for `in_sections` too.
        let inSection = try LintTestSupport.lint(text, rule: "kind: require\nmatch: [提案]\nin_sections: [工作措施]")
        #expect(inSection.findings.isEmpty)
    }

    @Test func theListEndsAtTheNextPart() throws {
        let text = """
            一、工作目标
            1、入会率保持100%。
            2、全年召开职代会1次。
            具体工作如下：
            1、开展培训。
            2、慰问职工。
            二、保障措施
            工会主席负总责，各部门明确分工，按月报送工作进度，年底统一考核，确保各项工作落到实处。
            """
        let report = try LintTestSupport.lint(text, rule: Self.tasks)
        #expect(report.findings.map(\.category) == [.weak])
        #expect(report.findings.first?.start.line == 4)
    }
}
