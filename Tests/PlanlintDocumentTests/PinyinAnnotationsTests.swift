import Testing
@testable import PlanlintDocument

/// Pinyin printed after characters is hidden scalar for scalar, and where it lay is kept.
@Suite struct PinyinAnnotationsTests {
    func hiding(_ text: String) -> (String, [Range<Int>]) {
        let (bytes, ranges) = PinyinAnnotations.hiding(in: Array(text.utf8))
        return (String(decoding: bytes, as: UTF8.self), ranges)
    }

    func fillers(_ count: Int) -> String { String(repeating: "\u{1}", count: count) }

    @Test func hidesEveryAnnotationScalarForScalar() {
        let text = "加強(qiáng)組織領(lǐng)導(dǎo)，工會(huì)負責(zé)。\n二、主要任務(wù)"
        let (result, ranges) = hiding(text)
        #expect(result == "加強\(fillers(7))組織領\(fillers(6))導\(fillers(5))，工會\(fillers(5))負責\(fillers(4))。\n二、主要任務\(fillers(4))")
        #expect(result.unicodeScalars.count == text.unicodeScalars.count)
        #expect(result.split(separator: "\n").count == 2)
        // The ranges are where the fillers now lie, one per annotation.
        let bytes = Array(result.utf8)
        #expect(ranges.count == 6)
        #expect(ranges.map(\.count) == [7, 6, 5, 5, 4, 4])
        for range in ranges { #expect(bytes[range].allSatisfy { $0 == PinyinAnnotations.filler }) }
        #expect(ranges.reduce(0) { $0 + $1.count } == bytes.filter { $0 == PinyinAnnotations.filler }.count)
    }

    @Test func bracketsThatAreNotPinyinStay() {
        for text in [
            "组织职工参加VR(virtual reality)安全体验活动。", "开展“安康杯”(第十届)知识竞赛。", "由工会(x)负责，室温(℃)以上。",
            "英语单词é(é)不算。", "工会(abcdefghé)负责。", "工会(ABÁ)负责。", "工会()负责。",
        ] {
            expectNoAnnotation(in: text)
        }
    }

    private func expectNoAnnotation(in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (result, ranges) = hiding(text)
        #expect(result == text, sourceLocation: sourceLocation)
        #expect(ranges.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func readingsOfAPolyphoneAndNeutralTonesAreAnnotationsToo() {
        // A converter that prints every reading of a polyphone separates them by slashes;
        // a particle's neutral tone carries no mark. (Normalised text: 會 arrives as 会.)
        let text = "工会要(yào / yāo)求大家一(yī / yì /yí)起学习了(le/liǎo)工会的(de)章程"
        let (result, ranges) = hiding(text)
        #expect(result == "工会要\(fillers(11))求大家一\(fillers(13))起学习了\(fillers(9))工会的\(fillers(4))章程")
        #expect(ranges.count == 4)
    }

    @Test func slashesAndTonelessSyllablesNeedTheirShape() {
        for text in [
            // No toned reading, or a toneless syllable after a character it is not the tone of.
            "工会(de/di)负责。", "选派代表(de)参加。", "工会的(di)论述。",
            // A slash without a reading on one side, five readings, or a space inside a reading.
            "要(/yào)求", "要(yào/)求", "要(a/b/c/d/yāo)求", "要(yà o)求",
        ] {
            expectNoAnnotation(in: text)
        }
    }

    @Test func aTextWithoutAnnotationsIsReturnedAsItIs() {
        let bytes = Array("滨湖市总工会2025年工作计划\n一、指导思想".utf8)
        #expect(PinyinAnnotations.hiding(in: bytes).text == bytes)
        #expect(!bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller))
    }

    @Test func fillersAreDroppedFromTextShownToPeople() {
        let document = DocumentReader.document(text: "工會(huì)工作計(jì)劃(huà)\n加強(qiáng)組織", path: "plan.txt", format: .text)
        #expect(document.normalized.contains(PinyinAnnotations.filler))
        #expect(document.text(0..<document.normalized.count) == "工会工作计划\n加强组织")
        #expect(document.pinyinAnnotations.count == 4)
        // Lines and columns still map scalar for scalar onto the original.
        #expect(document.lines.count == 2)
        #expect(document.metadata.title == "工會(huì)工作計(jì)劃(huà)")
    }
}
