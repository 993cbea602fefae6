import Foundation
import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

/// Plain-text plans are checked for UTF-8 and normalised in one walk; these compare that
/// walk with the two steps it replaces.
@Suite struct OnePassReadingTests {
    private func onePass(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { ScriptNormalizer.normalize(validating: $0) }
    }

    /// The two steps: the standard library's check, then normalising the lines.
    private func twoSteps(_ bytes: [UInt8]) -> [UInt8]? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return ScriptNormalizer.normalize(lines: TextLines(text: text))
    }

    @Test func agreesOnEveryTwoBytePrefix() {
        let tails: [[UInt8]] = [[], [0x80], [0xBF], [0x7F], [0xC0], [0x80, 0x80], [0xBF, 0xBF], [0x80, 0x7F], [0x90, 0x80]]
        var disagreements: [[UInt8]] = []
        for lead in 0...255 {
            for second in 0...255 where second != 0x0D && lead != 0x0D {
                for tail in tails {
                    let bytes = [UInt8(lead), UInt8(second)] + tail + Array("會".utf8)
                    if onePass(bytes) != twoSteps(bytes) { disagreements.append(bytes) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Every three-byte sequence with continuation bytes (overlong forms, surrogates, the
    /// characters that change and those that stay), where the walk reads it through its
    /// 8 KB table of the ones that stay, and where it takes the general path (at the end).
    @Test func agreesOnEveryThreeByteSequence() {
        var disagreements: [[UInt8]] = []
        for lead in UInt8(0xE0)...0xEF {
            for second in UInt8(0x80)...0xBF {
                for third in UInt8(0x80)...0xBF {
                    for bytes in [[lead, second, third, 0x61], [0x61, lead, second, third]] where onePass(bytes) != twoSteps(bytes) {
                        disagreements.append(bytes)
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The same sequences inside runs of characters that stay, where the walk reads two
    /// characters at a time: first or second of a pair, and at every offset to a pair.
    @Test func agreesOnEveryThreeByteSequenceInsideRuns() {
        let stays = Array("学".utf8)
        var disagreements: [[UInt8]] = []
        for lead in UInt8(0xE0)...0xEF {
            for second in UInt8(0x80)...0xBF {
                for third in UInt8(0x80)...0xBF {
                    let sequence = [lead, second, third]
                    for before in 0...2 {
                        let bytes = Array(repeating: stays, count: before).flatMap { $0 } + sequence + stays + stays + stays
                        if onePass(bytes) != twoSteps(bytes) { disagreements.append(bytes) }
                    }
                    let shifted = [0x61] + stays + sequence + stays + stays + [0x61]
                    if onePass(shifted) != twoSteps(shifted) { disagreements.append(shifted) }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func agreesOnRandomPlans() {
        let pieces: [[UInt8]] =
            ["學校", "工會", "计划", "（一）", "\u{3000}", "ａ", "\n", "😀", "é", "abc"].map { Array($0.utf8) }
            + [[0x80], [0xE5, 0xB7], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var generator = TestRandom()
        var valid = 0
        for _ in 0..<3000 {
            let strays = Bool.random(using: &generator)
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                bytes += pieces[Int.random(in: 0..<(strays ? pieces.count : 10), using: &generator)]
            }
            let expected = twoSteps(bytes)
            #expect(onePass(bytes) == expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        #expect(valid > 1500 && valid < 3000)
    }

    /// A file read from bytes gives the document its text gives, whichever way it was read:
    /// one walk (LF only), two steps (CR, a second BOM), or not UTF-8 at all (GB18030).
    @Test func documentsFromBytesMatchDocumentsFromText() throws {
        let texts = ["二〇二六年工會工作計劃\n一、指导思想\n（一）加强学习\n", "甲\r\n乙\r丙", "\u{FEFF}第二个字节顺序标记\n正文", "单行"]
        for text in texts {
            for bom in [false, true] {
                let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
                let read = try DocumentReader.read(data: Data(bytes), path: "plan.txt", format: .text)
                let expected = DocumentReader.document(text: text, path: "plan.txt")
                #expect(read.normalized == expected.normalized, "\(text)")
                #expect(read.lines.originalLines == expected.lines.originalLines)
                #expect(read.lines.starts == expected.lines.starts)
            }
        }
        let gb18030 = try #require("工会工作计划\n一、目标".data(using: String.Encoding(rawValue: 0x8000_0632)))
        let read = try DocumentReader.read(data: gb18030, path: "gb.txt", format: .text)
        #expect(read.source?.encoding == .gb18030)
        #expect(read.normalized == Array("工会工作计划\n一、目标".utf8))
    }
}
