import PlanlintRules
import Testing

@testable import PlanlintDocument

/// Files naming no document type that open as a news item on a meeting or as a report of
/// the year so far are reports (own sentences, modelled on real pages' openings).
@Suite struct MetadataExtractorReportLeadTests {
    private func metadata(_ text: String) -> PlanMetadata { DocumentReader.document(text: text).metadata }

    @Test(arguments: [
        "3月13日上午，城西街道总工会召开第一届委员会第五次全体会议，街道党工委副书记出席。会议总结了去年工作。",
        "本报讯（通讯员 李明）1月19日上午，江城市总工会召开十五届七次全委（扩大）会议。",
        "12月18日—19日，青山集团年度工会工作总结会在集团本部召开。",
        "10月22-23日，省分行工会重点工作观摩活动在江城举行。",
        "工会召开年度工作会议\n日期:2025-03-05 来源:矿区新闻网3月5日，矿区工会召开2025年工作会议，总结去年工作。",
        "今年以来，城关区总工会聚焦职工需求，新建工会组织9家。",
        "2021年以来，农商行城南支行工会坚持建家工作，被评为模范职工之家。",
        "11月份以来，集团工会深入各项目部开展验收。",
    ])
    func aReportsOpeningMakesItASummary(text: String) throws {
        let meta = metadata(text)
        #expect(meta.title == nil)
        #expect(meta.kind == .summary)
        let lead = try #require(meta.reportLead)
        #expect(!lead.isEmpty)
    }

    /// A plan without its title opens with its ideas, a numbered task or a schedule whose
    /// date is followed by the deed itself; the hidden pinyin of a converted page is no
    /// character of the sentence.
    @Test(arguments: [
        "一、指导思想\n围绕中心工作，团结职工。\n二、主要任务\n3月8日举办庆三八活动。",
        "3月8日，举办女职工座谈会。\n5月1日，召开劳模表彰会。",
        "为做好今年工会工作，特制定本计划。今年工会将继续开展送温暖活动。",
        "本报记者 王芳\n2023年是全面贯彻落实的开局之年。市总工会工作的总体要求是：团结职工建功立业。",
    ])
    func aPlanWithoutItsTitleStaysUnknown(text: String) {
        let meta = metadata(text)
        #expect(meta.kind == .unknown)
        #expect(meta.reportLead == nil)
    }

    /// A title decides the kind: a plan's title over a news-like first line stays a plan.
    @Test func aTitleDecidesTheKind() {
        let meta = metadata("2025年城西街道总工会工作计划\n3月13日上午，街道总工会召开全委会议，部署全年工作。")
        #expect(meta.kind == .plan)
        #expect(meta.reportLead == nil)
    }

    @Test func theOpeningHelpers() {
        #expect(MetadataExtractor.opensWithSince(Array("今年以来,工会".unicodeScalars)))
        #expect(MetadataExtractor.opensWithSince(Array("? ? 上半年以来".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithSince(Array("今年工会将".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithSince(Array("2021年工作".unicodeScalars)))
        #expect(MetadataExtractor.namesMeetingHeld(Array("8月17日下午,公司在会议室召开工会全委会".unicodeScalars)))
        #expect(!MetadataExtractor.namesMeetingHeld(Array("8月17日,召开工会全委会".unicodeScalars)))
        #expect(!MetadataExtractor.namesMeetingHeld(Array("8月17日,公司召开".unicodeScalars)))
    }
}
