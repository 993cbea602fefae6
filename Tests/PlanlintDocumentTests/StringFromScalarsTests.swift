import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

/// `String(scalars:)` encodes a slice of scalars in one buffer; it must give the string the
/// scalar view gives, for one- to four-byte scalars and empty slices.
@Suite struct StringFromScalarsTests {
    @Test func agreesWithTheScalarView() {
        let alphabet = Array("a 工會é😀〇\u{301}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<500 {
            let scalars = Array(RandomText.scalars(from: alphabet, length: 0...20, using: &generator).unicodeScalars)
            let from = Int.random(in: 0...scalars.count, using: &generator)
            let to = Int.random(in: from...scalars.count, using: &generator)
            let expected = String(String.UnicodeScalarView(scalars[from..<to]))
            #expect(String(scalars: scalars[from..<to]) == expected)
            #expect(Array(String(scalars: scalars[from..<to]).utf8) == Array(expected.utf8))
        }
        #expect(String(scalars: "2025年".unicodeScalars.prefix(4)) == "2025")
    }
}
