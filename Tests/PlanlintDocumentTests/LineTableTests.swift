import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct LineTableTests {
    @Test func columnsCountScalarsOfTheOriginal() throws {
        let document = DocumentReader.document(text: "学校工会\n二、關心職工，ＡＢ计划")
        let offset = try #require(document.text(0..<document.normalized.count).utf8.firstIndex(of: UInt8(ascii: "A")))
        let byteOffset = document.text(0..<document.normalized.count).utf8.distance(
            from: document.text(0..<document.normalized.count).utf8.startIndex, to: offset)
        let position = document.position(of: byteOffset)
        #expect(position == SourcePosition(line: 2, column: 8))
        let original = Array(document.lines.originalText(ofLine: 2).unicodeScalars)
        #expect(original[position.column - 1] == "Ａ")
        #expect(document.originalLine(containing: byteOffset) == "二、關心職工，ＡＢ计划")
    }

    @Test func lineRangesExcludeTerminators() {
        let table = LineTable(normalized: Array("甲\n\n乙丙".utf8), originalLines: ["甲", "", "乙丙"])
        #expect(table.count == 3)
        #expect(table.byteRange(ofLine: 2) == 4..<4)
        #expect(table.byteRange(ofLine: 3) == 5..<11)
        #expect(table.line(of: 10) == 3)
        #expect(table.line(of: 99) == 3)
    }

    @Test func lineStartsFollowEveryLineFeed() {
        let alphabet = Array("\n工a".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<300 {
            let text = RandomText.scalars(from: alphabet, length: 0...20, using: &generator)
            let bytes = Array(text.utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let table = LineTable(normalized: bytes, originalLines: lines)
            let expected = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            #expect(table.starts == expected)
            #expect(table.count == lines.count)
        }
    }
}
