import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Section-path headings cut to forty characters, against `count` and `prefix`, with
/// combining marks and emoji sequences around the cut.
@Suite struct HeadingTextTests {
    @Test func shorteningAgreesWithCountingCharacters() {
        let alphabet = ["工", "a", "e\u{301}", "👍🏽", "👨‍👩‍👧", "\u{301}", " "]
        var generator = SystemRandomNumberGenerator()
        var cut = 0
        for _ in 0..<2000 {
            let text = RandomText.joined(from: alphabet, count: 0...60, using: &generator)
            let expected = text.count > 40 ? String(text.prefix(40)) + "…" : text
            #expect(LintContext.shortened(text) == expected)
            if expected != text { cut += 1 }
        }
        #expect(cut > 200)
    }
}
