import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct DocxDocumentFilterTests {
    private static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    private static func document(_ body: String) -> Data {
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(namespace)><w:body>\(body)</w:body></w:document>".utf8)
    }

    private static func filtered(_ body: String) -> String {
        String(decoding: DocxDocumentFilter.filtered(document(body)), as: UTF8.self)
    }

    /// A Word paragraph: revision ids, run formatting, a heading style, a hidden run, a
    /// numbered item and a section's page setup.
    private static let wordBody = """
        <w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:before="120" w:after="0"/>\
        <w:jc w:val="center"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr><w:r w:rsidRPr="00112233"><w:rPr>\
        <w:rFonts w:ascii="宋体" w:hAnsi="宋体"/><w:b/><w:sz w:val="32"/></w:rPr><w:t>一、指导思想</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr>\
        <w:t>隐藏</w:t></w:r><w:r><w:t xml:space="preserve"> 召开职代会 </w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:tab/>\
        <w:t>三月</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>
        <w:p/><w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440"/></w:sectPr>
        """

    @Test func leavesOutFormattingAndRevisionIds() {
        let text = Self.filtered(Self.wordBody)
        for gone in ["rsid", "w:spacing", "w:jc", "w:rFonts", "w:b/", "w:sz", "w:proofErr", "w:bookmark", "w:sectPr", "w:pgSz"] {
            #expect(!text.contains(gone), "\(gone)")
        }
        // Emptied of its formatting, a run's properties go; the hidden run's stay.
        #expect(!text.contains("<w:rPr></w:rPr>"))
        #expect(text.contains("<w:rPr><w:vanish/></w:rPr>"))
        // What the parser reads stays as written.
        for kept in ["<w:pStyle w:val=\"Heading1\"/>", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr>",
            "<w:t xml:space=\"preserve\"> 召开职代会 </w:t>", "<w:tab/>", "<w:p/>", "<w:p><w:pPr><w:pStyle"]
        {
            #expect(text.contains(kept), "\(kept)")
        }
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(Self.namespace)>"))
        #expect(text.hasSuffix("</w:body></w:document>"))
    }

    /// The paragraphs read from the filtered part are those read from the whole part.
    @Test func theParagraphsReadTheSame() throws {
        let body = Self.wordBody + """
            <mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">\
            <w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Fallback>\
            </mc:AlternateContent><w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="2000"/>\
            </w:tcPr><w:p><w:r><w:t>工作内容</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>三月</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
            <w:p><w:del w:id="1" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:t>留下</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>
            """
        let whole = Self.document(body)
        let cut = DocxDocumentFilter.filtered(whole)
        #expect(cut.count < whole.count)
        let fromWhole = try DocxParagraphParser.read(whole, maxDepth: 64, filtering: false)
        let fromCut = try DocxParagraphParser.read(whole, maxDepth: 64)
        #expect(fromCut.paragraphs.map(\.text) == fromWhole.paragraphs.map(\.text))
        #expect(fromCut.paragraphs.map(\.styleID) == fromWhole.paragraphs.map(\.styleID))
        #expect(fromCut.paragraphs.map(\.numID) == fromWhole.paragraphs.map(\.numID))
        #expect(fromCut.paragraphs.map(\.numLevel) == fromWhole.paragraphs.map(\.numLevel))
        #expect(fromCut.tableRows == fromWhole.tableRows)
        #expect(fromWhole.paragraphs.map(\.text).contains(" 召开职代会 \t三月"))
    }

    /// Whatever is not of the plain shape the filter reads gives the part back whole, so a
    /// malformed part fails to parse as it did.
    @Test(arguments: [
        "<w:p><w:r><w:t>未闭合</w:t></w:r>",  // an element left open
        "<w:p><w:r><w:t>错配</w:t></w:p></w:r>",  // end tags out of order
        "<w:p><w:sz w:val=\"28\"></w:p>",  // an element not ended before its parent
        "<w:p><w:r><w:t>值</w:t></w:r><w:sz w:val=\"28/></w:p>",  // a value not closed
        "<w:p><!ENTITY x \"y\"></w:p>",  // markup that is neither a comment nor CDATA
    ])
    func anUnreadableShapeIsLeftWhole(body: String) {
        let whole = Self.document(body)
        #expect(DocxDocumentFilter.filtered(whole) == whole)
    }

    /// An element the filter would leave out is kept as written when it is not plainly
    /// well-formed: the parser, not the filter, judges it.
    @Test func aDoubtfulEmptyElementIsKept() {
        for tag in ["<w:sz w:val=\"1\" w:val=\"2\"/>", "<w:sz w:val=\"&bad;\"/>", "<w:sz w:val=\"1\"w:x=\"2\"/>", "<w:s\u{00E9}z/>"] {
            #expect(Self.filtered("<w:p>\(tag)<w:r><w:t>字</w:t></w:r></w:p>").contains(tag), "\(tag)")
        }
        // An element whose attributes change how the rest is read keeps them.
        #expect(Self.filtered("<w:p xml:space=\"preserve\"><w:r><w:t>字</w:t></w:r></w:p>").contains("<w:p xml:space=\"preserve\">"))
    }

    @Test func commentsAndOtherEncodings() {
        let comment = Self.filtered("<w:p><!-- <w:sz/> --><w:r><w:sz w:val=\"2\"/><w:t>字</w:t></w:r></w:p>")
        #expect(comment.contains("<!-- <w:sz/> -->"))
        #expect(!comment.contains("<w:sz w:val"))
        let latin = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document><w:body><w:p><w:sz/></w:p></w:body></w:document>".utf8)
        #expect(DocxDocumentFilter.filtered(latin) == latin)
        // Nothing to leave out: the part itself.
        let bare = Self.document("<w:p><w:r><w:t>字</w:t></w:r></w:p>")
        #expect(DocxDocumentFilter.filtered(bare) == bare)
    }

    /// Runs that hold one text each read as one, once their formatting is gone; an empty run
    /// is left out; nothing is joined when a run is hidden.
    @Test func runsOfOneTextAreJoined() throws {
        let body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>召开</w:t></w:r><w:r><w:t>职代会</w:t></w:r><w:r><w:rPr></w:rPr></w:r>"
            + "<w:r><w:t> </w:t></w:r><w:r><w:t xml:space=\"preserve\"> 三月 </w:t></w:r></w:p>"
        let text = Self.filtered(body)
        #expect(text.contains("<w:p><w:r><w:t>召开职代会 </w:t></w:r><w:r><w:t xml:space=\"preserve\"> 三月 </w:t></w:r></w:p>"))
        let whole = Self.document(body)
        let fromWhole = try DocxParagraphParser.read(whole, maxDepth: 64, filtering: false)
        let fromCut = try DocxParagraphParser.read(whole, maxDepth: 64)
        #expect(fromCut.paragraphs.map(\.text) == fromWhole.paragraphs.map(\.text))
        let hidden = "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>可见</w:t></w:r></w:p>"
        #expect(Self.filtered(hidden).contains("</w:t></w:r><w:r><w:t>可见"))
        #expect(try DocxParagraphParser.read(Self.document(hidden), maxDepth: 64).paragraphs.map(\.text) == ["可见"])
    }
}
