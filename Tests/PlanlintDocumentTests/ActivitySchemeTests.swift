import PlanlintRules
import Testing

@testable import PlanlintDocument

/// The scheme of one event or campaign is a kind of its own, known by its title or, without
/// one that says so, by its top-level parts; a union's whole plan called a scheme stays a plan
/// (own texts, modelled on real pages' titles and outlines).
@Suite struct ActivitySchemeTests {
    private func kind(_ text: String) -> DocumentKind { DocumentReader.document(text: text).metadata.kind }

    @Test(arguments: [
        "城南小学工会2025年“三八”妇女节活动方案\n一、活动目的\n组织女教师登山。",
        "城东公司职工趣味运动会实施方案\n一、指导思想\n增强职工体质。",
        "“安康杯”竞赛活动方案\n一、竞赛目标\n杜绝重大事故。",
        "2024年送温暖活动方案\n一、慰问对象\n困难职工。",
        "读书月活动方案\n一、活动目的\n营造读书氛围。",
        "工会活动方案\n一、活动目的\n丰富职工生活。",
        "三八节活动安排\n一、组织女职工健步走。",
        // Traditional script is read simplified.
        "城北電廠工會讀書月活動方案\n一、活動目的\n營造讀書氛圍。",
        "職工籃球比賽實施方案\n一、比賽時間\n4月16日。",
        // One congress meeting's scheme: its agenda and delegates, not a year's work.
        "城南中学教职工代表大会方案\n一、会议目标\n审议学校章程。\n二、代表产生\n按年级组推选。",
        "关于召开第三届教代会第二次会议的实施方案\n一、会议议程\n二、提案征集",
        "公司職代會籌備方案\n一、籌備機構\n二、代表選舉",
        // The congress's own 工作方案, and an election's steps or scheme: the 工作 is theirs.
        "城西小学教职工代表大会工作方案\n一、背景\n二、实施步骤\n1. 修订代表大会章程。",
        "机械厂工会换届选举工作步骤安排\n一、准备工作\n1. 确定委员名额。",
        "河滨社区工会换届选举方案\n一、选举时间\n二、候选人产生",
    ])
    func aTitleNamingAnActivitysSchemeMakesAScheme(text: String) {
        #expect(kind(text) == .scheme)
    }

    @Test(arguments: [
        "2025年城西医院工会工作方案\n一、指导思想\n二、主要任务\n3月召开职代会。",
        "城东公司工会2025年度工作实施方案\n一、工作目标\n3月召开职代会，4月举办职工运动会。",
        "滨江支行工会实施方案\n一、背景\n二、实施路径",
        "交通局工会活动工作方案\n一、活动目的\n二、活动对象\n全体会员。",
        "工会年度活动计划表\n一月：春节慰问。\n三月：三八节健步走。",
        "具体活动安排\n一月：春节慰问。",
        // The union's work for the year that names its congress in the title stays a plan.
        "城南中学工会暨教代会2025年工作方案\n一、指导思想\n二、主要任务\n3月召开教代会。",
        // The union's 工作 beside its congress or its election in the title.
        "城东公司工会2025年工作方案（含职代会）\n一、指导思想\n二、主要任务\n3月召开职代会。",
        "2025年工会工作安排（换届选举年）\n一、主要任务\n9月完成换届选举。",
        "幼儿园工会方案\n一、背景与目的\n二、活动方案\n（一）趣味运动\n1.活动时间：9月10日\n2.活动地点：操场",
    ])
    func aUnionsWholePlanCalledASchemeStaysAPlan(text: String) {
        #expect(kind(text) == .plan)
    }

    @Test func anUntitledFileWithASchemesPartsIsAScheme() {
        #expect(kind("一、活动主题：书香润心\n二、活动时间：4月23日\n三、活动地点：职工书屋\n四、参加人员：全体职工\n五、活动要求") == .scheme)
        #expect(kind("一、活動主題：書香潤心\n二、活動時間：4月23日\n三、參加人員：全體職工") == .scheme)
    }

    /// A download site's 工作计划 title over one event's parts: the parts tell what it is.
    @Test func aSchemesPartsOutweighAWorkPlanTitle() {
        #expect(kind("酒店工会活动2024年工作计划\n一、时间：5月10日\n二、地点：二楼会议厅\n三、主持人\n四、参加人员：员工的母亲\n五、活动内容") == .scheme)
    }

    @Test func aYearsPlanWithTimeAndPlaceHeadingsStaysAPlan() {
        // A task heading among the parts: a year's plan with its schedule.
        #expect(kind("河西街道工会计划\n一、指导思想\n二、主要任务\n三、时间安排\n四、活动地点") == .plan)
        // Time but no place, participants or theme: a schedule.
        #expect(kind("一、指导思想\n二、时间安排\n3月召开职代会。") == .unknown)
        // Scheme parts are fewer than half of the headings.
        #expect(kind("一、指导思想\n二、组织建设\n三、民主管理\n四、关爱职工\n五、活动时间\n六、活动地点") == .unknown)
        // Place, participants and theme but no time part, the first thing a scheme's parts
        // are asked for (`hasSchemeParts` answers at once without one).
        #expect(kind("一、活动主题：书香润心\n二、活动地点：职工书屋\n三、参加人员：全体职工") == .unknown)
        #expect(kind("一、活动主题：书香润心\n二、活动时间：4月23日\n三、活动地点：职工书屋\n四、参加人员：全体职工") == .scheme)
    }

    /// One heading names the time and the setting together (活动时间、地点、对象): it is a
    /// setting part too. A time heading that names no place or people is still a schedule.
    @Test func aHeadingNamingTimeAndPlaceTogetherIsBothParts() {
        #expect(kind("一、活动内容\n1. 组织一次健步走\n二、活动时间、地点、对象：\n- 时间：10月4日\n- 地点：滨河广场\n三、活动说明") == .scheme)
        #expect(kind("一、活動內容\n二、活動時間和地點\n三、注意事項") == .scheme)
        #expect(kind("一、指导思想\n二、时间安排\n3月召开职代会。\n三、活动内容") == .unknown)
    }

    /// A notice convening one meeting gives its arrangements as parts (会议时间及地点, 会议议程,
    /// 会议要求): one event's, not a year's plan. A plan that names its congress among its
    /// tasks stays a plan.
    @Test func aMeetingsArrangementsAreOneEventsParts() {
        #expect(kind("关于召开二级教代会的通知\n一、会议指导思想\n二、会议时间及地点\n各单位自行确定。\n三、会议主要议程\n四、会议要求") == .scheme)
        #expect(kind("一、會議時間：3月5日\n二、會議地點：禮堂\n三、參會人員：全體代表") == .scheme)
        #expect(kind("城南中学工会2025年工作计划\n一、指导思想\n二、主要任务\n三、会议安排\n3月召开教代会。") == .plan)
    }

    /// A page cut above its first part keeps that part's last items at the top (4. 5. 6.): only
    /// the headings numbered as the time part is are the parts. Where no part dates it, the
    /// numbered items still count.
    @Test func itemsLeftAboveACutPagesPartsAreNotParts() {
        #expect(kind("4. 组织一次征文比赛\n5. 出版一期专刊\n6. 组织一次座谈会\n二、活动时间、地点、对象：\n- 时间：10月4日\n三、活动说明\n1. 比赛规则") == .scheme)
        #expect(kind("1. 组织学习\n2. 开展竞赛\n3. 走访慰问\n4. 召开会议\n二、活动内容\n三、活动说明") == .unknown)
    }

    /// A title that names a report as well stays what it reads.
    @Test func aReportOnAnActivityIsNoScheme() {
        #expect(kind("三八节活动方案及总结\n一、活动时间\n3月8日\n二、活动地点\n操场") == .plan)
        #expect(kind("2024年工会活动总结\n一、活动时间\n3月8日\n二、活动地点\n操场") == .summary)
    }
}
