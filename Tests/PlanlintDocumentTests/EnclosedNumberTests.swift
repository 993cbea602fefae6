import Foundation
import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

/// Numbers written as one enclosed character (① ⑴ ⒈ ❶ ➀), in plain text, Markdown and Word's
/// automatic lists.
@Suite struct EnclosedNumberTests {
    private func leading(_ text: String) -> NumberMarker? {
        let scanner = ScalarScanner(bytes: ScriptNormalizer.normalizedBytes(text))
        return NumberingScanner.leadingMarker(scanner, at: 0, end: scanner.bytes.count)
    }

    @Test(arguments: [
        ("①师德教育", NumberingStyle.circled, 1), ("⑳其他", .circled, 20), ("❸开展培训", .circled, 3), ("➀学习", .circled, 1),
        ("➓总结", .circled, 10), ("⓬慰问", .circled, 12), ("⓶检查", .circled, 2), ("㉑其他", .circled, 21), ("㊿其他", .circled, 50),
        ("⑴学习规定", .parenArabic, 1), ("⒇其他", .parenArabic, 20), ("⒈加强学习", .arabic, 1), ("⒛其他", .arabic, 20),
        // A figure may follow at once: ① is never part of a number.
        ("③3月召开教代会", .circled, 3),
        // Traditional script reads the same.
        ("⑵督查教代會提案", .parenArabic, 2), ("②評選最滿意教師", .circled, 2),
    ])
    func readsEnclosedNumbers(text: String, style: NumberingStyle, value: Int) {
        #expect(leading(text)?.numbering == Numbering(style: style, value: value))
    }

    /// The 、 or . some typists add after the circle (①、) belongs to the number, not to the
    /// heading's words; a . before a figure does not.
    @Test func markerTakesTheCommaAfterIt() throws {
        let scanner = ScalarScanner(bytes: ScriptNormalizer.normalizedBytes("①、师德教育"))
        let marker = try #require(NumberingScanner.leadingMarker(scanner, at: 0, end: scanner.bytes.count))
        #expect(marker.range == 0..<6)
        #expect(leading("②.评选")?.range == 0..<4)
        #expect(leading("②.5万元")?.range == 0..<3)
        #expect(leading("⒉落实")?.range == 0..<3)
    }

    /// Neighbours of the blocks that are no numbers.
    @Test(arguments: ["⓪开始", "♪歌唱", "※注意", "─────"])
    func ignoresOtherSymbols(text: String) {
        #expect(leading(text) == nil)
    }

    @Test func everyEnclosedScalarMapsOntoItsValue() {
        let families: [(ClosedRange<UInt32>, NumberingStyle, Int)] = [
            (0x2460...0x2473, .circled, 1), (0x2474...0x2487, .parenArabic, 1), (0x2488...0x249B, .arabic, 1),
            (0x24EB...0x24F4, .circled, 11), (0x24F5...0x24FE, .circled, 1), (0x2776...0x277F, .circled, 1),
            (0x2780...0x2789, .circled, 1), (0x278A...0x2793, .circled, 1), (0x3251...0x325F, .circled, 21),
            (0x32B1...0x32BF, .circled, 36),
        ]
        for (range, style, first) in families {
            for scalar in range {
                #expect(EnclosedNumber.isCandidate(scalar))
                #expect(EnclosedNumber.numbering(of: scalar) == Numbering(style: style, value: first + Int(scalar - range.lowerBound)))
            }
        }
        for value in 1...50 {
            let circle = EnclosedNumber.circled(value)!.unicodeScalars.first!.value
            #expect(EnclosedNumber.numbering(of: circle) == Numbering(style: .circled, value: value))
        }
        #expect(EnclosedNumber.circled(51) == nil)
        #expect(EnclosedNumber.fullStop(3) == "⒊")
    }

    /// ① items at the start of lines are headings of their own level, under 1、, and a
    /// section for each.
    @Test func circledItemsAreHeadingsBelowArabicItems() {
        let doc = DocumentReader.document(text: "一、加强三大建设\n1、教师队伍建设\n①、师德教育月，完善档案\n②、评选最满意教师\n2、教代会制度建设\n①、学习规定")
        #expect(doc.headings.map { $0.numbering!.style } == [.chinese, .arabic, .circled, .circled, .arabic, .circled])
        #expect(doc.headings.map(\.depth) == [1, 2, 3, 3, 2, 3])
        #expect(doc.headings.map { doc.text($0.titleRange) }[2] == "师德教育月，完善档案".replacingOccurrences(of: "，", with: ","))
    }

    /// Inside a line an enclosed number opens an item where (1) would (after 。；： or a
    /// space), and after a comma or 、 too, as it is never a word; after a character it does not.
    @Test func inlineEnclosedNumbersOpenItems() {
        let doc = DocumentReader.document(text: "2、做好常规工作。⑴开展节日活动。⑵督查提案落实。⑶协调劳动关系")
        #expect(doc.headings.map { doc.text($0.range).prefix(2) } == ["2、", "⑴开", "⑵督", "⑶协"])
        let commas = DocumentReader.document(text: "重点做好三项：①师德教育；②业务培训，④工会宣传、⑤其他")
        #expect(commas.headings.map { $0.numbering!.value } == [1, 2, 4, 5])
        let glued = DocumentReader.document(text: "根据工会法第三条①的规定开展工作。")
        #expect(glued.headings.isEmpty)
    }

    /// Word's circled and full-stop lists render as Word shows them and become headings.
    @Test func docxEnclosedListsMakeHeadings() throws {
        let numbering = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>\
            <w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedFullstop"/><w:lvlText w:val="%2"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        func paragraph(_ text: String, level: Int) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = "<w:p><w:r><w:t>城南小学工会工作计划</w:t></w:r></w:p>" + paragraph("师德教育", level: 0) + paragraph("组织学习", level: 1)
            + paragraph("開展評選", level: 1) + paragraph("业务培训", level: 0)
        let document = Data(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
            + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>").utf8)
        let docx = ZipWriter.archive([("word/document.xml", .stored(document)), ("word/numbering.xml", .stored(Data(numbering.utf8)))])
        let plan = try DocumentReader.read(data: docx, path: "plan.docx", format: .docx)
        #expect(plan.lines.originalLines == ["城南小学工会工作计划", "①师德教育", "⒈\t组织学习", "⒉\t開展評選", "②业务培训"])
        #expect(plan.headings.map { $0.numbering! } == [
            Numbering(style: .circled, value: 1), Numbering(style: .arabic, value: 1), Numbering(style: .arabic, value: 2),
            Numbering(style: .circled, value: 2),
        ])
        #expect(plan.headings.map(\.depth) == [1, 2, 2, 1])
    }
}
