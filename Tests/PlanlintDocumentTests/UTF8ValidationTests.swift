import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct UTF8ValidationTests {
    private func valid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
    }

    private func reference(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Every lead byte with every second byte, followed by continuation bytes at both ends of
    /// their range, by bytes just outside it, or by nothing (a cut sequence); with and
    /// without enough bytes after for the 32-bit load.
    @Test func agreesWithTheStandardLibraryOnEveryTwoBytePrefix() {
        let tails: [[UInt8]] = [[], [0x80], [0xBF], [0x7F], [0xC0], [0x80, 0x80], [0xBF, 0xBF], [0x80, 0x7F], [0x80, 0xC0]]
        var disagreements: [[UInt8]] = []
        for lead in 0...255 {
            for second in 0...255 {
                for tail in tails {
                    for padding in [[], Array("尾巴abc".utf8)] {
                        let bytes = [UInt8(lead), UInt8(second)] + tail + padding
                        if valid(bytes) != reference(bytes) { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Random mixes of valid characters and stray bytes, long enough for the eight-byte
    /// ASCII steps to start at every alignment.
    @Test func agreesWithTheStandardLibraryOnRandomText() {
        let pieces: [[UInt8]] =
            ["a", "计", "划", "é", "😀", "\n", "abcdefghij"].map { Array($0.utf8) }
            + [[0x80], [0xE5, 0xB7], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xFF]]
        var generator = TestRandom()
        var validCount = 0
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            let strayAllowed = Bool.random(using: &generator)
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let piece = pieces[Int.random(in: 0..<(strayAllowed ? pieces.count : 7), using: &generator)]
                bytes += piece
            }
            #expect(valid(bytes) == reference(bytes), "\(bytes)")
            if reference(bytes) { validCount += 1 }
        }
        // Both outcomes were exercised.
        #expect(validCount > 1000 && validCount < 5000)
    }

    @Test func decoderKeepsValidTextAndFallsBackForTheRest() throws {
        let text = "二〇二六年工会工作计划\n一、指导思想 😀"
        let decoded = try TextDecoder.decode(Array(text.utf8), path: "plan.txt")
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
        // A surrogate encoded in UTF-8 is not UTF-8; GB18030 does not take it either.
        #expect(throws: DocumentError.self) {
            try TextDecoder.decode(Array("计划".utf8) + [0xED, 0xA0, 0x80], path: "bad.txt")
        }
    }
}
