import Testing
@testable import PlanlintDocument

/// Pinyin printed after characters is hidden scalar for scalar, and one annotation a line is
/// left for the residue rule where it splits no word.
@Suite struct PinyinAnnotationsTests {
    func hidden(_ text: String) -> String {
        String(decoding: PinyinAnnotations.hidden(in: Array(text.utf8)), as: UTF8.self)
    }

    func fillers(_ count: Int) -> String { String(repeating: "\u{1}", count: count) }

    @Test func hidesAnnotationsInsideWordsScalarForScalar() {
        let text = "加強(qiáng)組織領(lǐng)導(dǎo)，工會(huì)負責(zé)。"
        let result = hidden(text)
        // 強 and 領 stand before ideographs; 導 and 責 before punctuation, and 導's is not the
        // line's last, so only 責's stays.
        #expect(result == "加強\(fillers(7))組織領\(fillers(6))導\(fillers(5))，工會\(fillers(5))負責(zé)。")
        #expect(result.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test func eachLineKeepsItsLastAnnotationBeforePunctuationOrItsEnd() {
        let text = "一、指導(dǎo)思想\n二、主要任務(wù)\n三、保障措(cuò)施"
        let lines = hidden(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3)
        // Before an ideograph: hidden, so that 指导思想 and 保障措施 read whole.
        #expect(lines[0] == "一、指導\(fillers(5))思想")
        #expect(lines[1] == "二、主要任務(wù)")
        #expect(lines[2] == "三、保障措\(fillers(5))施")
    }

    @Test func theLastAnnotationStaysWhenNoneStandsBeforePunctuation() {
        #expect(hidden("工會(huì)工作") == "工會(huì)工作")
        #expect(hidden("工會(huì)工作計(jì)劃") == "工會\(fillers(5))工作計(jì)劃")
    }

    @Test func bracketsThatAreNotPinyinStay() {
        for text in [
            "组织职工参加VR(virtual reality)安全体验活动。", "开展“安康杯”(第十届)知识竞赛。", "由工会(x)负责，室温(℃)以上。",
            "英语单词é(é)不算。", "工会(abcdefghé)负责。", "工会(ABÁ)负责。", "工会()负责。",
        ] {
            #expect(hidden(text) == text)
        }
    }

    @Test func aTextWithoutAnnotationsIsReturnedAsItIs() {
        let bytes = Array("滨湖市总工会2025年工作计划\n一、指导思想".utf8)
        #expect(PinyinAnnotations.hidden(in: bytes) == bytes)
        #expect(!bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller))
    }

    @Test func fillersAreDroppedFromTextShownToPeople() {
        let document = DocumentReader.document(text: "工會(huì)工作計(jì)劃(huà)\n加強(qiáng)組織", path: "plan.txt", format: .text)
        #expect(document.normalized.contains(PinyinAnnotations.filler))
        #expect(document.text(0..<document.normalized.count) == "工会工作计划(huà)\n加强组织")
        // Lines and columns still map scalar for scalar onto the original.
        #expect(document.lines.count == 2)
        #expect(document.metadata.title == "工會(huì)工作計(jì)劃(huà)")
    }
}
