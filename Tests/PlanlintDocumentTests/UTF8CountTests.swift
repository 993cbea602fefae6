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

    /// Long texts, past the 31 words whose flags are added before they are summed, count
    /// as a byte walk does: runs of three-byte ideographs (the most continuation bytes a
    /// lane can take) and of four-byte scalars, at every length around the boundaries.
    @Test func longTextsCountAsAByteWalk() {
        let alphabet = Array("工a😀é、".unicodeScalars)
        var generator = TestRandom()
        var texts = [String(repeating: "工", count: 700), String(repeating: "😀", count: 600)]
        for _ in 0..<60 { texts.append(RandomText.scalars(from: alphabet, length: 0...1_200, using: &generator)) }
        for text in texts {
            let bytes = Array(text.utf8)
            for length in [bytes.count, 247, 248, 249, 255, 256, 257, 496, 497, 2_040, 2_041] where length <= bytes.count {
                let slice = bytes[..<length]
                let expected = slice.filter { $0 & 0xC0 != 0x80 }.count
                slice.withUnsafeBytes { raw in
                    #expect(UTF8Count.scalars(in: raw) == expected, "\(length) of \(bytes.count)")
                    #expect(UTF8Count.scalarsAndASCIIWhiteSpace(in: raw).scalars == expected)
                }
            }
        }
        for _ in 0..<2_000 {
            let word = UInt64.random(in: 0...UInt64.max, using: &generator)
            let expected = (0..<8).filter { (word >> (8 * UInt64($0))) & 0xC0 == 0x80 }.count
            #expect(UTF8Count.continuationBytes(in: word) == expected)
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
