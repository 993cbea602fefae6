import PlanlintTestSupport
import Foundation
import Testing
import PlanlintDocument
@testable import PlanlintEngine
import PlanlintRules

/// The byte-level shortcuts checks take must agree with the scalar-level definitions they
/// replace, for every kind of white space.
@Suite struct TextMeasureTests {
    static let pieces = [
        "工会", "职代会", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
        "\u{2005}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "a", "1",
        "é", "…", "（一）", "𠀀", "\u{FEFF}", "\u{E000}",
    ]

    @Test func nonWhitespaceCountAgreesWithTheScalarProperty() {
        var generator = TestRandom()
        for _ in 0..<500 {
            let text = RandomText.joined(from: Self.pieces, count: 0...12, using: &generator)
            let expected = text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            #expect(SectionCheck.nonWhitespaceCount(Array(text.utf8)[...]) == expected, "\(text.unicodeScalars.map(\.value))")
            let limit = Int.random(in: 0...40, using: &generator)
            #expect(SectionCheck.nonWhitespaceCount(Array(text.utf8)[...], upTo: limit) == min(expected, limit))
        }
    }

    /// The white-space lists against the property, over every scalar below the
    /// supplementary planes (White_Space has none beyond).
    @Test func nonASCIIWhiteSpaceIsTheProperty() {
        for value in UInt32(0)...0x7F {
            #expect(UnicodeWhiteSpace.isASCII(UInt8(value)) == Unicode.Scalar(value)!.properties.isWhitespace, "U+\(value)")
        }
        for value in UInt32(0x80)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(UnicodeWhiteSpace.isNonASCII(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    /// The written-out lists are what the property and the normaliser give.
    @Test func writtenOutWhiteSpaceListsAreTheDerivedOnes() {
        let derived = (UInt32(0)...0x3000).filter { value in
            value < 0x80 ? UnicodeWhiteSpace.isASCII(UInt8(value)) : UnicodeWhiteSpace.isNonASCII(value)
        }
        #expect(UnicodeWhiteSpace.ranges.flatMap { $0 } == derived)
        #expect(zip(UnicodeWhiteSpace.ranges, UnicodeWhiteSpace.ranges.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
        // What ICU's `\s` can match in a normalised line: the white space normalisation
        // leaves as it is, but a line feed, which no line holds; space first.
        let normalisedWhiteSpace = UnicodeWhiteSpace.ranges.flatMap { $0 }
            .compactMap(Unicode.Scalar.init).map(String.init)
            .filter { $0 != "\n" && ScriptNormalizer.normalize($0) == $0 }
            .sorted { ($0 == " " ? 0 : 1, $0.unicodeScalars.first!.value) < ($1 == " " ? 0 : 1, $1.unicodeScalars.first!.value) }
        #expect(RegexLiterals.whiteSpace == normalisedWhiteSpace)
    }

    @Test func trimmingBlanksRemovesSpaceSeparatorsAndTabsAtBothEnds() {
        #expect(HeadingLabel.trimmingBlanks("\u{3000} 职代会\t") == "职代会")
        #expect(HeadingLabel.trimmingBlanks("\u{2005}一、 工作目标\u{A0}") == "一、 工作目标")
        #expect(HeadingLabel.trimmingBlanks(" \t\u{3000}") == "")
        #expect(HeadingLabel.trimmingBlanks("") == "")
        // Zero-width space and BOM are not white space in Unicode; line breaks are not blanks.
        #expect(HeadingLabel.trimmingBlanks("\u{200B}x\u{FEFF}") == "\u{200B}x\u{FEFF}")
        #expect(HeadingLabel.trimmingBlanks("\nx ") == "\nx")
    }
}
