import PlanlintRules
import Testing

@testable import PlanlintDocument

/// Files naming no document type that open as a news item on a meeting or as a report of
/// the year so far are reports (own sentences, modelled on real pages' openings).
@Suite struct MetadataExtractorReportLeadTests: MetadataReading {
    @Test(arguments: [
        "3月13日上午，城西街道总工会召开第一届委员会第五次全体会议，街道党工委副书记出席。会议总结了去年工作。",
        "本报讯（通讯员 李明）1月19日上午，江城市总工会召开十五届七次全委（扩大）会议。",
        "12月18日—19日，青山集团年度工会工作总结会在集团本部召开。",
        "10月22-23日，省分行工会重点工作观摩活动在江城举行。",
        "工会召开年度工作会议\n日期:2025-03-05 来源:矿区新闻网3月5日，矿区工会召开2025年工作会议，总结去年工作。",
        "今年以来，城关区总工会聚焦职工需求，新建工会组织9家。",
        "2021年以来，农商行城南支行工会坚持建家工作，被评为模范职工之家。",
        "11月份以来，集团工会深入各项目部开展验收。",
        // A dateline, at the start or after a site's lead-in sentence, and a site's name before it.
        "本网讯 为发挥职工代表在安全生产中的作用，科技公司工会组织职工代表开展专项巡视。",
        "城西医院工会相关负责人表示，希望让关怀直达一线。 本报讯 (记者 李明) 连日来，城西医院工会开展冬送温暖慰问活动。",
        "江城网讯 “今年要在新的起点上履行好工会工作使命……”这是区总工会全委会议的内容之一。",
        "青山新闻网5月26日讯(通讯员 李明)“你参加了哪个兴趣小组?”这样的话题在区局干部职工之间经常听到。",
        // The hour of the day, then what the union did: a news item, as is a headline phrase before it.
        "为发挥职工代表的作用，6月20日上午，城东化工公司工会组织20名职工代表对生产区进行巡视。",
        "寒冬送关怀，情暖职工心。1月7日上午，院党委书记、工会主席一行看望、慰问了我院13位困难职工。",
        // 近日 and 日前 open news of the last days.
        "近日，城北镇组织人员参加区工会召开的集体合同工作推进会。",
        "日前，城南支行工会委员会被市总工会授予先进职工之家称号。",
        // The meeting first, then the day it was held.
        "城西区总工会二届十一次全委(扩大)会议2月28日召开。会议指出，今年是新百年的开局之年。",
        "城北集团职代会于3月5日上午在集团本部举行，全体职工代表出席。",
        // A feature on a union's record, in traditional script too.
        "近年来，城南区人民法院工会立足审判工作特点，打造职工之家，精准开展帮扶。",
        "近年來，城北礦工會始終把職工安全放在首位。",
        // A congress's work report and a speech at a meeting.
        "各位代表：我受第三届工会委员会委托，向大会作2024年度工会工作报告，请予审议。",
        "這次全委會議的主要任務是，總結去年工會工作，部署今年任務。",
        "首先由我代表医院工会，向莅临检查指导的各位领导表示热烈的欢迎！医院工会在上级工会领导下开展工作。",
        "记者从市总工会获悉，我市近日出台新就业形态劳动者工会工作三年行动方案。",
        // A deed told as done after the day.
        "为学习全总十八大精神，11月2日，集团工会组织各分会主席，开展了集中学习活动。",
        // What was said at a meeting, and 近日 after the purpose a news item opens with.
        "来源：县总工会 时间：2018-05-04\n会上，县总工会副主席总结了去年的工作，部署今年任务。",
        "为加强工会源头参与，近日，城北街道办事处与工会联席会议在街道召开。",
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
        // A schedule names the day, not the hour; media in a list hold no dateline.
        "3月5日，工会组织全体职工参加植树活动。\n5月1日，走访慰问劳动模范。",
        "通过刊物、网讯、交流会等形式宣传先进事迹，营造学先进的氛围。",
        "近期将召开职代会，审议集体合同草案。",
        // 会上 and 近日 inside a plan's sentence, not opening it as a report.
        "一、民主管理\n3月召开职代会，会上审议集体合同草案。",
        "为做好安全生产，工会将于近日组织职工代表巡视。",
        "第五届职代会第三次会议定于3月5日召开，审议集体合同草案。",
        "职代会将于3月5日在礼堂召开，审议行政工作报告。",
        // A plan's background on the times, not on its union's record.
        "近年来，随着经济社会发展，职工需求日益多样。今年工会将围绕职工需求开展服务。",
        // Entrusted with a task, and a plan's own tasks: no report to a meeting, no speech.
        "受市总工会委托，工会将于5月承办全市职工技能竞赛，向各参赛单位发出通知。",
        "这次计划的主要任务是做好职工服务。今年工会将继续开展送温暖活动。",
        "9月举办新教师入职欢迎会，热烈欢迎新会员加入工会。",
        "及时获悉职工诉求，每季度召开一次职工座谈会。",
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
        #expect(MetadataExtractor.namesMeetingHeld(Array("8月17日上午,公司工会组织职工代表巡视".unicodeScalars)))
        #expect(!MetadataExtractor.namesMeetingHeld(Array("8月17日,公司工会组织职工代表巡视".unicodeScalars)))
        #expect(MetadataExtractor.namesMeetingHeld(Array("8月17日,公司工会组织职工代表开展了巡视活动".unicodeScalars)))
        // What a chair did about the year's work, told as done.
        #expect(MetadataExtractor.namesMeetingHeld(Array("4月24日,公司工会副主席对全年工会工作做了安排".unicodeScalars)))
        #expect(MetadataExtractor.namesMeetingHeld(Array("3月2日,局工会主席在会上作了工作部署".unicodeScalars)))
        #expect(!MetadataExtractor.namesMeetingHeld(Array("4月24日,公司工会做好全年工会工作安排".unicodeScalars)))
        #expect(MetadataExtractor.datelineIndex(Array("来源:日报 中工网讯 会议".unicodeScalars)) == 6)
        #expect(MetadataExtractor.datelineIndex(Array("本报讯(记者".unicodeScalars)) == 0)
        #expect(MetadataExtractor.opensWithRecently(Array(" 近日,城北镇".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithRecently(Array("近日来天气转凉".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithRecently(Array("近期,工会将".unicodeScalars)))
        // A feature on a union's record opens on the union; a plan's background on the times.
        #expect(MetadataExtractor.opensWithRecentYears(Array("近年来,城南区人民法院工会立足审判工作".unicodeScalars)))
        #expect(MetadataExtractor.opensWithRecentYears(Array(" 多年来,矿工会始终".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithRecentYears(Array("近年来,随着经济发展,工会作为桥梁".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithRecentYears(Array("近年来,职工需求日益多样,工会将".unicodeScalars)))
        #expect(!MetadataExtractor.opensWithRecentYears(Array("近年来工会工作".unicodeScalars)))
        #expect(MetadataExtractor.datelineIndex(Array("刊物、网讯、交流会".unicodeScalars)) == nil)
        #expect(MetadataExtractor.datelineIndex(Array("通讯员".unicodeScalars)) == nil)
        // A source's name and date before 讯 and its reporter after it.
        #expect(MetadataExtractor.datelineIndex(Array("青山新闻网5月26日讯(通讯员 李明)".unicodeScalars)) == 0)
        #expect(MetadataExtractor.datelineIndex(Array("县融媒体中心1月29日讯 (记者 王芳)".unicodeScalars)) == 0)
        #expect(MetadataExtractor.datelineIndex(Array("收到喜讯(全体职工)".unicodeScalars)) == nil)
        #expect(MetadataExtractor.opensAsAddress(Array("各位代表:我受工会委员会委托,向大会报告工作".unicodeScalars)))
        #expect(MetadataExtractor.opensAsAddress(Array(" 本次职代会的主要任务是,审议".unicodeScalars)))
        #expect(!MetadataExtractor.opensAsAddress(Array("受党委委托,承办职工运动会".unicodeScalars)))
        #expect(!MetadataExtractor.opensAsAddress(Array("委托,向大会报告".unicodeScalars)))
        #expect(!MetadataExtractor.opensAsAddress(Array("这次活动的主要任务是".unicodeScalars)))
    }
}
