import PlanlintTestSupport
import PlanlintRules
import Testing

@testable import PlanlintDocument

/// A plan titled by what it proposes (2025年工作设想, 2025年工作重点) is a plan and its title is
/// found; the same words in a news report's sentences title nothing.
@Suite struct MetadataExtractorProposalTitleTests: MetadataReading {
    @Test func aProposalTitlesAPlan() {
        let ideas = metadata("城南社区工会2025年工作设想\n一、指导思想\n以服务职工为中心。\n二、主要任务\n3月召开职代会。")
        #expect(ideas.title == "城南社区工会2025年工作设想")
        #expect(ideas.kind == .plan)
        #expect(ideas.year == 2025)
        let focus = metadata("2025年青山区总工会工作重点\n一、加强组织建设\n3月召开职代会。")
        #expect(focus.title == "2025年青山区总工会工作重点")
        #expect(focus.kind == .plan)
        // Traditional script, with a draft's note after the type.
        let draft = metadata("城南社區工會2025年工作設想（草案）\n一、指導思想\n以服務職工為中心。")
        #expect(draft.title == "城南社區工會2025年工作設想（草案）")
        #expect(draft.kind == .plan)
        // A period ahead instead of a year.
        #expect(metadata("青山小学工会新学期工作设想\n一、指导思想\n以服务教职工为中心。").kind == .plan)
        // 思路 and 打算 were types already.
        #expect(metadata("城南社区工会2025年工作思路\n一、指导思想\n以服务职工为中心。").kind == .plan)
        #expect(metadata("城南社区工会2025年工作打算\n一、指导思想\n以服务职工为中心。").kind == .plan)
    }

    /// A report on one year and ideas for the next: both, and the year planned for is the
    /// second.
    @Test func aReportAndTheNextYearsIdeas() {
        let both = metadata("城南社区工会2024年工作总结及2025年工作设想\n一、2024年工作回顾\n全年召开职代会1次。")
        #expect(both.title == "城南社区工会2024年工作总结及2025年工作设想")
        #expect(both.titleNamesReportAndPlan)
        #expect(both.year == 2025)
    }

    /// The words in a news report's sentences: a clause that runs on past them, a topic's
    /// 对于…的, a meeting's verbs before them, or a line under the report's lead.
    @Test func aNewsReportsSentencesTitleNothing() {
        let discussion = metadata(
            "2025年11月19日,城南医院后勤部工会召开年度工作总结会,部署年末重点任务。\n各位委员就部门工会2026年工作设想开展讨论,谋划明年的工作。")
        #expect(discussion.title == nil)
        #expect(discussion.kind == .summary)
        let topic = metadata("局机关工会召开年度工会工作会议。\n\n对于2025年的工作重点,会议要求,要认真落实上级工会的重点工作安排,力求实效。")
        #expect(topic.title == nil)
        #expect(topic.kind != .plan)
        let headline = metadata("城南社区工会召开会议部署2025年工作重点\n近日，城南社区工会召开全委会，讨论明年工作。")
        #expect(headline.title == nil)
        // A heading under the report's lead is the report's, not a title.
        let underLead = metadata("近日，城南社区工会召开全委会，部署明年工作。\n2025年工作重点\n一是加强组织建设。")
        #expect(underLead.title == nil)
    }

    @Test func theShapeOfAProposalTitle() {
        #expect(MetadataExtractor.namesProposal("城南社区工会2025年工作设想"))
        #expect(MetadataExtractor.namesProposal("城南社区工会2025年工作重点(讨论稿)"))
        // A site's collection words after it (范文, 7篇, 篇1).
        #expect(MetadataExtractor.namesProposal("2025年学校工会工作设想范文(精选5篇)"))
        #expect(MetadataExtractor.namesProposal("2025年医院工会工作重点篇1"))
        #expect(!MetadataExtractor.namesProposal("2025年医院工会工作重点要突出"))
        #expect(!MetadataExtractor.namesProposal("城南社区工会工作设想"))  // no period
        #expect(!MetadataExtractor.namesProposal("部门工会2026年工作设想开展讨论"))  // runs on
        #expect(!MetadataExtractor.namesProposal("对于2015年的工作重点"))
        #expect(!MetadataExtractor.namesProposal("会议明确了2025年工作重点"))
        #expect(!MetadataExtractor.namesProposal("2024年工作回顾,2025年工作重点"))
    }
}
