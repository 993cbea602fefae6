import PlanlintRules
import Testing

@testable import PlanlintDocument

/// Profiles of offices, public institutions and federations whose words the first lists
/// missed (written for these tests; the real pages stay outside the repository).
@Suite struct MetadataExtractorProfileTests: MetadataReading {
    /// A tax bureau's untitled page names its 地税/国税, 区局 and 全局干部: an office.
    @Test func aTaxBureauIsAnAgency() {
        let meta = metadata("一、活动小组\n区局成立篮球、书画兴趣小组，全局干部自愿报名。\n二、活动安排\n地税系统运动会前，区局组织集中训练。")
        #expect(meta.profile == .agency)
        #expect(meta.profileOrigin == .body)
        // A federation's dues collected by the tax office are no tax bureau's.
        #expect(metadata("工会工作计划\n推广委托税务代收工会经费，省总加强经费收缴，全省工会经费足额到位，全省工会干部参加培训。").profile == .federation)
    }

    /// 事业单位 is a public institution, no office: its other words decide (a works here).
    @Test func aPublicInstitutionIsNoAgencyByItsTitle() {
        let works = metadata("2025年事业单位工会工作计划\n围绕公司生产经营，车间班组开展劳动竞赛，集团公司表彰先进班组。")
        #expect(works.profile == .enterprise)
        #expect(metadata("2025年事业单位工会工作计划\n做好各项工作。").profile == nil)
        // 单位 outside 事业单位 still names an office's template.
        #expect(metadata("20xx年××单位工会工作计划\n做好各项工作。").profile == .agency)
        #expect(MetadataExtractor.titleNames("机关事业单位工会", "单位") == false)
        #expect(MetadataExtractor.titleNames("事业单位及下属单位工会", "单位"))
    }

    /// A provincial federation's plan educates (理想信念教育, 教育引导) as every plan does:
    /// that is no school's word, and its 全省工会 speaks for a federation.
    @Test func educationIsNoSchoolsWordInABody() {
        let meta = metadata("全省工会工作的总体要求是：加强理想信念教育，开展爱国主义教育，做好宣传教育，教育引导职工听党话。全省工会要服务全省职工，落实全国总工会部署。")
        #expect(meta.profile == .federation)
        #expect(metadata("工会工作计划\n配合教育局开展教育教学比武，教师参加。").profile == .school)
    }

    /// A street's 工会联合会 and a community's 工联会 lead the unions of their area.
    @Test func streetFederations() {
        #expect(metadata("东湖街道工会联合会2025年工作计划\n一、指导思想").profile == .federation)
        #expect(metadata("城南镇工会联合会2025年工作计划\n一、指导思想").profile == .federation)
        let trad = metadata("工會工作計劃\n社區工聯會聯合轄區樓宇工聯會，為新就業形態勞動者服務。各工聯會每季度走訪會員。")
        #expect(trad.profile == .federation)
    }

    /// A disease-control centre's news names it 疾控 and its 卫健委: a health institution.
    @Test func aDiseaseControlCentreIsAHealthInstitution() {
        #expect(metadata("职代会召开\n市疾控中心召开职代会，卫健委领导出席，疾控工作人员与卫生监督员参加。").profile == .hospital)
    }

    /// A township's or a street's union, 总工会 or not, leads the unions of its area's firms
    /// (it founds them, signs area-wide collective contracts): a federation. A 社区 union
    /// stays the community's, and a town government's own office union an agency's.
    @Test(arguments: [
        ("青山镇工会2025年工作计划", OrganisationProfile.federation),
        ("乡镇工会年度工作计划", .federation),
        ("城西街道工会2025年工作要点", .federation),
        ("東湖鄉工會2025年工作計劃", .federation),
        ("城西街道社区工会2025年工作计划", .community),
        ("幸福社区工会2025年工作计划", .community),
        ("青山镇机关工会2025年工作计划", .agency),
        ("青山镇中心小学工会2025年工作计划", .school),
    ])
    func townshipAndStreetUnionsAreFederations(title: String, profile: OrganisationProfile) {
        #expect(metadata(title + "\n一、指导思想").profile == profile)
    }

    /// Schools that name themselves without 学校 or 中学 (a senior high school, a vocational
    /// school, a nursery, Taiwan's 国小 and 国中, a school by its number: 二中, 十一中, 附中),
    /// units named by their trade alone (急救中心, 酒店, 机场, 海关), and a residents' or
    /// villagers' committee,
    /// whose 委 names no office. The title decides over a body that names no unit.
    @Test(arguments: [
        ("城南县第二高中工会2025年工作计划", OrganisationProfile.school),
        ("城南中专工会2025年工作计划", .school),
        ("城南职高工会2025年工作计划", .school),
        ("城南托儿所工会2025年工作计划", .school),
        ("城南國小教師工會2025年工作計畫", .school),
        ("城南國中工會2025年工作計畫", .school),
        ("城南实验二中工会2025年工作计划", .school),
        ("城南县十一中工会2025年工作计划", .school),
        ("城南师大附中工会2025年工作计划", .school),
        ("城南初中工会2025年工作计划", .school),
        // A numbered centre, court or hospital of Chinese medicine is no school.
        ("城南市第一中医院工会2025年工作计划", .hospital),
        ("城南市第一中级人民法院工会2025年工作计划", .agency),
        ("城南社区居委会工会2025年工作计划", .community),
        // Units named by their trade alone.
        ("城南市急救中心工会2025年工作计划", .hospital),
        ("城南大酒店工会2025年工作计划", .enterprise),
        ("城南国际机场工会2025年工作计划", .enterprise),
        ("城南海关工会2025年工作计划", .agency),
        // A university of a trade stays a school (the first listed wins a tie).
        ("中国石油大学工会2025年工作计划", .school),
        ("青山村村委会工会2025年工作计划", .community),
        // 提高中, 全国中 and 中国中 hold no school.
        ("中国中铁某局集团公司工会2025年工作计划", .enterprise),
    ])
    func unitsNamedWithoutTheirKindsCommonWord(title: String, profile: OrganisationProfile) {
        #expect(metadata(title + "\n一、主要工作\n春节前走访慰问困难职工。").profile == profile)
    }

    @Test func wordsInsideOtherWordsNameNoSchool() {
        #expect(MetadataExtractor.titleNames("提高中层干部素质工作方案", "高中") == false)
        #expect(MetadataExtractor.titleNames("公司工会集中专项整治工作方案", "中专") == false)
        // A first-aid course or a rescue drill (急救知识培训, 应急救援演练) is no emergency centre.
        #expect(metadata("公司工会应急救援演练方案\n一、活动时间\n6月").profile == .enterprise)
        #expect(metadata("工会急救知识培训方案\n一、培训时间\n6月").profile != .hospital)
        #expect(MetadataExtractor.titleNames("全国中小学工会工作要点", "国中") == false)
        #expect(MetadataExtractor.titleNames("中国中车工会工作计划", "国中") == false)
        #expect(MetadataExtractor.titleNames("城南高中工会工作计划", "高中"))
        #expect(MetadataExtractor.titleNames("城南市第一中心医院工会", "一中") == false)
        #expect(MetadataExtractor.titleNames("学习三中全会精神", "三中") == false)
        #expect(MetadataExtractor.titleNames("市二中院机关工会", "二中") == false)
        #expect(MetadataExtractor.titleNames("城南一中工会", "一中"))
    }

    /// Untitled, a hospital's plan names its 院务公开, its clinical front line and its nurses
    /// and doctors, and an office's its civil servants.
    @Test func hospitalAndOfficeWordsOfABody() {
        let hospital = metadata("一、民主管理\n坚持职代会制度，推进院务公开。\n二、关爱职工\n关心临床一线人员，护士节表彰优秀护士，医师节慰问医生。")
        #expect(hospital.profile == .hospital)
        #expect(hospital.profileOrigin == .body)
        let traditional = metadata("一、民主管理\n推進院務公開。\n二、關愛職工\n關心臨床一線人員，護士節表彰優秀護士。")
        #expect(traditional.profile == .hospital)
        #expect(metadata("一、思想引领\n组织公务员读书，公务员参加培训，关心公务员身心健康。").profile == .agency)
    }

    /// Untitled, a town's union names itself 镇工会 and its 镇党委; a street's its 街道工会.
    @Test func townshipUnionsFromTheirBody() {
        #expect(metadata("一、组织建设\n在镇党委领导下，镇工会推动辖区企业普遍建会，镇工会每季度检查。").profile == .federation)
        #expect(metadata("一、組織建設\n在鎮黨委領導下，鎮工會推動轄區企業普遍建會，鎮工會每季度檢查。").profile == .federation)
        #expect(metadata("一、组织建设\n街道工会指导辖区企业建会，街道工会每季度检查，街道工会表彰先进。").profile == .federation)
        // 乡镇工会 is counted for the federation, not its 乡镇 for the community.
        #expect(metadata("一、组织建设\n乡镇工会组织职工参加技能比武，乡镇工会表彰先进。").profile == .federation)
    }

    /// 机关事业工会 are the unions a district federation leads, no office's own union: a plan
    /// that names them and its 全区工会 is the federation's, not an office's by their 机关.
    @Test func officeAndInstitutionUnionsAreAFederationsWord() {
        let meta = metadata("工会工作计划 篇1\n全区工会要加强机关事业工会建设，区总工会调整街道、局工会的管辖范围，机关事业工会开展创建活动。")
        #expect(meta.profile == .federation)
    }

    /// A 医学院, 临床学院 or 肿瘤学院 in a title may be the hospital that teaches for a
    /// university: its body decides, not the title's 学院.
    @Test func aMedicalCollegesTitleLeavesItToTheBody() {
        let hospital = metadata("肿瘤学院工会2025年工作计划\n在院党委领导下，做好我院职代会换届，开展医院文化建设，慰问住院患者。")
        #expect(hospital.profile == .hospital)
        let trad = metadata("臨床醫學院工會2025年工作計劃\n做好我院職代會工作，開展醫院文化建設，醫護人員參加技能競賽。")
        #expect(trad.profile == .hospital)
        // A medical school whose body speaks of its teachers and students stays a school.
        #expect(metadata("医学院工会2025年工作计划\n组织教师参加教学比赛，召开教代会，关心学生与教职工。").profile == .school)
        // Other colleges keep their title's 学院.
        #expect(metadata("城南职业技术学院工会2025年工作计划\n一、指导思想").profile == .school)
        #expect(MetadataExtractor.titleNames("城南职业技术学院工会", "学院"))
        #expect(MetadataExtractor.titleNames("第一临床医学院工会", "学院") == false)
    }

    /// A unit attached to a university is named by its own word: a 附属医院 is a hospital, a
    /// 附属中学 a school, though the title names the university first.
    @Test func aUniversitysAttachedUnitIsWhatItIs() {
        #expect(metadata("江城大学附属医院工会2025年工作计划\n一、指导思想").profile == .hospital)
        #expect(metadata("江城醫科大學附屬第一醫院工會2025年工作計劃\n一、指導思想").profile == .hospital)
        #expect(metadata("江城师范学院附属中学工会2025年工作计划\n一、指导思想").profile == .school)
        #expect(metadata("江城大学工会2025年工作计划\n一、指导思想").profile == .school)
    }

    /// Two words of one kind and none of another are thin evidence but uncontested: a site's
    /// page whose plan names its 公司 and 员工 under a title naming no unit is a firm's.
    @Test func uncontestedThinEvidence() {
        let firm = metadata("工會的活動方案\n為豐富員工業餘生活，增加公司工會凝聚力，組織春遊活動。")
        #expect(firm.profile == .enterprise)
        #expect(firm.profileOrigin == .body)
        #expect(metadata("工会的活动方案\n为丰富员工业余生活，组织春游活动。").profile == nil)
        #expect(metadata("工会的活动方案\n为丰富员工业余生活，增加公司凝聚力，社区居民也可参加。").profile == nil)
    }

    /// Who writes outweighs what the body talks about: an untitled district federation's
    /// report on the 职工之家 it built in the 社区 it serves names the 社区 more often than
    /// itself, and its opening sentence names it acting (…,城关区总工会坚持…).
    @Test func theUnionTheLeadNamesActingWrites() {
        let body = "\n打造社区阵地\n在社区内打造职工之家，辐射周边社区居民近万人，社区党群服务中心和社区居民共同参与。\n服务社区居民\n面向社区老人，组织社区志愿服务，累计服务社区居民6000余人次。"
        let writer = metadata("为深入贯彻落实上级精神，城关区总工会坚持服务职工，扎实做好各项工作。" + body)
        #expect(writer.profile == .federation)
        #expect(writer.profileOrigin == .body)
        // Traditional script, read simplified.
        let traditional = metadata("為深入貫徹落實上級精神，城關區總工會堅持服務職工，紮實做好各項工作。" + body)
        #expect(traditional.profile == .federation)
        // Under a superior's lead, on its word or with it in a list, the union named is no writer.
        #expect(metadata("在城关区总工会的正确领导下，我们坚持服务职工，扎实做好各项工作。" + body).profile == .community)
        #expect(metadata("根据城关区总工会要求，扎实做好各项工作。" + body).profile == .community)
        #expect(metadata("城关区总工会和社区党委共同服务职工，扎实做好各项工作。" + body).profile == .community)
        // A title naming a unit is the writer; the lead is not read.
        #expect(metadata("幸福社区工会2025年工作计划\n城关区总工会坚持服务职工。" + body).profile == .community)
    }

    @Test func leadWriterReadsTheClauseThatOpensWithTheName() {
        func writer(_ text: String) -> String? {
            let document = DocumentReader.document(text: text)
            return MetadataExtractor(
                text: ScalarScanner(bytes: document.normalized), lines: document.lines, blocks: document.blocks, headings: document.headings
            ).leadWriter(after: nil)
        }
        #expect(writer("近日，青山小学工会组织教职工开展健步走活动。") == "青山小学工会")
        #expect(writer("为丰富职工生活，和平区总工会举办职工运动会。") == "和平区总工会")
        #expect(writer("在上级工会的领导下，我们做好各项工作。") == nil)
        #expect(writer("由街道总工会牵头，开展职工技能竞赛。") == nil)
        // A clause telling what is done with the union's money names no one; 局工会 refers
        // back to a unit named before it, maybe a company (供电局).
        #expect(writer("推广委托税务代收工会经费，加强经费收缴。") == nil)
        #expect(writer("推进非公企业建会，全年新建企业工会20家。") == nil)
        #expect(writer("1月7日,青山供电局召开工作会议,局工会主席参加会议。") == nil)
    }
}
