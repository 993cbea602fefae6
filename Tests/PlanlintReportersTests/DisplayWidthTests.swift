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

extension DisplayWidthTests {
    /// The shortcuts for common plan text against the definition they stand in for, on
    /// every scalar of the planes plans use.
    @Test func shortcutsAgreeWithTheDefinition() {
        func defined(_ scalar: Unicode.Scalar) -> Int {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F { return 1 }
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
            if DisplayWidth.isWide(value) { return 2 }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: return 0
            default: return value >= 0x1160 && value <= 0x11FF ? 0 : 1
            }
        }
        var checked = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.of(scalar) == defined(scalar), "U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked > 190_000)
    }
}
