import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct StringWellFormedUTF8Tests {
    /// Any slice of well-formed text gives what the checking initialiser gives: the same
    /// string for whole characters, the repaired one for a slice cut inside a character.
    @Test func slicesMatchTheCheckingInitialiser() {
        let alphabet = Array("a计划，😀é\n".unicodeScalars)
        var generator = TestRandom()
        var cutInside = 0
        for _ in 0..<2000 {
            let bytes = Array(RandomText.scalars(from: alphabet, length: 0...12, using: &generator).utf8)
            let lower = Int.random(in: 0...bytes.count, using: &generator)
            let upper = Int.random(in: lower...bytes.count, using: &generator)
            let made = String(wellFormedUTF8: bytes, lower..<upper)
            let expected = String(decoding: bytes[lower..<upper], as: UTF8.self)
            #expect(made == expected && made.utf8.elementsEqual(expected.utf8), "\(bytes) \(lower)..<\(upper)")
            if expected.unicodeScalars.contains("\u{FFFD}") { cutInside += 1 }
        }
        // Both paths ran.
        #expect(cutInside > 100)
    }
}
