import PlanlintRules
import Testing

@testable import PlanlintDocument

/// Profiles of offices, public institutions and federations whose words the first lists
/// missed (written for these tests; the real pages stay outside the repository).
@Suite struct MetadataExtractorProfileTests {
    private func metadata(_ text: String) -> PlanMetadata { DocumentReader.document(text: text).metadata }

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
}
