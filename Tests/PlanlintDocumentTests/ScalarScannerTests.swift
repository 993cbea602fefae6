import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

/// The short cuts of `ScalarScanner` against counting scalars the plain way.
@Suite struct ScalarScannerTests {
    @Test func hasScalarsAgreesWithACount() {
        for text in Self.randomTexts(from: "a 工é😀、\t") {
            Self.expectBoundsAgree(ScalarScanner(bytes: Array(text.utf8)), count: text.unicodeScalars.count)
        }
    }

    /// Fillers (hidden pinyin, split words' spaces) count for nothing, also where the byte
    /// length alone would have answered: 工\u{1} is four bytes for one character.
    @Test func hasScalarsLeavesOutFillers() {
        for text in Self.randomTexts(from: "a 工é😀、\u{1}\u{1}\u{1}") {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let count = text.unicodeScalars.filter { $0 != "\u{1}" }.count
            #expect(scanner.characters(in: 0..<scanner.bytes.count) == count)
            Self.expectBoundsAgree(scanner, count: count)
        }
        let split = ScalarScanner(bytes: Array(String(repeating: "工\u{1}", count: 10).utf8))
        #expect(split.holdsFillers)
        #expect(!split.hasScalars(atLeast: 11, in: 0..<split.bytes.count))
    }

    /// The end of a run of ideographs, read two at a time, against a step per ideograph,
    /// from every scalar start to every later scalar end.
    @Test func ideographRunEndAgreesWithAStepPerIdeograph() {
        var mismatches: [String] = []
        for text in Self.randomTexts(from: "工工工会a、é😀") {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            var boundaries = [0]
            for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + String(scalar).utf8.count) }
            for (position, start) in boundaries.enumerated() {
                for end in boundaries[position...] {
                    var expected = start
                    while expected < end, scanner.bytes[expected] >= 0xE4, scanner.bytes[expected] <= 0xE9 { expected += 3 }
                    if scanner.ideographRunEnd(from: start, end: end) != expected { mismatches.append("\(text) \(start) \(end)") }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    /// 300 texts of up to 80 scalars drawn from `alphabet`: one- to four-byte scalars, so that
    /// byte lengths around 1× and 4× a bound occur.
    static func randomTexts(from alphabet: String) -> [String] {
        let scalars = Array(alphabet.unicodeScalars)
        var generator = TestRandom()
        return (0..<300).map { _ in RandomText.scalars(from: scalars, length: 0...80, using: &generator) }
    }

    /// `hasScalars(atLeast:)` over the whole text answers as a count of `count` would, at
    /// bounds around it.
    static func expectBoundsAgree(_ scanner: ScalarScanner, count: Int) {
        for bound in [0, 1, count / 2, count - 1, count, count + 1, count / 4 + 1, 4 * count] where bound >= 0 {
            #expect(scanner.hasScalars(atLeast: bound, in: 0..<scanner.bytes.count) == (count >= bound))
        }
    }
}
