import PlanlintDocument
import PlanlintRules
import Testing

@testable import PlanlintEngine

/// An activity scheme is no annual plan: the rule with `flag_kind: scheme` says so, the rules
/// that judge what a year's plan holds are not run on it unless written for schemes, and the
/// rules of how it is written still run.
@Suite struct ActivitySchemeContentTests {
    let yaml = """
        rules:
          - id: test.scheme
            title: 活动方案
            kind: document
            severity: warning
            flag_kind: scheme
            message: 活动方案 {match}
            message_en: scheme {match}
            basis: 测试依据
          - id: test.scheme-time
            title: 活动时间
            kind: require
            severity: warning
            when: {documents: scheme}
            match: [活动时间]
            message: 没有活动时间
            message_en: no time
            basis: 测试依据
          - id: test.signature
            title: 落款
            kind: require
            severity: warning
            when: {documents: [plan, summary, scheme, unknown]}
            match: [工会委员会]
            message: 没有落款
            message_en: no signature
            basis: 测试依据
        \(LintTestSupport.contentAndWritingRules)
        """

    func lint(_ text: String, disabled: Set<String> = []) throws -> FileReport {
        try LintTestSupport.lint(text, pack: yaml, disabled: disabled)
    }

    let scheme = "城南小学工会2025年“三八”妇女节活动方案\n一、活动主题\n二、活动地点：XX操场\n三、参加人员：全体女教师"

    @Test func aSchemeIsFlaggedAndNotJudgedAsAYearsPlan() throws {
        let report = try lint(scheme)
        #expect(report.metadata?.kind == .scheme)
        #expect(report.contentSetAside == .documentKind(.scheme))
        // The title names its own type, so the title rule finds nothing wanting.
        #expect(Set(report.findings.map(\.ruleID)) == ["test.scheme", "test.scheme-time", "test.placeholder", "test.signature"])
        #expect(!report.checks.map(\.ruleID).contains("test.congress"))
        let flag = try #require(report.findings.first { $0.ruleID == "test.scheme" })
        #expect(flag.message.zh == "活动方案 城南小学工会2025年“三八”妇女节活动方案")
        #expect(flag.severity == .warning)
        #expect(flag.start.line == 1)
    }

    @Test func anUntitledSchemeIsQuotedByItsFirstLine() throws {
        let report = try lint("一、活動主題：書香潤心\n二、活動時間：4月23日\n三、活動地點：職工書屋")
        #expect(report.metadata?.kind == .scheme)
        let flag = try #require(report.findings.first { $0.ruleID == "test.scheme" })
        #expect(flag.message.zh == "活动方案 一、活動主題：書香潤心")
        #expect(flag.message.en == "scheme 一、活動主題：書香潤心")
        #expect(!report.findings.contains { $0.ruleID == "test.scheme-time" })
    }

    @Test func withTheFlagDisabledTheSchemeIsJudgedAsAPlan() throws {
        let report = try lint(scheme, disabled: ["test.scheme"])
        #expect(Set(report.findings.map(\.ruleID)) == ["test.congress", "test.holidays", "test.scheme-time", "test.placeholder", "test.signature"])
    }

    /// A content rule that names every kind (`documents: [plan, summary, scheme, unknown]`, as
    /// the signature rule does) runs on a scheme, and on a file of unknown kind.
    @Test func aRuleNamingEveryKindRunsOnSchemesToo() throws {
        #expect(try lint(scheme).findings.contains { $0.ruleID == "test.signature" })
        let untitled = try lint("做好全年各项工作。")
        #expect(untitled.metadata?.kind == .unknown)
        #expect(Set(untitled.findings.map(\.ruleID)) == ["test.signature", "test.congress", "test.holidays", "test.title"])
    }

    @Test func aPlanKeepsItsRulesAndSkipsTheSchemes() throws {
        let report = try lint("城南小学工会2025年工作方案\n一、指导思想\n二、主要任务\n4月举办XX运动会。")
        #expect(report.metadata?.kind == .plan)
        #expect(Set(report.findings.map(\.ruleID)) == ["test.congress", "test.holidays", "test.placeholder", "test.signature"])
    }
}
