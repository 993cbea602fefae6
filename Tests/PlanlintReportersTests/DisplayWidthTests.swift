import PlanlintReporters
import Testing

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of("abc 123") == 7)
    }

    @Test func cjkAndFullWidthPunctuationAreTwoColumns() {
        #expect(DisplayWidth.of("工会") == 4)
        #expect(DisplayWidth.of("，。：（）") == 10)
        #expect(DisplayWidth.of("\u{3000}") == 2)  // ideographic space
        #expect(DisplayWidth.of("ＡＢ") == 4)  // full-width Latin
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("カナ") == 4)
        #expect(DisplayWidth.of("🎉") == 2)
        #expect(DisplayWidth.of("𠀀") == 2)  // CJK extension B
    }

    @Test func mixedText() {
        #expect(DisplayWidth.of("3月：召开") == 9)
        #expect(DisplayWidth.of("2025年工作计划") == 4 + 10)
    }

    @Test func combiningAndFormatCharactersTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{FEFF}") == 0)
    }

    @Test func ambiguousCharactersAreNarrow() {
        #expect(DisplayWidth.of("“”") == 2)
        #expect(DisplayWidth.of("·") == 1)
    }

    @Test func rangeBoundaries() {
        #expect(DisplayWidth.isWide(0x4E00))
        #expect(DisplayWidth.isWide(0x9FFF))
        #expect(DisplayWidth.isWide(0xFF01))
        #expect(DisplayWidth.isWide(0xFF60))
        #expect(!DisplayWidth.isWide(0xFF61))  // half-width katakana punctuation
        #expect(!DisplayWidth.isWide(0x10FF))
        #expect(DisplayWidth.isWide(0x1100))
        #expect(!DisplayWidth.isWide(0xFFFD))
    }
}
