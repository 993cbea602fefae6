import Foundation
import Testing

@testable import PlanlintDocument

/// A line break inside a paragraph (w:br: Shift+Enter, or a <br> pasted from a web page) ends
/// the line, as Word shows it and as the same plan's text has it; read as a space it glued the
/// next line's number or signature to the line before (scripts/docx-parity.py, `breaks`).
@Suite struct DocxLineBreakTests {
    private func read(_ body: String) throws -> PlanDocument {
        try DocumentReader.read(data: DocxHiddenTextTests.docx(body: body), path: "breaks.docx", format: .docx)
    }

    @Test func aBreakStartsALineAndTheNumberAfterItIsAHeading() throws {
        let document = try read("""
            <w:p><w:r><w:t>2024年工会工作计划</w:t></w:r></w:p>
            <w:p><w:r><w:t>一、指导思想</w:t><w:br/><w:t>坚持服务职工。</w:t><w:cr/><w:t>二、主要工作</w:t></w:r></w:p>
            """)
        #expect(document.lines.originalLines == ["2024年工会工作计划", "一、指导思想", "坚持服务职工。", "二、主要工作"])
        #expect(document.headings.compactMap(\.numbering).map(\.value) == [1, 2])
        #expect(document.headings.map(\.line) == [2, 4])
    }

    /// The paragraph's style (and so its heading level) belongs to its first line; the lines
    /// after a break are body text.
    @Test func theStyleStaysWithTheFirstLine() throws {
        let document = try read("""
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>民主管理</w:t><w:br/></w:r>\
            <w:r><w:t>全年召开两次职代会，审议工作报告。</w:t></w:r></w:p>
            """)
        #expect(document.lines.originalLines == ["民主管理", "全年召开两次职代会，审议工作报告。"])
        #expect(document.headings.map(\.line) == [1])
        #expect(document.headings.first?.source == .styled(level: 1))
    }

    /// A break before any text ends no line: LibreOffice writes a page break into the first
    /// run of the paragraph after it, and that paragraph keeps its heading style. A break in
    /// a hidden run is hidden with it.
    @Test func aLeadingOrHiddenBreakEndsNoLine() throws {
        let document = try read("""
            <w:p><w:r><w:t>正文一段。</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:br w:type="page"/></w:r><w:r><w:t>工作安排</w:t></w:r></w:p>
            <w:p><w:r><w:t>甲</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:br/><w:t>隐</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>
            """)
        #expect(document.lines.originalLines == ["正文一段。", "工作安排", "甲乙"])
        #expect(document.headings.first?.source == .styled(level: 1))
        #expect(document.headings.first?.line == 2)
    }

    /// A break in a table cell splits the cell's lines; the row still holds them all.
    @Test func aRowKeepsTheLinesItsCellsBreakInto() throws {
        let data = try DocxHiddenTextTests.docx(body: """
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>3月</w:t></w:r></w:p></w:tc>\
            <w:tc><w:p><w:r><w:t>召开职代会</w:t><w:br/><w:t>慰问困难职工</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """)
        let lines = try DocxReader.read(data: data, path: "row.docx", limits: DocumentLimits())
        #expect(lines.lines.strings == ["3月", "召开职代会", "慰问困难职工"])
        #expect(lines.tableRows == [0..<3])
    }
}
