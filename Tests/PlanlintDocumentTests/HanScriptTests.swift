import Testing
@testable import PlanlintDocument

@Suite struct HanScriptTests {
    private func script(_ text: String) -> HanScript {
        Array(text.utf8).withUnsafeBufferPointer { HanScript.of(utf8: $0) }
    }

    private func holds(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { HanScript.holdsTraditional(utf8: $0) }
    }

    @Test func tellsTraditionalPlansFromSimplifiedOnes() {
        #expect(script("某某公司工會2025年工作計劃：團結廣大職工，辦好職工之家。") == .traditional)
        #expect(script("某某公司工会2025年工作计划：团结广大职工，办好职工之家。") == .simplified)
        // A simplified plan quoting one traditional name is mixed: only that stretch counts.
        #expect(script("邀请台湾“國立”大学的老师为职工举办讲座，全年组织三次培训，做好工会经费预算。") == .mixed)
        // A page compiling a simplified plan and a shorter traditional one is mixed too.
        #expect(script("工会工作计划。团结广大职工，办好职工之家，做好经费预算。工會工作計劃。") == .mixed)
        // No Han characters at all: nothing to rewrite.
        #expect(script("2025 plan") == .simplified)
    }

    @Test func onlyTheOpeningIsRead() {
        let opening = String(repeating: "工会工作计划，团结职工。", count: 400)
        #expect(Array(opening.utf8).count > HanScript.sampleBytes)
        #expect(script(opening + "工會職工團結") == .simplified)
        #expect(script("工會職工團結" + opening) == .mixed)
    }

    @Test func spellsSimplifiedWordsInTraditionalCharacters() {
        #expect(HanScript.traditional("服务广大职工") == "服務廣大職工")
        #expect(HanScript.traditional("巩固和发展后勤") == "鞏固和發展後勤")
        #expect(HanScript.traditional("“会员”2025 ok") == "“會員”2025 ok")
        #expect(HanScript.traditional("") == "")
    }

    @Test func findsTraditionalCharactersInAStretch() {
        #expect(holds("效勞"))
        #expect(!holds("效劳 service，“服务”"))
    }
}
