import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct DocxElementNameTests {
    @Test func everyCaseIsFoundByItsOwnLocalName() {
        for element in DocxElementName.allCases where element != .other {
            #expect(DocxElementName(qualified: "w:" + element.localName) == element)
            #expect(DocxElementName(qualified: element.localName) == element)
        }
    }

    @Test func thePrefixIsWhateverPrecedesTheLastColon() {
        #expect(DocxElementName(qualified: "mc:Fallback") == .fallback)
        #expect(DocxElementName(qualified: "a:b:pPr") == .pPr)
        #expect(DocxElementName(qualified: "w14:p") == .p)
    }

    /// Names that share a length or a start with a known one, a different case, an empty
    /// local name and text that is not ASCII are all other elements.
    @Test func lookalikesAreOtherElements() {
        for name in ["w:P", "w:pp", "w:ppr", "w:rPrChange", "w:", "", ":", "w:fallback", "w:numIds", "w:段落", "w:tbl", "w:sectPr"] {
            #expect(DocxElementName(qualified: name) == .other, "\(name)")
        }
    }

    /// Parsing reads names through this type: a paragraph style given under another prefix
    /// than w: (as some converters write) still names the paragraph's style.
    @Test func aPartWithAnotherPrefixReadsTheSame() throws {
        let xml = """
            <x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>\
            <x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr><x:r><x:t>一、指导思想</x:t></x:r></x:p>\
            <x:p><x:r><x:t>正文</x:t><x:tab/><x:t>第二段</x:t></x:r></x:p></x:body></x:document>
            """
        let reading = try DocxParagraphParser.read(Data(xml.utf8), maxDepth: 64)
        #expect(reading.paragraphs.map(\.text) == ["一、指导思想", "正文\t第二段"])
        #expect(reading.paragraphs.map(\.styleID) == ["Heading1", nil])
    }
}
