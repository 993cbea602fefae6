import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

@Suite struct UTF8SearchTests {
    @Test func findsWordsByTheirBytes() {
        #expect(UTF8Search.contains("2025年工会工作计划", "工作计划"))
        #expect(UTF8Search.contains("计划", "计划"))
        #expect(UTF8Search.contains("计划", ""))
        #expect(!UTF8Search.contains("计", "计划"))
        #expect(!UTF8Search.contains("", "a"))
        #expect(!UTF8Search.contains("<!-- planlint-", "planlint-disable"))
        // Bytes, not characters: "e" + combining acute is not the precomposed "é".
        #expect(!UTF8Search.contains("cafe\u{301}", "café"))
    }

    /// The byte-slice form, on slices of a larger buffer, and the string form, against a
    /// plain search.
    @Test func findsBytesInSlices() {
        func plain(_ text: [UInt8], _ word: [UInt8]) -> Bool {
            if word.isEmpty { return true }
            guard word.count <= text.count else { return false }
            return (0...(text.count - word.count)).contains { Array(text[$0..<($0 + word.count)]) == word }
        }
        let alphabet = Array("年月工a_.".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<1000 {
            let text = Array(RandomText.scalars(from: alphabet, length: 0...12, using: &generator).utf8)
            let word = Array(RandomText.scalars(from: alphabet, length: 0...2, using: &generator).utf8)
            let padded = Array("前".utf8) + text + Array("后".utf8)
            let slice = padded[3..<(3 + text.count)]
            #expect(UTF8Search.contains(slice, word) == plain(text, word))
            // And the form on strings, which finds the word's last byte with memchr.
            #expect(UTF8Search.contains(String(decoding: text, as: UTF8.self), String(decoding: word, as: UTF8.self)) == plain(text, word))
        }
    }
}
