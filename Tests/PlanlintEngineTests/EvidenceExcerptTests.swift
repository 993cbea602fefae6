import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Evidence windows cut by stepping from the finding, against cutting an array of the
/// line's scalars, and the same evidence whether or not the normaliser changed the line.
@Suite struct EvidenceExcerptTests {
    /// The window as scalar indices: 30 before the finding, the finding and 30 after, leading
    /// blanks dropped unless they are all there is before the finding.
    static func reference(_ line: [Unicode.Scalar], start: Int, scalars: Int) -> (String, Int, Int) {
        let radius = EvidenceExcerpt.radius
        let matchLength = max(1, scalars)
        let startIndex = min(max(0, start), line.count)
        var from = max(0, startIndex - radius)
        let to = min(line.count, startIndex + matchLength + radius)
        var column = startIndex - from + 1
        let cut = from > 0
        var leading = 0
        while from + leading < to, [" ", "\t", "\u{3000}"].contains(line[from + leading]) { leading += 1 }
        if leading > 0 && leading < column {
            from += leading
            column -= leading
        }
        var text = String(String.UnicodeScalarView(line[from..<to]))
        if cut {
            text = "…" + text
            column += 1
        }
        if to < line.count { text += "…" }
        let textLength = (cut ? 1 : 0) + (to - from) + (to < line.count ? 1 : 0)
        return (text, column, min(matchLength, max(1, textLength - column + 1)))
    }

    @Test func agreesWithCuttingTheScalars() {
        let alphabet = Array("工会a  \t\u{3000}é😀、".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<2_000 {
            let line = Array(RandomText.scalars(from: alphabet, length: 0...120, using: &generator).unicodeScalars)
            let bytes = Array(String(String.UnicodeScalarView(line)).utf8)
            let start = Int.random(in: 0...line.count, using: &generator)
            let scalars = Int.random(in: 0...12, using: &generator)
            let offset = line[..<start].reduce(0) { $0 + $1.utf8.count }
            // The excerpt both as a string and as stored for a finding, which must read the same.
            let arena = FindingStore()
            let (cut, text, stored) = bytes.withUnsafeBufferPointer { line in
                let cut = EvidenceExcerpt(line: line, start: offset, scalars: scalars)
                return (cut, cut.text(in: line), cut.stored(from: line, in: arena).text)
            }
            let expected = Self.reference(line, start: start, scalars: scalars)
            #expect(text == expected.0 && cut.column == expected.1 && cut.length == expected.2, "\(line) at \(start)")
            #expect(stored.utf8.elementsEqual(text.utf8), "\(line) at \(start)")
        }
    }

    /// A plan in traditional script is linted on its simplified form, but its evidence is its
    /// own text, cut at the same window as the simplified plan's.
    @Test func changedLinesShowTheOriginalTextAtTheSameWindow() throws {
        let rule = "kind: forbid\nmatch: [效劳]"
        let filler = String(repeating: "为全体职工做好各项工作，", count: 4)
        let simplified = "某某县总工会2025年工作计划\n\(filler)全心全意为广大职工效劳，\(filler)\n"
        let traditional = "某某縣總工會2025年工作計劃\n\(filler.replacingOccurrences(of: "为", with: "為").replacingOccurrences(of: "职", with: "職").replacingOccurrences(of: "项", with: "項"))全心全意為廣大職工效勞，\(filler.replacingOccurrences(of: "为", with: "為"))\n"
        let plain = try #require(try LintTestSupport.lint(simplified, rule: rule).findings.first)
        let original = try #require(try LintTestSupport.lint(traditional, rule: rule).findings.first)
        #expect(plain.evidence.contains("效劳") && plain.evidence.hasPrefix("…") && plain.evidence.hasSuffix("…"))
        #expect(original.evidence.contains("效勞") && original.evidence.contains("廣大職工"))
        #expect(original.evidence.unicodeScalars.count == plain.evidence.unicodeScalars.count)
        #expect(original.evidenceColumn == plain.evidenceColumn && original.evidenceLength == plain.evidenceLength)
        #expect(original.start == plain.start && original.end == plain.end)
    }
}
