import Testing

@testable import PlanlintDocument

/// Where a plan's title line is, among what a download site prints around it: its banners,
/// its category, the plan's first heading glued to the title, the plan's own headings.
@Suite struct TitleLineTests: MetadataReading {
    @Test func aTitleGluedToTheFirstHeadingEndsBeforeIt() {
        // The text's first heading glued to the title (第一章, 一、) opens the text.
        let chapter = metadata("2025年青山學院工會工作年度計劃第一章形勢研判與年度總目標1.1政策與校情雙軌掃描2024年12月,教育部、全國總工會聯合下發文件,要求各校工會圍繞中心工作,維護教職工權益,推進民主管理,辦好教職工之家。")
        #expect(chapter.title == "2025年青山學院工會工作年度計劃")
        let numbered = metadata("青山学院工会2025年工作计划一、指导思想以服务教职工为中心,围绕学校中心工作,维护教职工权益,推进民主管理,办好教职工之家,丰富教职工文化生活,加强工会自身建设。")
        #expect(numbered.title == "青山学院工会2025年工作计划")
    }

    @Test func aBannerGluedBeforeAShortTitleLine() {
        // A site banner on a short line of its own, glued to the title.
        #expect(metadata("精选优质文档-倾情为你奉上2025年幼儿园工会工作计划\n一、指导思想").title == "2025年幼儿园工会工作计划")
        #expect(metadata("仅供参考\n2025年城南幼儿园工会工作计划\n一、指导思想").title == "2025年城南幼儿园工会工作计划")
    }

    @Test func siteCategoriesAndThePlansOwnHeadingsAreNoTitle() {
        // After the plan's first part, a line that names a type is one of its headings.
        let untitled = metadata("根据上级工会的部署和我院的情况,做好今年的工会工作。\n一,积极参与医院文化建设;\n二,继续完善教代会制度;\n具体活动安排\n1~2月:召开教代会。")
        #expect(untitled.title == nil)
        // A site's category (工作计划范文) names no plan: the plan's own title below it is taken.
        let category = metadata("工作计划范文\n以下是小编为你带来的“2025年城南社区工会工作计划”,更多内容请访问本站。\n2025年城南社区工会工作计划(一)\n一、指导思想")
        #expect(category.title == "2025年城南社区工会工作计划(一)")
        #expect(MetadataExtractor.namesOnlyAType("工作计划大全"))
        #expect(MetadataExtractor.namesOnlyAType("总结"))
        #expect(!MetadataExtractor.namesOnlyAType("工作计划"))
        #expect(!MetadataExtractor.namesOnlyAType("工会工作计划范文"))
        // A site's notices numbered 1. 2. may stand before the title.
        #expect(metadata("1. 下载文档前请自行甄别文档内容的完整性。\n2. 如文档侵犯您的权益,请联系客服。\n2025年城南社区工会工作计划\n一、指导思想").title == "2025年城南社区工会工作计划")
    }

    /// A document shop names the file it offers in 《》 inside its own sentence, and the page
    /// has no title line of its own: the quoted name is the plan's title. A book's title in
    /// a plan's own sentence (学习《工会法》) is no site's, and names no type.
    @Test func aShopsFileNameInTitleMarks() {
        let shop = metadata(
            "欢迎来到某某文库\n页数:3页\n《2025年城南卫生院工会工作计划》由会员上传分享,免费在线阅读,更多相关内容在本站。\n1、组织职工学习《工会法》,全年开展两次培训。")
        #expect(shop.title == "2025年城南卫生院工会工作计划")
        #expect(shop.kind == .plan)
        let law = metadata("组织职工学习《工会法》和《2025年工会工作要点》,全年开展两次培训。\n3月召开职代会。")
        #expect(law.title == nil)
    }

    /// A shop's file name ends the title line with its type and the shop's tag in capitals.
    @Test func aFileTypeAndAShopsTagEndNoTitle() {
        #expect(metadata("城南幼儿园工会2025年活动方案.docxVIP\n一、活动目的").title == "城南幼儿园工会2025年活动方案")
        #expect(metadata("城南幼儿园工会2025年工作计划.DOC\n一、指导思想").title == "城南幼儿园工会2025年工作计划")
        // Capitals that are no file's tag stay: a title may end in a name written so.
        #expect(metadata("城南幼儿园工会2025年工作计划VIP\n一、指导思想").title == "城南幼儿园工会2025年工作计划VIP")
    }
}
