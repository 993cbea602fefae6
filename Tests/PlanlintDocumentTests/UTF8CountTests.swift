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

    /// Stepping over scalars word by word lands where a scalar-by-scalar walk does, from every
    /// start and for every count, near both ends of the text.
    @Test func advanceAndRetreatAgreeWithAScalarWalk() {
        let alphabet = Array("工a é😀\t、\u{3000}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<300 {
            let text = RandomText.scalars(from: alphabet, length: 0...40, using: &generator)
            let bytes = Array(text.utf8)
            var starts: [Int] = []
            var offset = 0
            for scalar in text.unicodeScalars {
                starts.append(offset)
                offset += scalar.utf8.count
            }
            let ends = starts + [bytes.count]
            bytes.withUnsafeBytes { raw in
                for (index, from) in ends.enumerated() {
                    for count in 0...45 {
                        let forward = min(count, starts.count - index)
                        let advanced = UTF8Count.advance(count, scalarsFrom: from, in: raw)
                        #expect(advanced.passed == forward && advanced.offset == ends[index + forward], "\(text) +\(count) from \(from)")
                        let backward = min(count, index)
                        let retreated = UTF8Count.retreat(count, scalarsFrom: from, in: raw)
                        #expect(retreated.passed == backward && retreated.offset == ends[index - backward], "\(text) -\(count) from \(from)")
                    }
                }
            }
        }
    }
}
