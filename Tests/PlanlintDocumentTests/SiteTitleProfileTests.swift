import PlanlintRules
import Testing

@testable import PlanlintDocument

/// A site's title over another unit's plan, a town's words, a teaching hospital's 教代会 and
/// a school's own words (texts written for these tests; the real pages stay outside the
/// repository).
@Suite struct SiteTitleProfileTests: MetadataReading {
    /// A school's plan in a site's 局工会 collection: the site's headings repeat the title over
    /// each piece and in its preamble, and those 局工会 are the title's, no body words that
    /// would back it against the school's.
    @Test func aTitleRepeatedOverThePiecesIsCountedOnce() {
        let school = """
            局工会2025工作计划优秀6篇
            下面是小编为您分享的局工会2025工作计划优秀6篇，感谢您的参阅。
            局工会2025工作计划优秀6篇
            局工会2025工作计划篇1
            一、指导思想
            团结带领全镇小学教职工完成教育教学任务，在构建和谐校园中建功立业。
            二、主要工作
            组织教职工学习，把思想统一到学校的目标任务上来，学校工会配合完成。
            局工会2025工作计划篇2
            """
        let meta = metadata(school)
        #expect(meta.profile == .school)
        #expect(meta.profileOrigin == .body)
        // A collection whose pieces name the bureau themselves (我局工会, 局党组) is the bureau's.
        let bureau = school.replacingOccurrences(of: "团结带领全镇小学教职工", with: "我局工会在局党组领导下，团结我局干部与全镇小学教职工")
            .replacingOccurrences(of: "组织教职工学习", with: "我局工会组织干部学习，机关工会与我局各科室配合")
        #expect(metadata(bureau).profile == .agency)
    }

    @Test(arguments: [
        ("2024社区工会工作计划范文(精选27篇)", "社区工会工作计划"),
        ("202X年机关工会工作计划 202X工会工作计划", "机关工会工作计划"),
        ("局工会2023工作计划优秀6篇", "局工会2023工作计划"),
        ("第一篇:2010年医院工会工作总结", "医院工会工作总结"),
    ])
    func theRepeatedCoreOfATitle(title: String, core: String) {
        #expect(MetadataExtractor.repeatedCore(of: title) == core)
    }

    @Test func aTitleWithoutAUnitHasNoRepeatedCore() {
        #expect(MetadataExtractor.repeatedCore(of: "2025年工会工作计划") == nil)
        #expect(MetadataExtractor.repeatedCore(of: "工作计划(机关工会)") == nil)
    }

    /// A download site names its page as it files it: a street union's plan under the site's
    /// 机关工会 title. The same text as an author's own file keeps its title's unit.
    @Test func aSitesPageTitleYieldsToTheBodysUnit() {
        let body = """
            2025年，我街道的工会工作要主动适应新形势，把街道工会工作推上新台阶。
            一、扩大工会组织覆盖面
            继续依法推进工会组建，以社区工会为依托，指导辖区企业建会，街道工会每季度检查。
            二、维护职工权益
            街道工会推动区域性集体合同，全街道开展技能竞赛。
            """
        let site = metadata("2025年机关工会工作计划\n精品文档，仅供参考\n下面是本站为大家整理的2025年机关工会工作计划，供大家参考。\n" + body)
        #expect(site.profile == .federation)
        #expect(site.profileOrigin == .body)
        let own = metadata("2025年机关工会工作计划\n" + body)
        #expect(own.profile == .agency)
        #expect(own.profileOrigin == .title)
        // In traditional script too.
        let trad = metadata("""
            2025年機關工會工作計劃
            精品文檔，僅供參考
            2025年，我街道的工會工作要主動適應新形勢，把街道工會工作推上新台階。
            一、擴大工會組織覆蓋面
            繼續依法推進工會組建，以社區工會為依託，指導轄區企業建會，街道工會每季度檢查。
            二、維護職工權益
            街道工會推動區域性集體合同，全街道開展技能競賽。
            """)
        #expect(trad.profile == .federation)
        // A site's hospital plan whose body says 员工 a few times, and its 医院 once or never,
        // stays the hospital's: the body names no other unit four times as often, or ties.
        let hospital = "医院工会工作计划\n以下是小编整理的医院工会工作计划，仅供参考。\n一、关心员工\n为员工办实事，员工体检每年一次，员工生日送蛋糕。"
        #expect(metadata(hospital + "医院党委支持。").profile == .hospital)
        #expect(metadata(hospital).profile == .hospital)
        #expect(SitePage.holdsSiteWords(ScalarScanner(bytes: Array("下面是小编整理的计划".utf8)), limit: 1000))
        #expect(!SitePage.holdsSiteWords(ScalarScanner(bytes: Array("下载学习强国，分享经验".utf8)), limit: 1000))
    }

    /// On a tie the title's unit wins: a health bureau's union plans for its hospitals (医疗,
    /// 医院) under the site's 局工会 collection title, and stays the bureau's.
    @Test func aTieGoesToTheTitlesUnit() {
        let meta = metadata("局工会年度工作计划精选6篇\n局工会年度工作计划篇1\n一、劳动竞赛\n围绕基本医疗服务开展技能竞赛，推动创新型医院建设，开展我为医院献一策活动。")
        #expect(meta.profile == .agency)
    }

    /// A town's plan says 乡镇 of itself (围绕乡镇中心工作, 构建和谐乡镇): a federation's word,
    /// which with its 镇工会 outweighs the site's 社区 collection title.
    @Test func aTownsWordsAreAFederations() {
        let town = metadata("""
            2025社区工会工作计划范文(精选27篇)
            2025社区工会工作计划范文 篇1
            一、指导思想
            在镇党委领导下，镇工会紧紧围绕促进乡镇经济发展这个中心开展工作。
            二、工作目标
            紧紧围绕乡镇的中心工作，开展构建和谐乡镇知识竞赛，积极参与乡镇的内部工作。
            """)
        #expect(town.profile == .federation)
        #expect(metadata("一、组织建设\n全乡镇推进普遍建会，乡镇经济发展到哪里，工会组织就建到哪里。").profile == .federation)
        #expect(metadata("一、組織建設\n全鄉鎮推進普遍建會，鄉鎮經濟發展到哪裡，工會組織就建到哪裡。").profile == .federation)
    }

    /// A 镇 or 街道 alone in a title is a town's or a street's union; beside another unit's
    /// word it is where that unit is, however many federation words the body holds.
    @Test(arguments: [
        ("青山镇2025年工会工作计划", OrganisationProfile.federation),
        ("城西街道2025年工会工作要点", .federation),
        ("青山镇中心小学2025年工会工作计划", .school),
        ("青山镇机关工会2025年工作计划", .agency),
        ("城西街道幸福社区2025年工会工作计划", .community),
        ("青山镇卫生院工会2025年工作计划", .hospital),
    ])
    func aPlaceInATitleYieldsToAUnit(title: String, profile: OrganisationProfile) {
        let body = "一、指导思想\n在镇党委、街道工会和县总工会的领导下，各级工会开展工作。"
        #expect(metadata(title + "\n" + body).profile == profile)
    }

    /// A title word inside another profile's longer title word is that word's: the 局 of a
    /// 供电局 names no office, the 委 of a street's 工委 none either.
    @Test func aTitleWordInsideAnotherProfilesWordIsThatWords() {
        #expect(!MetadataExtractor.titleNames("供电局工会上半年工作总结范文", "局"))
        #expect(!MetadataExtractor.titleNames("铁路局工会2025年工作计划", "局"))
        #expect(MetadataExtractor.titleNames("交通局工会2025年工作计划", "局"))
        #expect(!MetadataExtractor.titleNames("城西街道工委2025年工作计划", "委"))
        #expect(MetadataExtractor.titleNames("区委机关工会2025年工作计划", "委"))
        // A utility's collection title over its body's 局工会 and 我局 stays the utility's.
        let utility = metadata("供电局工会上半年工作总结范文\n供电局工会上半年工作总结\n局工会组织职工技能比武，我局各班组参加，局工会表彰先进。")
        #expect(utility.profile == .enterprise)
    }

    /// A university's hospital holds a 教代会 and keeps 教师节: those words are the hospital's
    /// where its own words (医院, 医患, 门诊) name it and no other school word is written.
    @Test func aTeachingHospitalsCongressIsA教代会() {
        let hospital = metadata("""
            具体活动安排
            积极参与党委就医院加强医患沟通所开展的活动，配合党委开展医院文化建设。
            继续完善教代会制度，把落实教代会职权作为重点，提高教代会代表素质。
            1月：召开教代会，慰问教职工，拍摄门诊楼搬迁。
            9月：参与教师节庆祝大会。
            """)
        #expect(hospital.profile == .hospital)
        let trad = metadata("具體活動安排\n參與黨委就醫院加強醫患溝通所開展的活動，配合醫院文化建設。\n1月：召開教代會，慰問教職工。\n3月：教代會提案。\n5月：教代會閉幕。")
        #expect(trad.profile == .hospital)
        // A school that takes its staff to a hospital for their check-up stays a school.
        let school = metadata("工作安排\n召开教代会，组织教职工到医院体检，医院专家讲座，学校表彰优秀教师，关心学生。")
        #expect(school.profile == .school)
        // A college says 我院 and 全院 of itself: no hospital's words.
        let college = metadata("工作安排\n召开我院教代会，全院教职工参加，我院教师参加教师节表彰，院党委出席。")
        #expect(college.profile == .school)
    }

    @Test func theSharedSchoolWordsCountNothingForATeachingHospital() {
        let body = ProfileWords.body
        func counts(_ words: [String: Int]) -> [[Int]] { body.map { $0.map { words[$0] ?? 0 } } }
        let school = try! #require(OrganisationProfile.allCases.firstIndex(of: .school))
        let hospital = try! #require(OrganisationProfile.allCases.firstIndex(of: .hospital))
        let teaching = ProfileWords.scores(wordCounts: counts(["教代会": 4, "教职工": 2, "医院": 2, "医患": 1]))
        #expect(teaching[school] == 0)
        #expect(teaching[hospital] == 3)
        // Two hospital words are too few; another school word keeps them all the school's.
        #expect(ProfileWords.scores(wordCounts: counts(["教代会": 4, "医院": 2]))[school] == 4)
        #expect(ProfileWords.scores(wordCounts: counts(["教代会": 4, "学生": 1, "医院": 3]))[school] == 5)
    }

    /// A student body's plan names its terms, classes and the school's organs; the 社区 it
    /// volunteers in are places, and fewer.
    @Test func aSchoolsOwnWords() {
        let meta = metadata("""
            工会工作计划范文集合九篇
            一、迎新活动
            本学期首次活动是迎接新同学，校团委安排各班级参与。
            二、义务家教
            在铁山社区和建设社区开展义务家教，同社区领导商议慰问社区老人。
            三、收尾工作
            本学期末做好收尾，全校评比。
            """)
        #expect(meta.profile == .school)
    }
}
