import PlanlintDocument
import Testing
@testable import PlanlintEngine

/// `require` in a plan run into one long line (a web page flattened): a date of one item no
/// longer dates a mention in another, while a paragraph of an ordinary plan keeps its reach.
@Suite struct RequireGluedScopeTests {
    let checkup = "kind: require\nmatch: [体检]\nweak_unless: [time, number]"
    let congress = "kind: require\nmatch: [教代会]\nwith: [召开]\nweak_unless: [time]\nweak_scope: sentence"
    /// About 150 characters of prose with no figure, no date and no item marker.
    let filler = String(repeating: "坚持以职工为中心,不断提高服务水平,切实增强工会组织的吸引力和凝聚力,", count: 5)

    private func categories(_ text: String, _ rule: String) throws -> [FindingCategory] {
        try LintTestSupport.lint(text, rule: rule).findings.map(\.category)
    }

    @Test func aDateOfAnotherItemOfALongLineDatesNothing() throws {
        let glued = "全年工作安排如下,1、三月召开教代会," + filler + "2、组织职工体检," + filler
        #expect(try categories(glued, checkup) == [.weak])
        // Its own item's date counts, however far into the item.
        #expect(try categories("全年工作安排如下,1、组织职工体检," + filler + "十月底前完成,2、召开教代会," + filler, checkup) == [])
        // 一是 二是 cut the line into items too.
        #expect(try categories(filler + "一是三月召开教代会;二是组织职工体检;" + filler, checkup) == [.weak])
    }

    @Test func aLongItemLooksInTheSentencesAroundTheMention() throws {
        #expect(try categories(filler + "今年三月召开教代会。" + filler + "。做好职工体检工作。" + filler, checkup) == [.weak])
        #expect(try categories(filler + "。今年十月组织职工体检。" + filler, checkup) == [])
        // The next sentence gives the mention's details, as in a paragraph.
        #expect(try categories(filler + "。组织职工体检。定于十月完成。" + filler, checkup) == [])
    }

    @Test func aSentenceRunOnWithCommasLooksInItsClauses() throws {
        let far = filler + "时间定于三月上旬," + filler + "召开教代会,审议工会工作报告," + filler
        #expect(try categories(far, congress) == [.weak])
        let near = filler + "召开教代会,审议工会工作报告,时间定于三月上旬," + filler
        #expect(try categories(near, congress) == [])
    }

    @Test func traditionalScriptReadsTheSame() throws {
        let glued = "全年工作安排如下,1、三月召開教代會," + filler + "2、組織職工體檢," + filler
        #expect(try categories(glued, checkup) == [.weak])
    }

    @Test func ordinaryParagraphsKeepTheirReach() throws {
        // A paragraph of ordinary length: a date of its other sentence counts, as before.
        #expect(try categories("做好职工体检工作,关心职工健康。全年安排在十月完成。", checkup) == [])
        // A heading whose line reads on titles the sentences after it, in a long line too,
        // up to a paragraph's length.
        #expect(try categories(filler + "。3、组织职工体检。做好准备工作。体检定于十月举行。" + filler + filler, checkup) == [])
        #expect(try categories(filler + "。3、组织职工体检。" + filler + "。" + filler + "。时间定于十月。", checkup) == [.weak])
    }
}
