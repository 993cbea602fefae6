import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Section-path headings cut to forty characters, against `count` and `prefix`, with
/// combining marks and emoji sequences around the cut.
@Suite struct HeadingTextTests {
    @Test func shorteningAgreesWithCountingCharacters() {
        // Mostly ideographs, as headings are, so that both the scalar path and the
        // character path are taken; tone marks and combining accents attach across the cut.
        let alphabet = ["工", "工", "工", "、", "a", "e\u{301}", "👍🏽", "👨‍👩‍👧", "\u{301}", "\u{302A}", " "]
        var generator = TestRandom()
        var cut = 0
        for _ in 0..<2000 {
            let text = RandomText.joined(from: alphabet, count: 0...60, using: &generator)
            let expected = text.count > 40 ? String(text.prefix(40)) + "…" : text
            #expect(HeadingLabel.shortened(text) == expected)
            if expected != text { cut += 1 }
        }
        #expect(cut > 200)
        // Runs of simple characters reaching the cut, then anything: a combining mark right
        // after the 40th scalar must keep it whole.
        let simple = ["工", "、", "a", " ", "（", "—"]
        for _ in 0..<2000 {
            let text = RandomText.joined(from: simple, count: 36...44, using: &generator)
                + RandomText.joined(from: alphabet, count: 0...4, using: &generator)
            let expected = text.count > 40 ? String(text.prefix(40)) + "…" : text
            #expect(HeadingLabel.shortened(text) == expected, "\(text)")
        }
    }

    /// A heading's label made on its bytes reads as trimming and cutting its string does,
    /// with every kind of blank at both ends and marks or sequences around the cut.
    @Test func labelsFromBytesAgreeWithTheStringPath() {
        let blanks = [" ", "\t", "\u{A0}", "\u{1680}", "\u{2003}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}"]
        let alphabet = ["工", "工", "工", "、", "a", "（", "—", "e\u{301}", "👍🏽", "\u{302A}", " ", "\u{3000}"]
        var generator = TestRandom()
        for _ in 0..<3000 {
            let text = RandomText.joined(from: blanks, count: 0...3, using: &generator)
                + RandomText.joined(from: alphabet, count: 0...50, using: &generator)
                + RandomText.joined(from: blanks, count: 0...3, using: &generator)
            let label = Array(text.utf8).withUnsafeBufferPointer { HeadingLabel.label($0) }
            let expected = HeadingLabel.shortened(HeadingLabel.trimmingBlanks(text))
            #expect(label == expected && label.utf8.elementsEqual(expected.utf8), "\(text)")
        }
    }

    /// The listed blanks are tab and the space separators, over the whole BMP.
    @Test func blanksAreTabAndTheSpaceSeparators() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(HeadingLabel.isBlank(value) == (value == 0x09 || scalar.properties.generalCategory == .spaceSeparator), "U+\(String(value, radix: 16))")
        }
    }
}

/// Positions counted on from the last one asked for read as counting each from its line's
/// start, in any order of asking: along a line, back, across lines, past the end.
@Suite struct LintContextPositionTests {
    @Test func positionsAgreeWithTheDocumentsInAnyOrder() {
        let pieces = ["工", "会", "a", " ", "😀", "é", "、", "\n", "\n", "一、"]
        var generator = TestRandom()
        let pack = CompiledPack(pack: RulePack(rules: []))
        for _ in 0..<200 {
            let text = RandomText.joined(from: pieces, count: 0...80, using: &generator)
            let document = DocumentReader.document(text: text, path: "p.txt", format: .text)
            let context = LintContext(document: document, pack: pack, metadata: document.metadata)
            let count = document.normalized.count
            // Mostly rising runs, as a rule's findings come, with jumps back between them.
            var offset = 0
            for _ in 0..<60 {
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    offset = Int.random(in: 0...(count + 2), using: &generator)
                } else {
                    offset = min(count + 2, offset + Int.random(in: 0...6, using: &generator))
                }
                // Offsets that start scalars, as findings' do (or lie past the end).
                while offset < count, document.normalized[offset] & 0xC0 == 0x80 { offset += 1 }
                // Some asked without being remembered, as a pass's place is.
                let remembering = Int.random(in: 0..<5, using: &generator) != 0
                #expect(context.position(of: offset, remembering: remembering) == document.position(of: offset), "\(text) at \(offset)")
            }
        }
    }
}
