import PlanlintRules
import Testing

@testable import PlanlintDocument

/// A download site's collection title names the site's category, which a site gives other
/// units' plans; the body's unit outweighs it (texts written for these tests).
@Suite struct CollectionTitleTests: MetadataReading {
    @Test(arguments: [
        ("机关工会工作计划(汇总33篇)", true),
        ("2024社区工会工作计划范文(精选27篇)", true),
        ("工会工作计划 篇一", true),
        ("工会工作计划模板集锦十篇", true),
        ("学校工会工作计划大全", true),
        ("青山镇工会2025年工作计划", false),
        // A piece's own title after its number names its own unit.
        ("第1篇 2024年局工会工作总结", false),
        ("谱写新篇章 2025年工会工作要点", false),
    ])
    func namesACollection(title: String, expected: Bool) {
        #expect(CollectionTitle.names(title) == expected)
    }

    /// A company's plan under an office union's collection title is the company's.
    @Test func aFirmsPlanUnderAnOfficesCollection() {
        let body = "一、指导思想\n围绕公司生产经营，组织员工开展劳动竞赛，车间班组评比先进，集团公司表彰。员工培训每季度一次。"
        let firm = metadata("2022机关工会工作计划(汇总33篇)\n" + body)
        #expect(firm.profile == .enterprise)
        #expect(firm.profileOrigin == .body)
        let trad = metadata("2022機關工會工作計劃(匯總33篇)\n一、指導思想\n圍繞公司生產經營，組織員工開展勞動競賽，車間班組評比先進，集團公司表彰。員工培訓每季度一次。")
        #expect(trad.profile == .enterprise)
        // The plan's own title still names its unit against any body.
        #expect(metadata("2022年机关工会工作计划\n" + body).profile == .agency)
    }

    /// Where the body backs the title's unit (a collection of 局工会 plans, one of them a
    /// school's), or names none, the collection title decides.
    @Test func aCollectionTitleTheBodyBacksStays() {
        let backed = metadata("局工会工作计划(经典3篇)\n局工会工作计划 篇一\n我局机关工会在局党组领导下开展工作，机关党委支持。\n局工会工作计划 篇二\n学校教师参加教学比武。")
        #expect(backed.profile == .agency)
        let bare = metadata("2023年医院工会工作计划(精选4篇)\n一、指导思想\n做好各项工作。")
        #expect(bare.profile == .hospital)
        #expect(bare.profileOrigin == .title)
    }

    /// A collection of several units' plans (a town's federation, a school's) under a 医院
    /// title is the title's: no one unit's body overrules what the site filed it as.
    @Test func aCollectionOfSeveralUnitsPlansStaysTheTitles() {
        let mixed = metadata(
            "2023年医院工会工作计划(精选4篇)\n工会工作计划 篇一\n镇总工会指导各级工会，推进非公企业建会，新建工会组织。\n"
                + "工会工作计划 篇二\n学校组织教师参加教学比赛，教职工代表大会审议学校工作，关心学生。")
        #expect(mixed.profile == .hospital)
    }
}
