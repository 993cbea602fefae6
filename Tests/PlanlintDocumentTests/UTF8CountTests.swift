import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

/// Word-at-a-time counts against counting byte by byte.
@Suite struct UTF8CountTests {
    @Test func countsAgreeWithAByteWalk() {
        // Controls other than the four white-space bytes, and bytes just above and below
        // them, are what the word test could confuse with white space.
        let alphabet = Array("工a é😀\t\n\r、\u{3000}\u{0B}\u{0C}\u{00}\u{1F}!\u{7F}\u{A0}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<500 {
            let text = RandomText.scalars(from: alphabet, length: 0...40, using: &generator)
            let bytes = Array(("前" + text).utf8)
            // Every start, so that the words fall across characters in every way.
            for start in 0...3 {
                let slice = bytes[start...]
                slice.withUnsafeBytes { raw in
                    #expect(UTF8Count.scalars(in: raw) == slice.filter { $0 & 0xC0 != 0x80 }.count)
                    let counts = UTF8Count.scalarsAndASCIIWhiteSpace(in: raw)
                    #expect(counts.scalars == slice.filter { $0 & 0xC0 != 0x80 }.count)
                    #expect(counts.whiteSpace == slice.filter { [0x20, 0x09, 0x0A, 0x0D].contains($0) }.count)
                }
            }
        }
    }
}
