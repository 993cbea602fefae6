import Foundation
import Testing

@testable import PlanlintDocument

/// Each encoding and container in the corpus reads to the same text as its UTF-8 original.
@Suite struct FormatEquivalenceTests {
    static let cases: [(String, String)] = ["003", "004"].flatMap { seed in
        [".gb18030.txt", ".utf16le-bom.txt", ".crlf.txt"].map { (seed, $0) }
    }

    @Test(arguments: cases)
    func textEncodingsMatchTheOriginal(seed: String, suffix: String) throws {
        let original = try DocumentReader.read(path: Fixtures.seed(seed))
        let variant = try DocumentReader.read(path: Fixtures.format(seed, suffix))
        #expect(variant.normalized == original.normalized)
        #expect(variant.headings == original.headings)
        #expect(variant.metadata == original.metadata)
    }

    @Test func encodingsAreDetected() throws {
        #expect(try DocumentReader.read(path: Fixtures.format("004", ".gb18030.txt")).source?.encoding == .gb18030)
        let utf16 = try DocumentReader.read(path: Fixtures.format("004", ".utf16le-bom.txt")).source
        #expect(utf16?.encoding == .utf16LittleEndian)
        #expect(utf16?.hasByteOrderMark == true)
        #expect(try DocumentReader.read(path: Fixtures.format("003", ".crlf.txt")).source?.lineEnding == .crlf)
    }

    private func nonEmptyLines(_ document: PlanDocument) -> [String] {
        (1...document.lines.count).map { document.text(document.lines.byteRange(ofLine: $0)) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test(arguments: ["003", "004"], [".libreoffice.docx", ".pandoc-headings.docx"])
    func docxParagraphsMatchTheOriginalLines(seed: String, suffix: String) throws {
        let original = try DocumentReader.read(path: Fixtures.seed(seed))
        let docx = try DocumentReader.read(path: Fixtures.format(seed, suffix))
        #expect(docx.format == .docx)
        #expect(nonEmptyLines(docx) == nonEmptyLines(original))
        #expect(docx.metadata.year == original.metadata.year)
        #expect(docx.schedule.entries.map(\.period) == original.schedule.entries.map(\.period))
    }

    @Test func pandocHeadingStylesBecomeStyledHeadings() throws {
        let docx = try DocumentReader.read(path: Fixtures.format("004", ".pandoc-headings.docx"))
        let styled = docx.headings.filter { if case .styled = $0.source { true } else { false } }
        #expect(!styled.isEmpty)
        for heading in styled {
            guard let numbering = heading.numbering else { continue }
            if numbering.style == .chinese { #expect(heading.source == .styled(level: 2)) }
            if numbering.style == .parenChinese { #expect(heading.source == .styled(level: 3)) }
        }
        let original = try DocumentReader.read(path: Fixtures.seed("004"))
        #expect(docx.headings.map(\.numbering) == original.headings.map(\.numbering))
    }
}
