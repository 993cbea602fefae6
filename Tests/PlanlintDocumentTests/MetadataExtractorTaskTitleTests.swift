import PlanlintTestSupport
import PlanlintRules
import Testing

@testable import PlanlintDocument

/// A plan titled by the tasks of a period ahead (今后三年…主要任务, 2025年工作主要任务) rather
/// than by a document type is a plan, and its title is found.
@Suite struct MetadataExtractorTaskTitleTests: MetadataReading {
    @Test func theTasksOfTheComingYearsTitleAPlan() {
        let line = metadata("青山镇工会今后三年工作的指导思想和主要任务\n一、指导思想\n以服务职工为中心。\n二、主要任务\n3月召开职代会。")
        #expect(line.title == "青山镇工会今后三年工作的指导思想和主要任务")
        #expect(line.kind == .plan)
        let year = metadata("城南医院工会2025年工作主要任务\n一、加强组织建设\n3月召开职代会。")
        #expect(year.title == "城南医院工会2025年工作主要任务")
        #expect(year.kind == .plan)
        #expect(year.year == 2025)
        // Traditional script, read simplified.
        let traditional = metadata("青山鎮工會未來五年重點任務\n一、指導思想\n以服務職工為中心。")
        #expect(traditional.kind == .plan)
    }

    /// A school's term plan laid out as a calendar of its weeks is titled 行事历 (行事曆).
    @Test func aSchoolsCalendarTitlesAPlan() {
        let line = metadata("城南中学工会2025学年第一学期工作行事历\n第1周：召开工会委员会。\n第2周：召开教代会。")
        #expect(line.title == "城南中学工会2025学年第一学期工作行事历")
        #expect(line.kind == .plan)
        #expect(line.profile == .school)
        let traditional = metadata("城南國小教師工會114學年度第一學期行事曆\n第1週：召開會員大會。")
        #expect(traditional.kind == .plan)
    }

    /// In a file without line breaks, the title runs on into its text, after a site's banner:
    /// the title is cut at the space after its tasks, the banner left off.
    @Test func aGluedTaskTitleAfterASiteBanner() {
        let glued = metadata(
            "精选优质文档-倾情为你奉上 青山镇工会今后三年工作的指导思想和主要任务 青山镇工会今后三年工作的指导思想和主要任务今后三年,是全镇工会工作的关键时期,任务艰巨,责任重大,我们要团结全镇职工。")
        #expect(glued.title == "青山镇工会今后三年工作的指导思想和主要任务")
        #expect(glued.kind == .plan)
        // The banner before a title on a line of its own is left off too.
        let line = metadata("精选优质文档-倾情为你奉上2025年城南幼儿园工会工作计划\n一、指导思想\n以服务教职工为中心。")
        #expect(line.title == "2025年城南幼儿园工会工作计划")
    }

    /// A task word alone is a section's heading, and the years past are a report's: neither
    /// titles a plan.
    @Test func tasksWithoutAPeriodAheadTitleNothing() {
        let heading = metadata("主要任务\n3月召开职代会，5月举办劳动竞赛。")
        #expect(heading.title == nil)
        #expect(heading.kind != .plan)
        let past = metadata("青山镇工会三年来的主要任务\n一、组织建设\n3月召开职代会。")
        #expect(past.title == nil)
        #expect(MetadataExtractor.namesPeriodTasks("今后三年工作的主要任务"))
        #expect(!MetadataExtractor.namesPeriodTasks("三年来的主要任务"))
        #expect(!MetadataExtractor.namesPeriodTasks("今后三年的工作"))
    }
}
