import PlanlintDocument
import PlanlintRules
import Testing

@testable import PlanlintEngine

/// A 总结 filed where plans are expected is reported once, by the rule that `expect`s a plan:
/// the rules that judge a year's plan (what it holds, its title) are not run on it unless
/// written for summaries, and the rules of how it is written still run. Where the rule expects summaries,
/// a plan filed among them is treated the same way.
@Suite struct SummaryContentTests {
    static func yaml(expecting expected: String) -> String {
        """
        rules:
          - id: test.kind
            title: 文种
            kind: document
            severity: error
            expect: \(expected)
            summary_terms: [取得了, 圆满完成]
            plan_terms: [将, 力争]
            summary_titles: [工作总结]
            message: 文种不符 {match}
            message_en: wrong kind {match}
            basis: 测试依据
          - id: test.results
            title: 成效
            kind: require
            severity: info
            when: {documents: [summary, unknown]}
            match: [成效]
            message: 没有写成效
            message_en: no results
            basis: 测试依据
        \(LintTestSupport.contentAndWritingRules)
        """
    }

    func lint(_ text: String, expecting expected: String = "plan", disabled: Set<String> = []) throws -> FileReport {
        try LintTestSupport.lint(text, pack: Self.yaml(expecting: expected), disabled: disabled)
    }

    let summary = "城南小学工会2024年工作总结\n一、主要工作\n召开了职代会，取得了较好的效果。\n二、存在问题\nXX工作有待加强。"
    let plan = "城南小学工会2025年工作计划\n一、主要任务\n将于3月召开职代会。\n二、保障措施\nXX负责。"

    @Test func aSummaryIsReportedOnceAndNotJudgedAsAPlan() throws {
        let report = try lint(summary)
        #expect(report.metadata?.kind == .summary)
        #expect(report.contentSetAside == .documentKind(.summary))
        #expect(Set(report.findings.map(\.ruleID)) == ["test.kind", "test.results", "test.placeholder"])
        // Not run at all, so not counted among the file's checks either.
        #expect(!report.checks.map(\.ruleID).contains("test.congress"))
        #expect(!report.checks.map(\.ruleID).contains("test.holidays"))
        // A report's title is no plan's title to complete.
        #expect(!report.checks.map(\.ruleID).contains("test.title"))
    }

    @Test func withTheKindRuleDisabledTheSummaryIsJudgedAsAPlan() throws {
        let report = try lint(summary, disabled: ["test.kind"])
        #expect(report.contentSetAside == nil)
        // 召开了职代会 names no time: weak; neither holiday: missing.
        #expect(Set(report.findings.map(\.ruleID)) == ["test.congress", "test.holidays", "test.results", "test.placeholder"])
    }

    @Test func aPlanKeepsItsRules() throws {
        let report = try lint(plan)
        #expect(report.metadata?.kind == .plan)
        #expect(report.contentSetAside == nil)
        #expect(Set(report.findings.map(\.ruleID)) == ["test.holidays", "test.placeholder"])
    }

    /// A collection titled as plans whose one part is a 总结 is a plan: that part is reported,
    /// and the plan's rules still run on the file.
    @Test func aSummaryPartInAPlanFileLeavesThePlansRules() throws {
        let report = try lint("工会工作计划（精选2篇）\n第一篇\n工会工作计划\n将开展活动。\n第二篇\n医院工会工作总结\n开展了活动。")
        #expect(report.metadata?.kind == .plan)
        #expect(report.findings.contains { $0.ruleID == "test.kind" && $0.start.line == 6 })
        #expect(report.findings.contains { $0.ruleID == "test.congress" })
    }

    /// Expecting summaries, a plan filed among them is the document set aside.
    @Test func expectingSummariesAPlanIsTheOneSetAside() throws {
        let report = try lint(plan, expecting: "summary")
        #expect(report.contentSetAside == .documentKind(.plan))
        #expect(Set(report.findings.map(\.ruleID)) == ["test.kind", "test.placeholder"])
        let asExpected = try lint(summary, expecting: "summary")
        #expect(Set(asExpected.findings.map(\.ruleID)) == ["test.congress", "test.holidays", "test.results", "test.placeholder"])
    }

    /// A file without a title whose body reports the past (a speech, a letter to members) is
    /// reported once, and only the rules written for reports run on it, where they also name
    /// files of unknown kind (its kind stays unknown): not the title rule, which names unknown
    /// files for untitled plans. An untitled body that plans keeps the plan's rules, and so does
    /// a file of parts, each of which may be a plan.
    @Test func anUntitledReportKeepsOnlyTheRulesForReports() throws {
        let report = try lint("一年来，工会召开了职代会，取得了好成绩，圆满完成了各项任务，取得了进步。")
        #expect(report.metadata?.kind == .unknown)
        // Reported as what it is, though its kind stays unknown.
        #expect(report.contentSetAside == .documentKind(.summary))
        #expect(Set(report.findings.map(\.ruleID)) == ["test.kind", "test.results"])
        #expect(!report.checks.map(\.ruleID).contains("test.congress"))
        #expect(!report.checks.map(\.ruleID).contains("test.title"))
        let plan = try lint("今年工会将于3月召开职代会，力争取得新成绩，将开展培训。")
        #expect(Set(plan.findings.map(\.ruleID)) == ["test.holidays", "test.title", "test.results"])
        let parts = try lint("第一篇\n一年来取得了好成绩，圆满完成了任务，取得了进步。\n第二篇\n工会工作\n开展活动。")
        #expect(parts.findings.contains { $0.ruleID == "test.kind" })
        #expect(parts.findings.contains { $0.ruleID == "test.congress" })
    }

    /// An untitled file that plans nothing (no heading, numbered item or month, and none of
    /// the plan's words) is no plan either, though it reports too little to count: an
    /// association's history, a site's one keyword line. Reported once, quoted by its opening,
    /// and judged as a report is; an untitled text with one numbered task, or one word of
    /// what it will do, stays a plan.
    @Test func anUntitledTextThatPlansNothingIsSetAside() throws {
        let article = try lint("城东教师联合会成立于1980年，是本市最大的教师团体，每年举办会员篮球赛。")
        #expect(article.contentSetAside == .documentKind(.summary))
        let finding = try #require(article.findings.first { $0.ruleID == "test.kind" })
        #expect(finding.message.zh.contains("城东教师联合会"))
        #expect(!article.findings.contains { $0.ruleID == "test.congress" })
        let keyword = try lint("职工福利费的发放标准是多少")
        #expect(keyword.contentSetAside == .documentKind(.summary))
        for plan in ["一、主要任务\n每年举办会员篮球赛。", "1、每年举办会员篮球赛。", "工会将每年举办会员篮球赛。"] {
            let report = try lint(plan)
            #expect(report.contentSetAside == nil, "\(plan)")
            #expect(report.findings.contains { $0.ruleID == "test.congress" }, "\(plan)")
        }
    }

    /// A line that opens with a month, after any indent, plans by its schedule: 3月8日, 十月,
    /// 元月, behind spaces, tabs or ideographic spaces. A month later in the line, or a figure
    /// that is no month, does not.
    @Test func aLineOpeningWithAMonthIsASchedule() {
        for text in ["3月8日，举办女职工座谈会。", "工会要求\n\u{3000}\u{3000}十月：秋游", "概况\n \t12月评先", "元月慰问困难职工"] {
            #expect(DocumentCheck.hasLineOpeningWithMonth(Array(text.utf8)), "\(text)")
        }
        for text in ["联合会每年3月举办篮球赛。", "\u{3000}123月", "会员共300人", "月底前完成", ""] {
            #expect(!DocumentCheck.hasLineOpeningWithMonth(Array(text.utf8)), "\(text)")
        }
    }
}
