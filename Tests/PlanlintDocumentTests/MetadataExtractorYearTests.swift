import PlanlintRules
import Testing

@testable import PlanlintDocument

/// The body's year, less the years of targets a plan quotes.
@Suite struct MetadataExtractorYearTests: MetadataReading {
    @Test func aQuotedTargetIsNoPlansYear() {
        #expect(metadata("工会实施方案\n上级明确提出，到2035年要建成高素质职工队伍。").year == nil)
        #expect(metadata("工会实施方案\n至2030年，职工之家全部达标；2030年前完成改造。").year == nil)
        // The plan's own year still counts beside a target.
        #expect(metadata("工会实施方案\n2025年工会将开展竞赛。到2035年建成职工之家。").year == 2025)
        // 2025年前三季度 is that year's first three quarters, no deadline.
        #expect(metadata("工会实施方案\n2025年前三季度完成职工之家改造。").year == 2025)
    }

    /// A site's category line over the real title: the title is the line with the year.
    @Test func theTitleAfterASitesCategoryLine() {
        let meta = metadata("乡镇工会工作计划\n2024年基层工会年度工作计划(3篇)\n一、围绕医院中心工作，护理人员参加技能竞赛，患者满意度提升。")
        #expect(meta.title == "2024年基层工会年度工作计划(3篇)")
        #expect(meta.titleLine == 2)
        #expect(meta.year == 2024)
        // A first title with its own year, or a placeholder's, stays the title.
        #expect(metadata("2025年城南社区工会工作计划\n2024年工作总结\n一、指导思想").title == "2025年城南社区工会工作计划")
        #expect(metadata("20XX年机关工会工作计划\n2020年机关工会工作计划\n一、指导思想").title == "20XX年机关工会工作计划")
        // The category printed more than once over the plan's own title: the copies are
        // passed over, a few at most.
        let repeated = metadata("中學工會工作計劃\n\n中學工會工作計劃\n\n中學工會工作計劃\n\n青山市第一中學工會2025年下半年工作計劃\n一、加強師德建設")
        #expect(repeated.title == "青山市第一中學工會2025年下半年工作計劃")
        #expect(repeated.titleLine == 7)
        let many = Array(repeating: "中学工会工作计划", count: 5).joined(separator: "\n")
        #expect(metadata(many + "\n青山市第一中学工会2025年工作计划\n一、指导思想").title == "中学工会工作计划")
        // A line between that is no copy leaves the first title.
        #expect(metadata("中学工会工作计划\n时间：2022-01-17\n青山市第一中学工会2025年工作计划\n一、指导思想").title == "中学工会工作计划")
        // A numbered heading after the title is no title.
        #expect(metadata("城南社区工会工作计划\n一、2025年工作计划要点\n做好工作").title == "城南社区工会工作计划")
    }

    /// A year without 年 before a unit that begins with 学 (2022学校…) is the title's year; before
    /// 学年 or 学期 it opens a school year or term, which the body dates.
    @Test func aYearBeforeASchoolIsTheTitlesYear() {
        let school = metadata("2022学校工会工作计划\n一、指导思想")
        #expect(school.year == 2022)
        #expect(school.yearOrigin == .title)
        #expect(metadata("2024学年城南小学工会工作计划\n2024年9月召开教代会。").yearOrigin == .body)
        #expect(metadata("2025学期城南小学工会工作计划\n2025年3月召开教代会。").yearOrigin == .body)
    }

    /// Taiwan's offices date by the Minguo calendar (year 1 = 1912): 114年度 is 2025.
    @Test func minguoYearsInTheTitle() {
        let annual = metadata("臺北市產業總工會114年度工作計畫\n一、辦理會員大會")
        #expect(annual.year == 2025)
        #expect(annual.yearOrigin == .title)
        #expect(metadata("中華民國 114 年工會工作計畫\n一、目標").year == 2025)
        #expect(metadata("新北市立青山國民小學113學年度教師會工作計畫\n一、目標").year == 2024)
        // Three figures before 年 alone, or an anniversary, name no year.
        #expect(metadata("建廠110年工會活動方案\n一、目標").yearOrigin != .title)
        #expect(metadata("工会工作计划\n一、开展建厂110周年庆祝活动。").year == nil)
    }

    /// The body's Minguo dates stand in for its year only when it names no 20NN年.
    @Test func minguoYearsInTheBody() {
        let taiwan = metadata("工會工作計畫\n一、114年3月召開會員代表大會。\n二、114年9月辦理教師節活動。\n三、113年12月完成決算。")
        #expect(taiwan.year == 2025)
        #expect(taiwan.yearOrigin == .body)
        #expect(metadata("工会工作计划\n1、2025年3月召开职代会，表彰110年来的先进。").year == 2025)
        #expect(metadata("工会工作计划\n一、组织职工参观建厂110年成果展。").year == nil)
    }
}
