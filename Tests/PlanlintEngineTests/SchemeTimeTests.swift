import PlanlintDocument
import Testing
@testable import PlanlintEngine

/// An activity scheme's time heading dates the scheme it stands in; an annual plan's
/// 时间安排, or a time heading with no month or day, dates nothing.
@Suite struct SchemeTimeTests {
    private func dated(_ text: String, _ phrase: String) -> Bool {
        let document = DocumentReader.document(text: text, path: "test.txt", format: .text)
        let offset = Array(document.normalized).firstRange(of: Array(phrase.utf8))!.lowerBound
        return SchemeTime.datedExtents(in: document).contains { $0.contains(offset) }
    }

    @Test func aSchemeIsDatedByItsTimeHeading() {
        let scheme = "迎春活动方案\n一、活动主题\n职工趣味运动会\n二、活动时间\n4月18日下午\n三、活动内容\n拔河比赛。\n四、参加人员\n全体职工"
        #expect(dated(scheme, "拔河"))
        #expect(dated(scheme, "趣味运动会"))
        // The time on the heading's line, in traditional script.
        #expect(dated("一、活動目的\n增進交流。\n二、活動時間：9月20日\n三、活動內容\n組織秋遊。", "秋游"))
    }

    @Test func anAnnualPlansScheduleHeadingDatesNothing() {
        let plan = "一、指导思想\n丰富职工生活。\n二、主要任务\n开展文体活动。\n三、时间安排\n3月至12月分阶段实施。"
        #expect(!dated(plan, "文体活动"))
    }

    /// A plan with an 活动安排 part whose 时间安排 is a month-by-month schedule: the months
    /// are headings of their own, which date their entries, and leave the 时间安排 heading
    /// with no time to give the plan.
    @Test func aScheduleUnderTheTimeHeadingDatesNothingElse() {
        let plan = "一、活动安排\n开展文体活动。\n二、时间安排\n3月：植树\n5月：运动会\n9月：教师节慰问"
        #expect(!dated(plan, "文体活动"))
    }

    @Test func aTimeHeadingWithoutAMonthOrDayDatesNothing() {
        #expect(!dated("一、活动主题\n运动会\n二、活动时间\n另行通知\n三、活动内容\n拔河比赛。", "拔河"))
    }

    @Test func onlyItsOwnSchemeIsDated() {
        // Two schemes in one file: the second has no time of its own.
        let text = """
            （一）读书活动方案
            1、活动主题
            书香工会
            2、活动时间
            4月23日
            3、活动内容
            读书分享。
            （二）摄影活动方案
            1、活动主题
            美丽校园
            2、活动内容
            摄影比赛。
            """
        #expect(dated(text, "读书分享"))
        #expect(!dated(text, "摄影比赛"))
    }
}
