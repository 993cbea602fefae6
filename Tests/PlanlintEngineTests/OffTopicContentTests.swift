import Testing
import PlanlintDocument
import PlanlintRules
@testable import PlanlintEngine

/// A body that never names the union's work is another office's plan under a union title:
/// the off-topic defect says so, and the rules that judge what a union's plan holds are not
/// run on it (their missing and weak findings would judge the other office's text).
@Suite struct OffTopicContentTests {
    let yaml = """
        rules:
          - id: test.off-topic
            title: 正文不是工会工作
            kind: document
            severity: error
            subject_terms: [职工, 会员, 工会将]
            message: 正文不是工会工作 {match}
            message_en: off topic {match}
            basis: 测试依据
          - id: test.training
            title: 干部培训
            kind: require
            severity: warning
            match: [培训]
            weak_unless: [time]
            message: 没有培训
            message_en: no training
            basis: 测试依据
        \(LintTestSupport.contentAndWritingRules)
        """

    func lint(_ text: String, disabled: Set<String> = []) throws -> FileReport {
        try LintTestSupport.lint(text, pack: yaml, disabled: disabled)
    }

    /// A disease control centre's plan: its 培训 is no union cadre training, and no
    /// congress is missing from it; its placeholder is still there to fill in.
    let centre = "工会工作计划\n" + String(repeating: "XX中心全年加强业务培训，做好传染病监测和疫苗接种工作，完善应急预案，提高检测能力。", count: 5)

    @Test func anOffTopicBodyIsNotJudgedForAPlansContent() throws {
        let report = try lint(centre)
        #expect(report.contentSetAside == .offTopic)
        #expect(Set(report.findings.map(\.ruleID)) == ["test.off-topic", "test.placeholder"])
        #expect(Set(report.checks.map(\.ruleID)) == ["test.off-topic", "test.placeholder"])
    }

    @Test func withTheOffTopicRuleDisabledTheContentIsJudged() throws {
        let report = try lint(centre, disabled: ["test.off-topic"])
        #expect(Set(report.findings.map(\.ruleID)) == ["test.training", "test.congress", "test.holidays", "test.title", "test.placeholder"])
    }

    @Test func aUnionBodyIsJudged() throws {
        let plan = "工会工作计划\n" + String(repeating: "工会将组织职工参加业务培训，丰富会员生活，做好各项服务工作。", count: 5)
        let report = try lint(plan)
        #expect(Set(report.findings.map(\.ruleID)) == ["test.training", "test.congress", "test.holidays", "test.title"])
    }

    /// In a collection, a part that never names the union's work is reported at its heading;
    /// the union's part keeps the file judged as a plan.
    @Test func anOffTopicPartOfACollectionIsReportedAtItsHeading() throws {
        let union = "工会工作计划 篇2\n" + String(repeating: "工会将组织职工参加业务培训，丰富会员生活，做好各项服务工作。", count: 5)
        let report = try lint("工会工作计划\n工会工作计划 篇1\n" + String(centre.dropFirst(7)) + "\n" + union)
        #expect(report.contentSetAside == nil)
        let offTopic = report.findings.filter { $0.ruleID == "test.off-topic" }
        #expect(offTopic.map(\.start.line) == [2])
        #expect(offTopic.first?.message.zh == "正文不是工会工作 工会工作计划 篇1")
        #expect(report.findings.contains { $0.ruleID == "test.training" })
        // Every part the union's: nothing to report.
        let both = try lint("工会工作计划\n工会工作计划 篇1\n" + String(union.dropFirst(10)) + "\n" + union)
        #expect(!both.findings.contains { $0.ruleID == "test.off-topic" })
    }

    /// An untitled off-topic text (a page's English translation, a fragment) is quoted by how
    /// it opens, not by an empty title.
    @Test func anUntitledOffTopicTextIsQuotedByItsOpening() throws {
        let text = String(repeating: "Trade union work plan for the year: strengthen the teaching staff and hold the congress. ", count: 4)
        let report = try lint(text)
        let offTopic = try #require(report.findings.first { $0.ruleID == "test.off-topic" })
        #expect(offTopic.message.zh == "正文不是工会工作 Trade union work plan for the …")
    }
}
