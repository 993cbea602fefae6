import PlanlintTestSupport
import PlanlintRules
import Testing

@testable import PlanlintDocument

@Suite struct MetadataExtractorTests: MetadataReading {
    @Test func titleSkipsDownloadSiteJunk() {
        let meta = metadata("收藏 分享\n上传人:某某 文档编号:1\n2024年红星机械厂工会工作要点\n一、总则")
        #expect(meta.title == "2024年红星机械厂工会工作要点")
        #expect(meta.titleLine == 3)
        #expect(meta.year == 2024)
        #expect(meta.yearOrigin == .title)
        #expect(meta.kind == .plan)
        #expect(meta.profile == .enterprise)
        #expect(meta.profileOrigin == .title)
    }

    /// A document shop lists a file's pages under captions (…计划_第1页), then runs the title
    /// into the first heading of its text: the caption gives the title.
    @Test func titleFromADocumentShopsPageCaption() {
        let meta = metadata("2025年城南小学工会工作计划_第1页\n2025年城南小学工会工作计划_第2页\n已阅读2页\n\n文档简介\n\n2025年城南小学工会工作计划一、工作目标全年开展活动12次。")
        #expect(meta.title == "2025年城南小学工会工作计划")
        #expect(meta.titleLine == 1)
        #expect(meta.kind == .plan)
        #expect(metadata("红星厂工会年度工作计划.docx_第1页\n一、总则").title == "红星厂工会年度工作计划")
        // A caption naming no plan, and a page marker inside a line, give no title.
        #expect(metadata("相关文档_第1页\n正文").title == nil)
        #expect(metadata("见附件_第2页工会工作计划表\n正文").title != "见附件")
    }

    /// A shop prints a file's name as its heading: the title is without the file type.
    @Test func titleWithoutTheFileTypeAShopPrinted() {
        let meta = metadata("2025年东园小学工会工作总结暨工作计划.docx\n\n2025年东园小学工会工作总结暨工作计划\n一、回顾")
        #expect(meta.title == "2025年东园小学工会工作总结暨工作计划")
        #expect(meta.titleLine == 1)
        #expect(metadata("江城机械厂工会2024年工作要点.PDF\n一、总则").title == "江城机械厂工会2024年工作要点")
    }

    /// A news report on a meeting names reports and arrangements in its sentences
    /// (会议听取…工作报告, 按照…安排, 聚焦…的安排部署): none of them is a title.
    @Test func aMeetingReportsSentencesAreNoTitle() {
        let news = "江城市总工会召开全委会\n会议听取并审议通过江城市总工会第十届委员会第三次全体会议工作报告，书面汇报关于2024年工会经费审查工作情况和2025年工作安排的报告。"
        #expect(metadata(news).title == nil)
        #expect(metadata("江城区总工会\n聚焦园区经济的安排部署\n开展六项行动").title == nil)
        #expect(metadata("东园小学工会按照区教育工会安排开展工作。今年重点抓好教代会、校务公开和教师培训，全年组织文体活动6次，走访慰问困难教师8户，并做好会员发展。").title == nil)
        // A type run into such a sentence in a file without line breaks is cut before it.
        let glued = "2025年城南小学工会工作计划按照上级工会要求，结合学校实际，现将本年度工作安排如下：全年开展文体活动12次，教职工参与率达到95%以上，走访困难教师10户。"
        #expect(metadata(glued).title == "2025年城南小学工会工作计划")
    }

    /// A title that reports on one year and plans the next is for the plan's year.
    @Test func yearOfATitleThatReportsAndPlans() {
        #expect(metadata("2016年团市委机关工会工作总结及2017年工会计划\n一、工作总结").year == 2017)
        #expect(metadata("红星机械厂工会2021年工作总结及2022年工作计划\n一、回顾").year == 2022)
        // No year after the report's word: the title's first.
        #expect(metadata("2022年东园街道总工会上半年工作总结及下半年计划\n一、回顾").year == 2022)
        #expect(metadata("2023年医院工会工作总结\n一、回顾").year == 2023)
    }

    @Test func chineseYearAndSummaryKind() {
        let meta = metadata("二〇二三年城南街道社区工会工作总结\n今年社区居民活动丰富。")
        #expect(meta.year == 2023)
        #expect(meta.kind == .summary)
        #expect(meta.profile == .community)
    }

    @Test func placeholderYearInTitleGivesNoYear() {
        let meta = metadata("20xx年医院工会工作计划\n2019年我院职工……")
        #expect(meta.year == nil)
        #expect(meta.profile == .hospital)
    }

    @Test func yearFallsBackToTheBody() {
        let meta = metadata("工会工作计划\n2025年要做好三件事。2025年底前完成。2024年已完成。")
        #expect(meta.year == 2025)
        #expect(meta.yearOrigin == .body)
    }

    /// Units whose names carry none of the plain words (医院, 公司, 机关…), and the 总工会 of a
    /// 街道 or 镇, which leads the unions of its area.
    @Test(arguments: [
        ("东湖街道总工会2025年工作计划", OrganisationProfile.federation),
        ("石桥镇总工会2025年工作要点", .federation),
        ("工业园区工会联合会2025年工作计划", .federation),
        ("幸福社区工会联合会2025年工作计划", .community),
        ("区妇幼保健院工会2025年工作计划", .hospital),
        ("市疾病预防控制中心工会2025年工作计划", .hospital),
        ("市中心血站工会2025年工作计划", .hospital),
        ("农业银行城南支行工会2025年工作计划", .enterprise),
        ("城关电业局工会2025年工作计划", .enterprise),
        ("北站机务段工会2025年工作计划", .enterprise),
        ("青山矿业工会2025年工作要点", .enterprise),
        ("县文化馆工会2025年工作计划", .agency),
        ("區人民法院工會2025年工作計劃", .agency),
        ("滨湖街道工委2025年工作要点", .federation),
        ("区直机关工委2025年工作要点", .agency),
        ("城西幼稚园工会2025年工作计划", .school),
    ])
    func profileFromLessCommonUnitNames(title: String, profile: OrganisationProfile) {
        let meta = metadata(title + "\n一、指导思想\n做好各项工作。")
        #expect(meta.profile == profile)
        #expect(meta.profileOrigin == .title)
    }

    /// A utility's title words (电业) outweigh the 教育 of 宣传教育 in its body, and a bank's
    /// 我行 speaks for it where the title names nothing.
    @Test func profileOfUtilitiesAndBanks() {
        let utility = metadata("电业工会工作计划\n加强职工思想教育,开展学习教育活动,做好宣传教育,推进安全教育。")
        #expect(utility.profile == .enterprise)
        let bank = metadata("工会工作计划\n我行继续开展劳动竞赛。我行职工之家年内完成改造。我行女职工委员会3月换届。")
        #expect(bank.profile == .enterprise)
        #expect(bank.profileOrigin == .body)
        // A rural bank's report names the county's 总工会 that praised it; its 银行 and 支行 weigh more.
        let rural = metadata("工作情况\n本行是一家农商银行,下设12个支行。县总工会表彰了三个支行的工会小组。")
        #expect(rural.profile == .enterprise)
    }

    @Test func profileFromBodyWhenTitleIsSilent() {
        let meta = metadata("工会工作计划\n关心教职工,开好教代会,服务学校教师和学生。")
        #expect(meta.profile == .school)
        #expect(meta.profileOrigin == .body)
        #expect(metadata("工会计划\n没有线索的正文。").profile == nil)
    }

    /// 計畫, the Taiwan-standard spelling of 計劃, normalises to 计画: still a plan title.
    @Test func taiwanSpellingOfPlanIsAPlanTitle() {
        let meta = metadata("2024企業工會年度工作計畫\n一、指導思想")
        #expect(meta.title == "2024企業工會年度工作計畫")
        #expect(meta.kind == .plan)
        #expect(meta.profile == .enterprise)
    }

    /// A site's breadcrumb or navigation bar names plans and reports too, but is no title.
    @Test func titleSkipsBreadcrumbsAndNavigationBars() {
        let meta = metadata("当前位置:首页 > 工作计划 > 正文\n网站首页 个人总结 工作总结 述职报告 企业文化\n2025年城南小学工会工作计划\n一、指导思想")
        #expect(meta.title == "2025年城南小学工会工作计划")
        #expect(meta.kind == .plan)
        #expect(meta.profile == .school)
    }

    /// A breadcrumb that names no 首页 (a site's name, an arrow, a category) is no title either.
    @Test func titleSkipsABreadcrumbWithoutHomePage() {
        let meta = metadata("某某范文网 >工作计划\n\n城东区交通局工会2025工作计划\n一、指导思想")
        #expect(meta.title == "城东区交通局工会2025工作计划")
        #expect(meta.year == 2025)
        #expect(meta.profile == .agency)
    }

    /// A PDF's title broken one word a line leaves the document type alone on its line: a
    /// word of the title, not the title, which the next lines spell out whole.
    @Test func aLoneDocumentTypeIsNoTitle() {
        let meta = metadata("2025\n医院\n工会\n年度工作\n总结\n城南医院工会2025年度工作总结\n一年来，院工会团结全院职工。")
        #expect(meta.title == "城南医院工会2025年度工作总结")
        #expect(meta.kind == .summary)
        #expect(meta.year == 2025)
        #expect(metadata("计划\n3月召开职代会。").title == nil)
    }

    /// A title run into the first sentence of a file without line breaks ends at the space
    /// after its document type; a space before the type stays in it.
    @Test func aClauseTitleEndsAtTheSpaceAfterItsType() {
        let runOn = metadata(
            "城东交通局工会职工文体活动工作方案 为丰富干部职工的业余文化生活,增强系统职工的凝聚力和向心力,结合本系统工会的实际,制定如下实施方案:一、活动目的")
        #expect(runOn.title == "城东交通局工会职工文体活动工作方案")
        #expect(runOn.kind == .plan)
        let spaced = metadata(
            "城东街道总工会 2025 年度工作计划,为做好全年工作,街道总工会在街道党工委的领导下,围绕辖区经济发展大局,制定本计划如下:一、指导思想")
        #expect(spaced.title == "城东街道总工会 2025 年度工作计划")
        #expect(spaced.kind == .plan)
    }

    /// A clause title whose text runs on with the first sentence's year (…工作要点2015年，全市
    /// …; …工作总结今年以来…) ends at its type; a title that names a report and a plan keeps
    /// both.
    @Test func aClauseTitleEndsBeforeTheYearOpeningTheText() {
        let points = metadata("城东区教育局工会工作要点2016年,全区教育工会工作的总体思路是:围绕教育中心工作,维护教职工权益,推进民主管理。工会将紧紧围绕中心工作,履行维护职能,团结动员广大职工建功立业,做好困难职工帮扶,办好职工之家,丰富职工文化生活,加强工会自身建设,推动各项工作落到实处。一、加强教职工思想教育")
        #expect(points.title == "城东区教育局工会工作要点")
        #expect(points.year == 2016)
        let report = metadata("城南供电所工会上半年工作总结今年以来,所工会在党支部领导下,紧紧围绕安全生产,团结职工完成了各项任务。工会将紧紧围绕中心工作,履行维护职能,团结动员广大职工建功立业,做好困难职工帮扶,办好职工之家,丰富职工文化生活,加强工会自身建设,推动各项工作落到实处。一、加强民主管理")
        #expect(report.title == "城南供电所工会上半年工作总结")
        let both = metadata("城西街道工会2024年工作总结及2025年工作计划,一年来,街道工会在党工委领导下做了大量工作。工会将紧紧围绕中心工作,履行维护职能,团结动员广大职工建功立业,做好困难职工帮扶,办好职工之家,丰富职工文化生活,加强工会自身建设,推动各项工作落到实处。一、主要工作")
        #expect(both.title == "城西街道工会2024年工作总结及2025年工作计划")
        let setting = metadata("城北小学2025年度工会工作计划在新时代教育改革的背景下,学校工会围绕学校中心工作,服务教职工。工会将紧紧围绕中心工作,履行维护职能,团结动员广大职工建功立业,做好困难职工帮扶,办好职工之家,丰富职工文化生活,加强工会自身建设,推动各项工作落到实处。一、工作目标")
        #expect(setting.title == "城北小学2025年度工会工作计划")
        let bracketed = metadata("城东区总工会工作要点(2025年)全区各级工会要围绕中心,服务大局,维护职工权益,推进工会改革。工会将紧紧围绕中心工作,履行维护职能,团结动员广大职工建功立业,做好困难职工帮扶,办好职工之家,丰富职工文化生活,加强工会自身建设,推动各项工作落到实处。一、主要任务")
        #expect(bracketed.title?.hasPrefix("城东区总工会工作要点(") == true)
        #expect(bracketed.year == 2025)
    }

    /// A district federation's plan speaks of the district's unions as a whole (全区工会),
    /// which no office's plan does, though it also plans for the 机关 unions it leads.
    @Test func profileOfADistrictFederationFromItsBody() {
        let meta = metadata("工会工作计划\n明年全区工会工作要突出维权服务。加强机关事业工会建设。全区工会要推进小三级工会建设,全区工会干部要深入基层。")
        #expect(meta.profile == .federation)
        #expect(meta.profileOrigin == .body)
    }

    /// An untitled office plan that names its 机关工会 twice is an agency's. 机关 alone, twice,
    /// is below the threshold but uncontested (`uncontestedScore`): an agency's too; once, or
    /// against a word of another kind, it says too little.
    @Test func profileOfAnOfficePlanNamingItsUnion() {
        #expect(metadata("为推动机关工会工作全面开展，特制定本计划。\n一、加强学习\n机关工会每季度组织一次读书活动。").profile == .agency)
        let twice = metadata("为推动工作全面开展，特制定本计划。\n一、加强学习\n机关每季度组织一次读书活动，机关干部参加。")
        #expect(twice.profile == .agency)
        #expect(twice.profileOrigin == .body)
        #expect(metadata("为推动工作全面开展，特制定本计划。\n一、加强学习\n机关每季度组织一次读书活动。").profile == nil)
        #expect(metadata("为推动工作全面开展，特制定本计划。\n一、加强学习\n机关每季度组织一次读书活动，机关干部与员工参加。").profile == nil)
    }

    /// A plan that founds unions in the area's firms (新建企业工会, 非公企业, 建会率) is a
    /// federation's, though it names 企业工会 too.
    @Test func profileOfAFederationThatFoundsUnionsInFirms() {
        let text = "工会工作计划\n推进非公企业建会，新建企业工会20家，新就业形态劳动者入会。加强工会组建，提高建会率。"
        #expect(metadata(text).profile == .federation)
        // 企业工会 inside 新建企业工会 counts for the federation's word only.
        #expect(metadata("工会工作计划\n以新建企业工会为重点，全年新建企业工会30家，指导新建企业工会规范运行。").profile == .federation)
        #expect(ProfileWords.scores(wordCounts: ProfileWords.body.map { words in words.map { $0 == "企业工会" || $0 == "新建企业工会" ? 3 : 0 } })
            == ProfileWords.body.map { words in words.contains("新建企业工会") ? 3 : 0 })
        // A firm's own plan, with as many 企业工会, stays a firm's.
        #expect(metadata("工会工作计划\n公司企业工会要维护员工权益，企业工会组织车间班组开展劳动竞赛。").profile == .enterprise)
    }

    /// A year with a space before 年 (as PDFs and some typists write it), in ASCII or
    /// full-width figures, in the title or, when the title names none, in the body.
    @Test func yearWithASpaceBeforeNian() {
        let ascii = metadata("城南医院工会2024 年工作计划\n一、指导思想")
        #expect(ascii.year == 2024)
        #expect(ascii.yearOrigin == .title)
        #expect(metadata("城南医院工会２０２４ 年工作计划\n一、指导思想").year == 2024)
        #expect(metadata("城南医院工会2024　年工作计划\n一、指导思想").year == 2024)
        #expect(metadata("城东街道总工会 2025 年度工作计划\n一、指导思想").year == 2025)
        #expect(metadata("城南小学工会二〇二三 年工作计划\n一、指导思想").year == 2023)
        #expect(metadata("城南小学工会2024年度工作计划\n一、指导思想").year == 2024)
        let body = metadata("工会工作计划\n2025 年要做好三件事。2025 年底前完成。2024年已完成。")
        #expect(body.year == 2025)
        #expect(body.yearOrigin == .body)
        // Figures that run on (a count, a phone number) are no year.
        #expect(metadata("工会工作计划\n全年发放慰问金 12024 年终前发完。").year == nil)
    }

    /// A title's year without 年; a school year's range is left to the body.
    @Test func yearWithoutNianInTheTitle() {
        let meta = metadata("2024城南社区工会工作计划\n一、指导思想")
        #expect(meta.year == 2024)
        #expect(meta.yearOrigin == .title)
        #expect(metadata("青山幼儿园工会2023工作计划\n一、指导思想").year == 2023)
        // Written last, as fan-text sites append it; a count or a range is no year.
        let last = metadata("青山镇工会工作总结2025\n一、主要工作")
        #expect(last.year == 2025)
        #expect(last.yearOrigin == .title)
        #expect(metadata("东湖社区工会工作计划2026\n一、指导思想").year == 2026)
        // …and a site's bracketed note after it (工作计划2022(通用5篇)); other words after it leave it.
        #expect(metadata("城东中学工会下半年工作计划2022(通用5篇)\n一、加强学习").year == 2022)
        #expect(metadata("城东中学工会工作计划2022【精选】\n一、加强学习").year == 2022)
        #expect(metadata("城东中学工会工作计划2022(通用5篇)范文\n一、加强学习").yearOrigin != .title)
        #expect(metadata("城南小学工会工作计划2024-2025\n2024年9月召开教代会。").yearOrigin == .body)
        #expect(metadata("城南小学工会工作计划第2025\n一、指导思想").yearOrigin != .title)
        let school = metadata("城南小学工会2024-2025学年工作计划\n2024年9月召开教代会。")
        #expect(school.year == 2024)
        #expect(school.yearOrigin == .body)
    }

    /// A clause of a paragraph is a title only where the title runs into the text of a file
    /// without line breaks: not a site's preamble, not a clause after a comma, not a sentence.
    @Test func titleIsNoClauseOfASentence() {
        let preamble = metadata(
            "一份好的工作计划能让工会工作有章可循,有了工作计划,我们就能把每件事落到实处,小编今天为您带来了2025医院工会工作计划,相信对你有所帮助。\n2025医院工会工作计划篇1\n一、指导思想")
        #expect(preamble.title == "2025医院工会工作计划篇1")
        #expect(preamble.year == 2025)
        let opening = metadata(
            "在新的一年里,社区工会作为连接居民与社区的桥梁,承载着促进社区和谐的重要使命,围绕服务、团结、发展的核心目标,特制定本年度工作计划,旨在构建和谐劳动关系。\n一、强化组织建设")
        #expect(opening.title == nil)
        #expect(opening.kind == .unknown)
        #expect(metadata("定期召开职工代表大会,审议行政工作报告。\n二、活动安排\n3月召开职代会。").title == nil)
        let musing = metadata(
            "日子过得飞快,转眼又到年底,新一年的工作即将来临,早做打算才不会让我们手忙脚乱哦。相信不少朋友会觉得计划很难写?那么下面就和大家一起聊一聊计划书应当从哪里入手,我们一起来看看吧。\n东岭镇工会2025年工作计划\n一、指导思想")
        #expect(musing.title == "东岭镇工会2025年工作计划")
        let banner = metadata(
            "精编资料,供您参考2023年医院工会工作计划(精选4篇)【前言导读】由网友为您分享整理的文档资料,以供您学习参考,希望这篇文档对您有所帮助!工会工作计划【第一篇】全面贯彻会议精神,以服务职工为中心")
        #expect(banner.title == "2023年医院工会工作计划(精选4篇)")
        #expect(banner.profile == .hospital)
        // A banner after the title (…范文仅供参考,自行编辑使用…) is cut off it, so the plan has its kind.
        let after = metadata(
            "小学工会工作计划范文仅供参考,自行编辑使用小学工会工作计划一、指导思想坚持围绕学校中心工作,团结动员全校教职工,为构建和谐校园作出新的贡献,努力提高教师的幸福感和归属感。")
        #expect(after.title == "小学工会工作计划范文")
        #expect(after.kind == .plan)
        let tradAfter = metadata(
            "小學工會工作計劃範文僅供參考,自行編輯使用小學工會工作計劃一、指導思想堅持圍繞學校中心工作,團結動員全校教職工,為構建和諧校園作出新的貢獻,努力提高教師的幸福感和歸屬感。")
        #expect(tradAfter.kind == .plan)
        let glued = metadata("幼儿园工会计划一、计划背景随着社会的不断发展,幼儿教育的重要性日益凸显,幼儿园作为儿童成长的第一站,不仅承担着教育的责任。")
        // The heading glued to it is cut off as the segmenter splits it from the title (main's
        // 48d8267), and so is the first sentence (随着…).
        #expect(glued.title == "幼儿园工会计划")
    }

    /// A site's banner run into the title it quotes (…范文分享…工作计划“2025 年学校工会计划
    /// 范文”…): the quoted title is the plan's, when the page has no title line of its own.
    @Test func aTitleQuotedInsideASitesBanner() {
        let glued = metadata(
            "精品文案资料范文分享学校工会计划范文教育工作计划“2025 年学校工会计划范文”教育工作计划指导思想:以围绕中心、服务大局为基本工作思路,努力维护教职工的合法权益,积极推进学校民主建设。")
        #expect(glued.title == "2025 年学校工会计划范文")
        #expect(glued.kind == .plan)
        #expect(glued.year == 2025)
        #expect(glued.yearOrigin == .title)
        // A breadcrumb that quotes a piece of the title line under it leaves the title line.
        let crumb = metadata("当前位置: 范文大全 > 工作计划范文 > “机务段工会计划”工会工作计划\n\n“机务段工会计划”工会工作计划\n\n一、指导思想")
        #expect(crumb.titleLine == 3)
        let sitePreamble = metadata("下面是网友为您整理分享的“城南区总工会2025年工作总结”相关范文,供您参考!\n城南区总工会2025年工作总结\n一、工作情况")
        #expect(sitePreamble.title == "城南区总工会2025年工作总结")
        #expect(sitePreamble.titleLine == 2)
    }

    /// A leader's closing remarks in a news report (某某总结发言,肯定了…) name no document.
    @Test func closingRemarksAreNoTitle() {
        let news = metadata("会议由工会主席主持。\n王书记总结发言,肯定了工会一年来的工作,希望新的一年继续做好服务。\n会上大家建言献策。")
        #expect(news.title == nil)
        #expect(metadata("城南医院工会2025年工作总结\n一、主要工作").title == "城南医院工会2025年工作总结")
    }

    /// A clause that follows a sentence of its paragraph, or that a full stop closes right
    /// after its type, is a sentence of a news item, however it ends (…行动计划, …工作报告,
    /// …2025年工作计划。): no title, so the item is not read as a plan named by one of its
    /// sentences. A site's sentence before the title, and a title run into its first
    /// sentence after a space, still give the title.
    @Test func aSentenceInsideAParagraphIsNoTitle() {
        let plenary = metadata(
            "城西区总工会三届五次全委(扩大)会议2月28日召开,会议部署了今年的重点工作,劳动和技能竞赛将延伸到新兴产业。区总工会深化本区产业工人队伍建设改革三年行动计划,将依托职业学院成立工匠学院,打造技能人才孵化平台。")
        #expect(plenary.title == nil)
        #expect(plenary.kind != .plan)
        let speech = metadata(
            "新闻动态\n城东大学工会召开女职工委员会会议\n3月5日上午,城东大学工会召开女职工委员会会议,全体委员参会,会议由女工委主任主持。\n李红报告2024年女职工委员会工作亮点和2025年工作计划。她从思想引领、评优表彰、关心关爱三个方面总结了去年的工作,并对今年的工作作了部署。")
        #expect(speech.title == nil)
        #expect(speech.kind == .summary)
        let oneLine = metadata(
            "城北集团工会召开全委(扩大)会议 3月28日,城北集团工会全委(扩大)会议召开,总结去年工作,部署今年重点工作。集团党委委员、工会主席出席会议并作工作报告,工会副主席主持会议。")
        #expect(oneLine.title == nil)
        // A sentence of the text before a type-ending clause makes it one of the text's
        // sentences; a site's sentence does not, nor does the title's own first sentence
        // past a space.
        #expect(metadata("城南小学工会召开全体会议,总结去年工作,全体会员参加。2025年城南小学工会工作计划,全年开展活动12次,教职工参与率达到95%以上,每学期举办一次文体活动,走访慰问困难教师10户。").title == nil)
        #expect(metadata("本文档由用户上传,仅供下载学习。2025年城南小学工会工作计划,全年开展活动12次,教职工参与率达到95%以上,每学期举办一次文体活动,走访慰问困难教师10户,组织职工体检一次。").title == "2025年城南小学工会工作计划")
        let spaced = metadata("河滨社区工会总结报告 社区工会关心着职工居民的生产、工作和生活。在社区党委的大力支持下,工会充分发挥组织的积极作用,认真处理、协调居民、职工和会员的各项事务,为社区文明建设做了一些实事,取得了一定成绩。一、领导重视 社区把工会工作纳入了重要议事日程,成立了工会工作领导班子。")
        #expect(spaced.title == "河滨社区工会总结报告")
        #expect(spaced.kind == .summary)
    }

    @Test func aCongressReportIsASummary() {
        #expect(metadata("城南大学工会年度工作报告\n一年来，学校工会团结教职工建功立业。").kind == .summary)
    }

    @Test func profileFromBodyWordsOfHospitalsAndTownships() {
        #expect(metadata("工会工作计划\n一月召开全院职工大会,我院工会走访慰问全院患病职工。").profile == .hospital)
        // A town's union leads the unions of its area's firms: a federation (MetadataExtractorProfileTests).
        #expect(metadata("工会工作计划\n在镇党委领导下,镇工会组织职工开展活动,镇工会委员分片联系企业。").profile == .federation)
    }

    @Test func kindIsUnknownWithoutPlanWords() {
        #expect(metadata("关于召开会议的通知\n请准时参加。").kind == .unknown)
        #expect(metadata("关于召开会议的通知\n请准时参加。").partCount == 1)
    }

    @Test(arguments: [
        ("000", 2022, PlanMetadata.Origin.body, OrganisationProfile.agency),
        ("001", 2023, .title, .federation), ("002", 2023, .title, .hospital), ("003", 2023, .title, .school),
        ("004", 2023, .title, .school),
    ])
    func seedMetadata(seed: String, year: Int, origin: PlanMetadata.Origin, profile: OrganisationProfile) throws {
        let meta = try DocumentReader.read(path: Fixtures.seed(seed)).metadata
        #expect(meta.year == year)
        #expect(meta.yearOrigin == origin)
        #expect(meta.kind == .plan)
        #expect(meta.profile == profile)
        #expect(meta.title.map { $0.unicodeScalars.count <= 60 } == true)
    }

    /// The one-pass count against counting each word's occurrences by plain byte search:
    /// occurrences starting before the limit, overlapping ones included, scored alike.
    @Test func bodyScoresAgreeWithASearchPerWord() {
        let words = MetadataExtractor.bodyWords
        let pieces = Array(Set(words.flatMap { $0 })) + ["工", "会", "a", "1", "。", "😀", "é"]
        var generator = TestRandom()
        var total = 0
        for _ in 0..<300 {
            let text = RandomText.joined(from: pieces, count: 0...25, using: &generator)
            let bytes = Array(text.utf8)
            for limit in [bytes.count, bytes.count / 2, 7] {
                let expected = ProfileWords.scores(wordCounts: words.map { profileWords in
                    profileWords.map { word in
                        let needle = Array(word.utf8)
                        guard needle.count <= bytes.count else { return 0 }
                        return (0...(bytes.count - needle.count)).filter { $0 < limit && Array(bytes[$0..<($0 + needle.count)]) == needle }.count
                    }
                })
                #expect(MetadataExtractor.bodyScores(ScalarScanner(bytes: bytes), limit: limit) == expected, "\(text) limit \(limit)")
                total += expected.reduce(0, +)
            }
        }
        #expect(total > 500)
    }
}
