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
            #expect(LintContext.shortened(text) == expected)
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
            #expect(LintContext.shortened(text) == expected, "\(text)")
        }
    }
}
