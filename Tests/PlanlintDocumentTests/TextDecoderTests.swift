import PlanlintTestSupport
import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct TextDecoderTests {
    let expected: String

    init() throws {
        expected = try String(contentsOfFile: Fixtures.document("plan.txt"), encoding: .utf8)
    }

    @Test func decodesUTF8WithoutBOM() throws {
        let decoded = try TextDecoder.decode([UInt8](Fixtures.data("plan.txt")), path: "plan.txt")
        #expect(decoded.encoding == .utf8)
        #expect(!decoded.hasByteOrderMark)
        #expect(decoded.lineEnding == .lf)
        #expect(decoded.text == expected)
    }

    @Test func decodesUTF8WithBOMAndDropsIt() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("工会计划".utf8), path: "bom.txt")
        #expect(decoded.hasByteOrderMark)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "工会计划")
    }

    @Test(arguments: [
        ("plan.utf16le.txt", TextEncoding.utf16LittleEndian), ("plan.utf16be.txt", .utf16BigEndian),
        ("plan.gb18030.txt", .gb18030),
    ])
    func decodesOtherEncodings(name: String, encoding: TextEncoding) throws {
        let decoded = try TextDecoder.decode([UInt8](Fixtures.data(name)), path: name)
        #expect(decoded.encoding == encoding)
        #expect(decoded.hasByteOrderMark == (encoding != .gb18030))
        #expect(decoded.text == expected)
    }

    @Test func gb18030FourByteCharactersDecode() throws {
        // 𠀀 (U+20000) is a four-byte GB18030 sequence: 0x95 0x32 0x82 0x36.
        let bytes: [UInt8] = [0xB9, 0xA4, 0x95, 0x32, 0x82, 0x36]
        let decoded = try TextDecoder.decode(bytes, path: "four.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "工\u{20000}")
    }

    @Test func detectsDominantLineEnding() throws {
        let crlf = try TextDecoder.decode([UInt8](Fixtures.data("plan.crlf.txt")), path: "crlf.txt")
        #expect(crlf.lineEnding == .crlf)
        #expect(TextDecoder.lines(of: crlf.text) == TextDecoder.lines(of: expected))
        let cr = try TextDecoder.decode(Array("一\r二\r三\n".utf8), path: "cr.txt")
        #expect(cr.lineEnding == .cr)
    }

    @Test func splitsOnEveryTerminator() {
        #expect(TextDecoder.lines(of: "甲\r\n乙\n丙\r丁") == ["甲", "乙", "丙", "丁"])
        #expect(TextDecoder.lines(of: "甲\n") == ["甲", ""])
        #expect(TextDecoder.lines(of: "\r\n\r\n") == ["", "", ""])
    }

    /// The word-at-a-time binary sniff against the byte-by-byte definition, with control
    /// bytes at every offset and densities around the one-in-ten threshold.
    @Test func binarySniffAgreesWithTheByteDefinition() {
        func reference(_ bytes: [UInt8]) -> Bool {
            let sample = bytes.prefix(64 * 1024)
            var controls = 0
            for byte in sample {
                if byte == 0 { return true }
                if byte < 0x20, ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains(byte) { controls += 1 }
            }
            return controls * 10 > sample.count
        }
        let alphabet: [UInt8] = [0x41, 0x20, 0xE5, 0xB7, 0xA5, 0x0A, 0x09, 0x1B, 0x01, 0x1F, 0x7F, 0x00]
        var generator = TestRandom()
        var binary = 0
        for round in 0..<2000 {
            let length = round == 0 ? 70_000 : Int.random(in: 0...80, using: &generator)
            let bytes = (0..<length).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : 0x41
            }
            #expect(TextDecoder.looksBinary(bytes) == reference(bytes), "\(bytes)")
            if reference(bytes) { binary += 1 }
        }
        #expect(binary > 200 && binary < 1800)
    }

    /// Plain text is sniffed for control bytes by the walk that checks and normalises it:
    /// the same verdict as `looksBinary`, with and without a BOM, with NULs and controls on
    /// either side of the sniffed 64 KB, and on the two-step path (CR) that still sniffs first.
    @Test func oneWalkSniffAgreesWithLooksBinary() {
        let alphabet: [[UInt8]] = [[0x41], [0x0A], [0x09], [0x1B], [0x01], [0x1F], [0x00], [0x0D], Array("工".utf8), Array("會".utf8)]
        var generator = TestRandom()
        var binary = 0
        for round in 0..<1200 {
            var bytes: [UInt8] = round % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
            if round % 10 == 1 { bytes += [UInt8](repeating: 0x41, count: 64 * 1024 - 5) }
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                bytes += Int.random(in: 0..<3, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : Array("计划".utf8)
            }
            let refused: Bool
            do {
                _ = try TextDecoder.decode(bytes, path: "t.txt", limits: .default, normalizing: true)
                refused = false
            } catch {
                refused = (error as? DocumentError) == DocumentError(path: "t.txt", reason: .binary)
            }
            #expect(refused == TextDecoder.looksBinary(bytes), "\(round) \(bytes.suffix(60))")
            if refused { binary += 1 }
        }
        #expect(binary > 200 && binary < 1000)
    }

    /// Against a split scalar by scalar, with combining marks and emoji next to the breaks,
    /// where cutting by `Character` and cutting by scalar differ.
    @Test func splitsLikeAScalarWalk() {
        func reference(_ text: String) -> [String] {
            var lines: [String] = []
            var current = String.UnicodeScalarView()
            var scalars = Array(text.unicodeScalars)[...]
            while let scalar = scalars.popFirst() {
                if scalar == "\n" || scalar == "\r" {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                    if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                } else {
                    current.append(scalar)
                }
            }
            return lines + [String(current)]
        }
        // The second alphabet has no CR, which takes the memchr path for LF-only text.
        let alphabets = [Array("\n\r\u{301}\u{200D}e工😀👍🏽\u{FE0F}".unicodeScalars), Array("\n\u{301}e工😀".unicodeScalars)]
        var generator = TestRandom()
        for round in 0..<1000 {
            let text = RandomText.scalars(from: alphabets[round % 2], length: 0...12, using: &generator)
            let lines = TextDecoder.lines(of: text)
            #expect(lines.map { Array($0.unicodeScalars) } == reference(text).map { Array($0.unicodeScalars) }, "\(Array(text.unicodeScalars))")
        }
    }

    @Test func refusesEmptyInput() {
        #expect(throws: DocumentError(path: "e.txt", reason: .empty)) {
            try TextDecoder.decode([], path: "e.txt")
        }
        #expect(throws: DocumentError(path: "b.txt", reason: .empty)) {
            try TextDecoder.decode([0xEF, 0xBB, 0xBF], path: "b.txt")
        }
    }

    @Test func refusesNULBytesAndControlNoise() {
        #expect(throws: DocumentError(path: "x.txt", reason: .binary)) {
            try TextDecoder.decode(Array("工会".utf8) + [0x00, 0x41], path: "x.txt")
        }
        let noise = [UInt8](repeating: 0x01, count: 50) + Array("计划".utf8)
        #expect(throws: DocumentError(path: "n.txt", reason: .binary)) {
            try TextDecoder.decode(noise, path: "n.txt")
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: DocumentError(path: "p.txt", reason: .binary)) {
            try TextDecoder.decode(png, path: "p.txt")
        }
    }

    @Test func refusesOversizedInput() {
        let limits = DocumentLimits(maxBytes: 8)
        #expect(throws: DocumentError(path: "big.txt", reason: .tooLarge(bytes: 12, limit: 8))) {
            try TextDecoder.decode(Array("工会工作".utf8), path: "big.txt", limits: limits)
        }
    }

    @Test func oddLengthUTF16IsUndecodable() {
        #expect(throws: DocumentError(path: "u.txt", reason: .undecodable)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41], path: "u.txt")
        }
    }

    @Test func neverCrashesOnRandomBytes() {
        var generator = TestRandom()
        for length in [1, 2, 3, 7, 64, 1000] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                _ = try? TextDecoder.decode(bytes, path: "r.txt")
            }
        }
    }
}
