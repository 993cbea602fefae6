import PlanlintTestSupport
@testable import PlanlintReporters
import Testing

/// The byte writer of the text reports against the string operations it replaces.
@Suite struct TextWriterTests {
    /// Written in pieces, as messages are: each piece sanitised on its own gives the text
    /// sanitised whole.
    @Test func sanitizedWritingFollowsTheDefinition() {
        let alphabet = Array("a\t\n\u{1B}\u{7F}\u{80}\u{9F}\u{A0}Â工😀工工".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<1000 {
            let text = RandomText.scalars(from: alphabet, length: 0...40, using: &generator)
            var writer = TextWriter()
            writer.write("x")
            let scalars = Array(text.unicodeScalars)
            let cut = Int.random(in: 0...scalars.count, using: &generator)
            writer.writeSanitized(String(String.UnicodeScalarView(scalars[..<cut])))
            writer.writeSanitized(String(String.UnicodeScalarView(scalars[cut...])))
            #expect(writer.bytes == Array(("x" + sanitizedByScalars(text)).utf8), "\(scalars)")
        }
    }

    @Test func numbersAreWrittenAsDecimal() {
        var generator = TestRandom()
        let edges = [0, 1, 9, 10, 99, 100, -1, -10, Int.max, Int.min]
        for number in edges + (0..<500).map({ _ in Int.random(in: -1_000_000...1_000_000_000, using: &generator) }) {
            var writer = TextWriter()
            writer.write(number)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(number))
        }
    }

    /// Styled text is what `TerminalStyle` wraps it in, nothing for nothing, plain with colour off.
    @Test func styledWritingWrapsLikeTheStyle() {
        for enabled in [false, true] {
            let style = TerminalStyle(enabled: enabled)
            for text in ["", "错误", "[rule.id]"] {
                var writer = TextWriter()
                writer.styled(style.severityCode(.error)) { $0.write(text) }
                writer.styled(style.boldCode) { $0.write(text) }
                #expect(String(decoding: writer.bytes, as: UTF8.self) == style.severity(.error, text) + style.bold(text))
            }
        }
    }
}
