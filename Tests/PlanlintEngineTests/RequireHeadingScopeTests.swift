import PlanlintDocument
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// `require` with a mention in a heading that titles the lines under it: the evidence may
/// stand in those lines (`weak_heading_scope: body`, the default), but not under its
/// sub-headings or the next heading, and not when the rule asks for the heading alone.
@Suite struct RequireHeadingScopeTests {
    let checkup = "kind: require\nmatch: [体检]\nweak_unless: [time]"
    let congress = "kind: require\nmatch: [教代会]\nwith: [召开]\nweak_unless: [time]\nweak_scope: sentence"

    private func categories(_ text: String, _ rule: String) throws -> [FindingCategory] {
        try LintTestSupport.lint(text, rule: rule).findings.map(\.category)
    }

    @Test func theBodyUnderTheHeadingDatesIt() throws {
        #expect(try categories("6. 在职职工年度体检\n- 日期:10月下旬\n- 地点:区中心医院", checkup) == [])
        #expect(try categories("三、召开教代会\n时间：3月中旬；议题：审议工会工作报告；责任人：工会主席", congress) == [])
        // A later paragraph of the body counts as much as the first.
        #expect(try categories("三、召开教代会\n审议工会工作报告。\n会议定于3月中旬。\n四、其他\n无。", congress) == [])
        // A body opening with its month (read as a schedule entry under the heading).
        #expect(try categories("三、召开教代会\n3月中旬,审议工会工作报告。", congress) == [])
    }

    @Test func theReachStopsAtSubheadingsAndTheNextHeading() throws {
        #expect(try categories("二、关爱职工健康,组织职工体检\n(一)3月开展三八节活动\n(二)5月举办运动会", checkup) == [.weak])
        #expect(try categories("五、职工体检\n做好相关工作。\n六、文体活动\n5月举办运动会。", checkup) == [.weak])
        // Several months under the heading are a schedule of other items.
        #expect(try categories("二、组织职工体检\n3月:三八节健步走\n5月:职工运动会", checkup) == [.weak])
        #expect(try categories("三、召开教代会\n审议工会工作报告。\n四、文体活动\n5月举办运动会。", congress) == [.weak])
    }

    @Test func onlyHeadingsOnALineOfTheirOwnReach() throws {
        // The heading's line reads on: the paragraph is the scope, as before.
        #expect(try categories("1、做好职工体检,关心职工健康。\n3月组织春游。", checkup) == [.weak])
        // A sentence broken over lines at a comma is no title of the next line.
        #expect(try categories("四、落实帮扶救助,职工体检,\n寒假慰问等各项工作。", checkup) == [.weak])
    }

    @Test func aRuleMayKeepTheHeadingAlone() throws {
        let rule = checkup + "\nweak_heading_scope: heading"
        #expect(try categories("6. 在职职工年度体检\n- 日期:10月下旬", rule) == [.weak])
    }

    @Test func wideScopesAreUnchanged() throws {
        // A section already holds the heading's sub-sections: the date under (一) counts there.
        let rule = checkup + "\nweak_scope: section"
        #expect(try categories("二、组织职工体检\n(一)3月开展三八节活动", rule) == [])
    }
}
