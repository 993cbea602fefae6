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
        // The CRLF copy ends with a lone terminator the original lacks: compare without trailing empty lines.
        #expect(trimmedLines(variant) == trimmedLines(original))
        #expect(variant.headings == original.headings)
        #expect(variant.metadata == original.metadata)
        #expect(variant.enumerations == original.enumerations)
    }

    private func trimmedLines(_ document: PlanDocument) -> [String] {
        var lines = (1...document.lines.count).map { document.text(document.lines.byteRange(ofLine: $0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
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

    @Test(arguments: ["003", "004"])
    func libreOfficeParagraphsMatchTheOriginalLines(seed: String) throws {
        let original = try DocumentReader.read(path: Fixtures.seed(seed))
        let docx = try DocumentReader.read(path: Fixtures.format(seed, ".libreoffice.docx"))
        #expect(docx.format == .docx)
        let lines = nonEmptyLines(original)
        let paragraphs = nonEmptyLines(docx)
        #expect(paragraphs.count == lines.count)
        #expect(paragraphs == lines)
        #expect(docx.metadata == original.metadata)
        #expect(docx.headings.map(\.numbering) == original.headings.map(\.numbering))
        #expect(docx.schedule.entries.map(\.period) == original.schedule.entries.map(\.period))
    }

    /// pandoc read the plain text as Markdown: "1. " items became Word list numbering (rendered
    /// back as "1.<tab>"), "- " bullets became bullet lists, and _ ... ' became emphasis and
    /// typographic punctuation, so only those lines may differ.
    @Test(arguments: ["003", "004"])
    func pandocParagraphsMatchTheOriginalLines(seed: String) throws {
        let original = try DocumentReader.read(path: Fixtures.seed(seed))
        let docx = try DocumentReader.read(path: Fixtures.format(seed, ".pandoc-headings.docx"))
        let lines = nonEmptyLines(original)
        let paragraphs = nonEmptyLines(docx)
        #expect(paragraphs.count == lines.count)
        for (line, paragraph) in zip(lines, paragraphs) where !line.contains(where: { "_'‘`".contains($0) }) {
            let expected = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
            #expect(paragraph.replacingOccurrences(of: "\t", with: " ") == expected)
        }
        #expect(docx.schedule.entries.map(\.period) == original.schedule.entries.map(\.period))
    }

    @Test func pandocHeadingStylesBecomeStyledHeadings() throws {
        let docx = try DocumentReader.read(path: Fixtures.format("004", ".pandoc-headings.docx"))
        let styled = docx.headings.filter { if case .styled = $0.source { true } else { false } }
        #expect(styled.count >= 10)
        for heading in styled {
            guard let numbering = heading.numbering else { continue }
            if numbering.style == .chinese { #expect(heading.source == .styled(level: 2)) }
            if numbering.style == .parenChinese { #expect(heading.source == .styled(level: 3)) }
        }
        // The same numbered headings as the text, the list-numbered site notice included.
        let original = try DocumentReader.read(path: Fixtures.seed("004"))
        #expect(docx.headings.map(\.numbering) == original.headings.map(\.numbering))
        let months = docx.headings.filter { $0.numbering?.style == .month }
        let chineseDepth = styled.first { $0.numbering?.style == .chinese }?.depth
        #expect(months.allSatisfy { $0.depth == (chineseDepth ?? 0) + 1 })
    }
}
