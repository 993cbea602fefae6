import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

/// The short cuts of `ScalarScanner` against counting scalars the plain way.
@Suite struct ScalarScannerTests {
    @Test func hasScalarsAgreesWithACount() {
        // One- to four-byte scalars, so that byte lengths around 1× and 4× the bound occur.
        let alphabet = Array("a 工é😀、\t".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<300 {
            let text = RandomText.scalars(from: alphabet, length: 0...80, using: &generator)
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let count = text.unicodeScalars.count
            for bound in [0, 1, count / 2, count - 1, count, count + 1, count / 4 + 1, 4 * count] where bound >= 0 {
                #expect(scanner.hasScalars(atLeast: bound, in: 0..<scanner.bytes.count) == (count >= bound))
            }
        }
    }

    /// Fillers (hidden pinyin, split words' spaces) count for nothing, also where the byte
    /// length alone would have answered: 工\u{1} is four bytes for one character.
    @Test func hasScalarsLeavesOutFillers() {
        let alphabet = Array("a 工é😀、\u{1}\u{1}\u{1}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<300 {
            let text = RandomText.scalars(from: alphabet, length: 0...80, using: &generator)
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let count = text.unicodeScalars.filter { $0 != "\u{1}" }.count
            #expect(scanner.characters(in: 0..<scanner.bytes.count) == count)
            for bound in [0, 1, count / 2, count - 1, count, count + 1, count / 4 + 1, 4 * count] where bound >= 0 {
                #expect(scanner.hasScalars(atLeast: bound, in: 0..<scanner.bytes.count) == (count >= bound))
            }
        }
        let split = ScalarScanner(bytes: Array(String(repeating: "工\u{1}", count: 10).utf8))
        #expect(split.holdsFillers)
        #expect(!split.hasScalars(atLeast: 11, in: 0..<split.bytes.count))
    }
}
