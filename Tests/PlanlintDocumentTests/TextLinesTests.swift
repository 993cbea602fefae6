import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct TextLinesTests {
    @Test func cutsOnEveryTerminatorAndKeepsByteRanges() {
        let lines = TextLines(text: "甲\r\n乙\n丙\r丁")
        #expect(lines.count == 4)
        #expect(lines.strings == ["甲", "乙", "丙", "丁"])
        #expect(lines.byteRange(ofLine: 1) == 5..<8)
        #expect(TextLines(text: "").strings == [""])
        #expect(TextLines(text: "甲\n").strings == ["甲", ""])
    }

    @Test func linesGivenOneByOneKeepTheirBounds() {
        // A paragraph may hold a break of its own; it stays one line.
        let lines = TextLines(lines: ["第一段", "", "含\n换行"])
        #expect(lines.count == 3)
        #expect(lines[2] == "含\n换行")
        #expect(lines.strings == ["第一段", "", "含\n换行"])
        #expect(TextLines(lines: []).strings == [""])
    }

    @Test func findsBytesAnywhereInTheText() {
        let lines = TextLines(text: "正文\n<!-- planlint-disable -->")
        #expect(lines.contains(Array("planlint-".utf8)))
        #expect(!lines.contains(Array("planlint-x".utf8)))
    }

    /// Lines cut scalar by scalar: CR LF, LF and CR each end one.
    private func reference(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        return lines + [String(current)]
    }

    /// The lines of a document read from a file are the lines of its text, for random text.
    @Test func documentsKeepTheOriginalLines() {
        let alphabet = Array("\n\r甲乙 a，".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<300 {
            let text = RandomText.scalars(from: alphabet, length: 0...16, using: &generator)
            let document = DocumentReader.document(text: text)
            #expect(document.lines.originalLines == reference(text))
            #expect(document.lines.count == document.lines.original.count)
        }
    }
}
