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
