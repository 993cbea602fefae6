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
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let expected = text.count > 40 ? String(text.prefix(40)) + "…" : text
            #expect(LintContext.shortened(text) == expected)
            if expected != text { cut += 1 }
        }
        #expect(cut > 200)
    }
}
