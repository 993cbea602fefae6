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

    /// The end of a run of ideographs, read three and two at a time, against a step per ideograph,
    /// from every scalar start to every later scalar end.
    @Test func ideographRunEndAgreesWithAStepPerIdeograph() {
        var mismatches: [String] = []
        // 㐀 (E3) and ꀀ (EA) have leads just outside E4–E9, 鿿 (E9) the last inside.
        for text in Self.randomTexts(from: "工工工会工会a、é😀㐀ꀀ鿿") {
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

    /// The next mark, and the scalars before it, against a step per scalar that stops at the
    /// marks of each table: from every scalar start to every later scalar end.
    @Test func nextMarkAgreesWithAStepPerScalar() {
        let marks = Set(":;!?, \t\r\u{0B}\u{0C}\u{1}、。".unicodeScalars.map(\.value))
        let digits = Set("0123456789".unicodeScalars.map(\.value))
        var mismatches: [String] = []
        for text in Self.randomTexts(from: "工工工会工会a9、。〇」,:;!? \té😀\u{1}㐀ꀀ鿿") {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let scalars = Array(text.unicodeScalars)
            var boundaries = [0]
            for scalar in scalars { boundaries.append(boundaries.last! + String(scalar).utf8.count) }
            for (position, start) in boundaries.enumerated() {
                for (last, end) in boundaries.enumerated() where last >= position {
                    for (stops, stopSet) in [(ScalarScanner.MarkStops.punctuation, marks), (.punctuationAndDigits, marks.union(digits))] {
                        var at = position
                        while at < last, !stopSet.contains(scalars[at].value) { at += 1 }
                        let found = scanner.nextMark(from: start, end: end, stops: stops)
                        if found.offset != boundaries[at] || found.scalars != at - position { mismatches.append("\(text) \(start) \(end)") }
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    /// The stop masks hold exactly the marks their comments name.
    @Test func markStopsHoldTheirMarks() {
        func mask(_ marks: String) -> UInt64 { marks.utf8.reduce(0) { $0 | 1 << UInt64($1) } }
        let punctuation = ":;!?, \t\u{0B}\u{0C}\r\u{1}"
        #expect(ScalarScanner.MarkStops.punctuation.ascii == mask(punctuation))
        #expect(ScalarScanner.MarkStops.punctuationAndDigits.ascii == mask(punctuation + "0123456789"))
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
