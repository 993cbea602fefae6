import PlanlintTestSupport
@testable import PlanlintReporters
import Testing

@Suite struct TerminalStyleTests {
    /// The byte pre-check against the scalar-by-scalar definition: C0 and C1 controls and
    /// DEL become U+FFFD one for one, tab and everything else stays.
    @Test func sanitizingAgreesWithTheScalarDefinition() {
        let alphabet = Array("a\t\n\r\u{1B}\u{7F}\u{80}\u{9F}\u{A0}Â¡工😀\u{2028}".unicodeScalars)
        var generator = TestRandom()
        var changed = 0
        for _ in 0..<1000 {
            // Long enough for runs of clean words before a control character.
            let text = RandomText.scalars(from: alphabet + Array(String(repeating: "工a", count: 6).unicodeScalars), length: 0...40, using: &generator)
            let sanitized = TerminalStyle.sanitized(text)
            #expect(Array(sanitized.unicodeScalars) == Array(sanitizedByScalars(text).unicodeScalars), "\(Array(text.unicodeScalars))")
            if sanitized != text { changed += 1 }
        }
        #expect(changed > 100)
    }
}

/// The definition sanitising is held to: C0 and C1 controls and DEL become U+FFFD one for
/// one, tab and everything else stays.
func sanitizedByScalars(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
        scalar != "\t" && (scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)) ? "\u{FFFD}" : scalar
    }))
}
