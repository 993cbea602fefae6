import PlanlintTestSupport
import Testing
import PlanlintDocument
@testable import PlanlintEngine

/// Scalar positions in an original line from its checkpoints, against walking the scalars.
@Suite struct OriginalLineTests {
    @Test func byteOffsetsAgreeWithAScalarWalk() {
        let alphabet = Array("a 工\u{3000}é😀\t、".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<200 {
            let text = RandomText.scalars(from: alphabet, length: 0...300, using: &generator)
            let line = OriginalLine(text)
            #expect(line.scalarCount == text.unicodeScalars.count)
            var offset = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(line.byteOffset(ofScalar: index) == offset)
                offset += scalar.utf8.count
            }
            #expect(line.byteOffset(ofScalar: line.scalarCount) == text.utf8.count)
        }
    }

    /// A line taken from a whole text reads as the line on its own, and its excerpts are its
    /// bytes between the offsets, with the ellipses asked for.
    @Test func linesOfATextCutLikeLinesOnTheirOwn() {
        let alphabet = Array("a 工\u{3000}é😀\n".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<200 {
            let text = RandomText.scalars(from: alphabet, length: 0...200, using: &generator)
            let lines = TextLines(text: text)
            for index in 0..<lines.count {
                let own = OriginalLine(lines[index])
                let cut = OriginalLine(lines: lines, index: index)
                #expect(cut.bytes == own.bytes && cut.checkpoints == own.checkpoints && cut.scalarCount == own.scalarCount)
                let upper = cut.byteOffset(ofScalar: Int.random(in: 0...cut.scalarCount, using: &generator))
                let lower = cut.byteOffset(ofScalar: Int.random(in: 0...cut.scalarCount, using: &generator))
                let range = min(lower, upper)..<max(lower, upper)
                for (opening, closing) in [(false, false), (true, false), (false, true), (true, true)] {
                    let excerpt = cut.bytes.withUnsafeBufferPointer {
                        EvidenceExcerpt.text($0, from: range.lowerBound, to: range.upperBound, opening: opening, closing: closing)
                    }
                    let expected = (opening ? "…" : "") + String(decoding: lines[index].utf8.dropFirst(range.lowerBound).prefix(range.count), as: UTF8.self) + (closing ? "…" : "")
                    #expect(excerpt == expected && excerpt.utf8.elementsEqual(expected.utf8))
                }
            }
        }
    }
}
