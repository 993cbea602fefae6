import Foundation
import Testing

@testable import PlanlintDocument

/// Fixtures: plan-traditional.big5.txt is `iconv -f UTF-8 -t BIG5 plan-traditional.txt`,
/// plan-hongkong.big5hkscs.txt `iconv -f UTF-8 -t BIG5-HKSCS plan-hongkong.txt`.
@Suite struct ChineseEncodingDetectorTests {
    private func text(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.document(name), encoding: .utf8)
    }

    private func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Fixtures.data(name)) }

    @Test func big5TraditionalPlanDecodesAsBig5() throws {
        let big5 = try bytes("plan-traditional.big5.txt")
        // The trap: the same bytes are valid GB18030, reading as nonsense.
        #expect(GB18030Converter.decode(big5) != nil)
        let decoded = try TextDecoder.decode(big5, path: "p.txt")
        #expect(decoded.encoding == .big5)
        #expect(!decoded.hasByteOrderMark)
        #expect(decoded.text == (try text("plan-traditional.txt")))
    }

    @Test func hongKongPlanNeedsHKSCS() throws {
        let hkscs = try bytes("plan-hongkong.big5hkscs.txt")
        #expect(Big5Converter.decode(hkscs, as: .big5) == nil)
        let decoded = try TextDecoder.decode(hkscs, path: "hk.txt")
        #expect(decoded.encoding == .big5HKSCS)
        #expect(decoded.text == (try text("plan-hongkong.txt")))
        #expect(decoded.text.contains("嘅"))
    }

    /// plan.gb18030.txt is simplified text whose bytes are also valid Big5: it must stay GB18030.
    @Test func simplifiedPlanValidAsBig5StaysGB18030() throws {
        let gb = try bytes("plan.gb18030.txt")
        #expect(Big5Converter.decode(gb) != nil)
        let decoded = try TextDecoder.decode(gb, path: "gb.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == (try text("plan.txt")))
    }

    /// Past the sample: only its first part is scored, and the whole file is still read.
    @Test func longFilesAreJudgedOnTheSample() throws {
        let traditional = String(repeating: try text("plan-traditional.txt"), count: 40)
        let big5 = try #require(Big5Converter.encode(traditional, as: .big5))
        #expect(big5.count > 2 * ChineseEncodingDetector.sampleSize)
        let decodedBig5 = try TextDecoder.decode(big5, path: "long.txt")
        #expect(decodedBig5.encoding == .big5)
        #expect(decodedBig5.text == traditional)

        let simplified = String(repeating: try text("plan.txt"), count: 40)
        let gb = try #require(GB18030Converter.encode(simplified))
        #expect(Big5Converter.decode(gb) != nil)
        let decodedGB = try TextDecoder.decode(gb, path: "long.txt")
        #expect(decodedGB.encoding == .gb18030)
        #expect(decodedGB.text == simplified)
    }

    /// A Big5-looking start with bytes after the sample that only GB18030 reads (0x80 is
    /// never a Big5 trail byte): read as GB18030, as before Big5 was known.
    @Test func big5StartThatFailsLaterFallsBackToGB18030() throws {
        let traditional = String(repeating: try text("plan-traditional.txt"), count: 20)
        let start = try #require(Big5Converter.encode(traditional, as: .big5))
        let bytes = start + [0x81, 0x80, 0x0A]
        let decoded = try TextDecoder.decode(bytes, path: "mixed.txt")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == GB18030Converter.decode(bytes))
    }

    @Test func sampleEndsAfterASCIIAndNeverCutsACharacter() throws {
        let size = ChineseEncodingDetector.sampleSize
        #expect(ChineseEncodingDetector.sampleEnd([UInt8](repeating: 0xA4, count: size)) == size)
        // Two-byte characters only: no cut is safe, so the whole input is the sample.
        let wide = [UInt8](repeating: 0xA4, count: size * 2)
        #expect(ChineseEncodingDetector.sampleEnd(wide) == wide.count)
        var lines = wide
        lines[size - 11] = 0x0A
        lines[size + 5] = 0x0A
        #expect(ChineseEncodingDetector.sampleEnd(lines) == size - 10)
    }

    @Test func tiesAndNearTiesGoToGB18030() {
        #expect(!ChineseEncodingDetector.prefersBig5(gb18030: "甲乙", big5: "丙丁"))
        #expect(!ChineseEncodingDetector.prefersBig5(gb18030: "工会", big5: "工會計劃"))
        #expect(ChineseEncodingDetector.prefersBig5(gb18030: "工乙", big5: "工會計劃"))
        #expect(ChineseEncodingDetector.score("工會，abc的") == 4)
    }

    @Test func bytesNeitherEncodingReadsAreUndecodable() {
        // 工会 in GB18030 (valid Big5 too), then 0x81: a cut GB18030 lead byte, no Big5 one.
        #expect(throws: DocumentError(path: "x.txt", reason: .undecodable)) {
            try TextDecoder.decode([0xB9, 0xA4, 0xBB, 0xE1, 0x81], path: "x.txt")
        }
    }
}
