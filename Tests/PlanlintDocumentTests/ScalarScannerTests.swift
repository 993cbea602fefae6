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
}
