import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

/// Word-at-a-time counts against counting byte by byte.
@Suite struct UTF8CountTests {
    @Test func countsAgreeWithAByteWalk() {
        let alphabet = Array("工a é😀\t\n\r、\u{3000}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<500 {
            let text = RandomText.scalars(from: alphabet, length: 0...40, using: &generator)
            let bytes = Array(("前" + text).utf8)
            // Every start, so that the words fall across characters in every way.
            for start in 0...3 {
                let slice = bytes[start...]
                slice.withUnsafeBytes { raw in
                    #expect(UTF8Count.scalars(in: raw) == slice.filter { $0 & 0xC0 != 0x80 }.count)
                    #expect(UTF8Count.asciiWhiteSpace(in: raw) == slice.filter { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.count)
                }
            }
        }
    }
}
