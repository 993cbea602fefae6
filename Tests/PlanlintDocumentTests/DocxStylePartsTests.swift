import Foundation
import Testing
import ZIPFoundation

@testable import PlanlintDocument

/// styles.xml and numbering.xml are read only when a paragraph names a style or a list, and
/// styles.xml without its latent styles: what a document reads as must not change.
@Suite struct DocxStylePartsTests {
    private static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// A .docx of the given parts (name → XML), built with ZIPFoundation.
    private static func docx(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    private static func document(_ body: String) -> String {
        "<w:document \(namespace)><w:body>\(body)</w:body></w:document>"
    }

    /// A list style: paragraphs in style "ListHeading" are numbered 一、二、 by list 7.
    private static let styles = """
        <w:styles \(namespace)><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>\
        <w:latentStyles w:count="2"><w:lsdException w:name="heading 1" w:uiPriority="9"/><w:lsdException w:name="Title"/></w:latentStyles>\
        <w:style w:type="paragraph" w:styleId="ListHeading"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/></w:style></w:styles>
        """

    private static let numbering = """
        <w:numbering \(namespace)><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>\
        <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>
        """

    private static func read(_ body: String) throws -> PlanDocument {
        let data = try docx(["word/document.xml": document(body), "word/styles.xml": styles, "word/numbering.xml": numbering])
        return try DocumentReader.read(data: data, path: "parts.docx", format: .docx)
    }

    @Test func aListNamedOnlyByAParagraphsStyleIsStillNumbered() throws {
        let document = try Self.read("""
            <w:p><w:pPr><w:pStyle w:val="ListHeading"/></w:pPr><w:r><w:t>指导思想</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>正文。</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="ListHeading"/></w:pPr><w:r><w:t>主要任务</w:t></w:r></w:p>
            """)
        #expect(document.lines.originalLines == ["一、指导思想", "正文。", "二、主要任务"])
        #expect(document.headings.map(\.line) == [1, 3])
    }

    @Test func aListNamedByTheParagraphIsNumberedWithoutAnyStyle() throws {
        let document = try Self.read("""
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>指导思想</w:t></w:r></w:p>\
            <w:p><w:r><w:t>正文。</w:t></w:r></w:p>
            """)
        #expect(document.lines.originalLines == ["一、指导思想", "正文。"])
    }

    @Test func paragraphsNamingNeitherReadAsTheirText() throws {
        let document = try Self.read("<w:p><w:r><w:t>一、指导思想</w:t></w:r></w:p><w:p><w:r><w:t>正文。</w:t></w:r></w:p>")
        #expect(document.lines.originalLines == ["一、指导思想", "正文。"])
    }

    @Test func latentStylesAreCutAndTheStylesReadTheSame() throws {
        let full = Data(Self.styles.utf8)
        let trimmed = DocxStyleSubset.withoutLatentStyles(full)
        let text = String(decoding: trimmed, as: UTF8.self)
        #expect(!text.contains("lsdException") && !text.contains("latentStyles"))
        #expect(text.contains("</w:docDefaults><w:style w:type=\"paragraph\" w:styleId=\"ListHeading\">"))
        #expect(trimmed.count < full.count)
        let styles = try DocxStylesParser.styles(full, maxDepth: 64)
        #expect(styles.levels == ["ListHeading": 1, "Body": 0])
        #expect(styles.numbering["ListHeading"]?.numID == "7")
    }

    /// Only a whole element is cut: a self-closing one, or a part without one, stays as it is.
    @Test func anythingButOneWholeElementIsLeftAlone() {
        for xml in [
            "<w:styles \(Self.namespace)><w:latentStyles w:count=\"0\"/><w:style w:styleId=\"A\"/></w:latentStyles></w:styles>",
            "<w:styles \(Self.namespace)><w:style w:styleId=\"A\"/></w:styles>",
            "<w:styles \(Self.namespace)><w:latentStylesExtra></w:latentStyles></w:styles>",
            "<w:styles \(Self.namespace)><w:latentStyles>",
        ] {
            #expect(DocxStyleSubset.withoutLatentStyles(Data(xml.utf8)) == Data(xml.utf8), "\(xml)")
        }
    }
}
