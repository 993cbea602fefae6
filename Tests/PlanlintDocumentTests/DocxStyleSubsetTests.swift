import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct DocxStyleSubsetTests {
    private static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    private static func styles(_ body: String) -> Data {
        Data("<?xml version=\"1.0\"?><w:styles \(namespace)><w:docDefaults/>\n\(body)\n</w:styles>".utf8)
    }

    /// A template's worth: a heading based on a base style that carries the outline level, a
    /// list style, and styles the plan never uses.
    private static let template = styles("""
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Base1"><w:name w:val="Base"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="Part"/><w:basedOn w:val='Base1'/></w:style>
        <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="character" w:styleId="Strong"/>
        <w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        """)

    @Test func keepsTheStylesNamedAndTheirAncestorsOnly() throws {
        let subset = try #require(DocxStyleSubset.keeping(["PartHeading", "ListItem"], of: Self.template))
        let text = String(decoding: subset, as: UTF8.self)
        for id in ["Normal", "Base1", "PartHeading", "ListItem"] { #expect(text.contains("w:styleId=\"\(id)\""), "\(id)") }
        for id in ["Quote", "Strong"] { #expect(!text.contains("w:styleId=\"\(id)\""), "\(id)") }
        #expect(text.hasPrefix("<?xml version=\"1.0\"?><w:styles"))
        #expect(text.hasSuffix("</w:styles>"))
    }

    /// What a used style reads as is the same from the subset as from the whole part.
    @Test func theUsedStylesReadTheSame() throws {
        let used: Set<String> = ["PartHeading", "ListItem", "Missing"]
        let whole = try DocxStylesParser.styles(Self.template, maxDepth: 64)
        let cut = try DocxStylesParser.styles(Self.template, maxDepth: 64, used: used)
        for id in used {
            #expect(cut.levels[id] == whole.levels[id], "\(id)")
            #expect(cut.numbering[id]?.numID == whole.numbering[id]?.numID, "\(id)")
        }
        #expect(cut.levels["PartHeading"] == 1)
        #expect(cut.numbering["ListItem"]?.numID == "4")
        #expect(cut.levels["Quote"] == nil && whole.levels["Quote"] == 0)
    }

    /// Anything of another shape is read whole: an entity in an id or a basedOn, something
    /// between the styles, a style left open, no w:styles root.
    @Test func partsOfAnotherShapeAreReadWhole() {
        let cases = [
            Self.styles("<w:style w:styleId=\"A&amp;B\"><w:name w:val=\"x\"/></w:style>"),
            Self.styles("<w:style w:styleId=\"A\"><w:basedOn w:val=\"B&amp;C\"/></w:style>"),
            Self.styles("<w:style w:styleId=\"A\"/><!-- a note --><w:style w:styleId=\"B\"/>"),
            Self.styles("<w:style w:styleId=\"A\"><w:name w:val=\"x\"/>"),
            Data("<x:styles \(Self.namespace)><x:style x:styleId=\"A\"/></x:styles>".utf8),
        ]
        for xml in cases {
            #expect(DocxStyleSubset.keeping(["A"], of: xml) == nil, "\(String(decoding: xml, as: UTF8.self))")
        }
    }

    /// A style without an id names nothing that could be left out, so it stays.
    @Test func aStyleWithoutAnIdStays() throws {
        let xml = Self.styles("<w:style w:type=\"paragraph\"><w:name w:val=\"odd\"/></w:style><w:style w:styleId=\"B\"/>")
        let text = String(decoding: try #require(DocxStyleSubset.keeping([], of: xml)), as: UTF8.self)
        #expect(text.contains("w:val=\"odd\"") && !text.contains("w:styleId=\"B\""))
    }
}
