import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct ScriptNormalizerTests {
    @Test func traditionalBecomesSimplifiedScalarForScalar() {
        let original = "學校工會工作計劃"
        let normalized = ScriptNormalizer.normalize(original)
        #expect(normalized == "学校工会工作计划")
        #expect(normalized.unicodeScalars.count == original.unicodeScalars.count)
    }

    @Test func fullWidthASCIIAndIdeographicSpaceBecomeASCII() {
        #expect(ScriptNormalizer.normalize("（一）ＡＢＣ１２３，：；！？\u{3000}完\u{00A0}～") == "(一)ABC123,:;!? 完 ~")
        // The same forms next to a traditional character take the scalar-by-scalar path.
        #expect(ScriptNormalizer.normalize("會（一）\u{3000}\u{00A0}") == "会(一)  ")
    }

    @Test func everySpaceSeparatorBecomesASpace() {
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            [.spaceSeparator, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
        }
        #expect(spaces.count == HanSimplification.spaces.count + 1)  // U+0020 itself
        for scalar in spaces {
            #expect(ScriptNormalizer.normalize("a\(Character(scalar))b") == "a b", "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func keepsSimplifiedCharactersICUWouldRewrite() {
        // ICU maps 俱 → 具 and 著 → 着; both are correct simplified characters here.
        #expect(ScriptNormalizer.normalize("与时俱进，成绩显著") == "与时俱进,成绩显著")
    }

    @Test func leavesPunctuationThatRulesMatchOn() {
        #expect(ScriptNormalizer.normalize("一、“送温暖”。〞") == "一、“送温暖”。〞")
    }

    @Test func blanksRangesScalarForScalar() {
        let bytes = ScriptNormalizer.normalize(lines: ["正文", "代码行", "尾"], blanked: [1: [0..<3]])
        #expect(String(decoding: bytes, as: UTF8.self) == "正文\n   \n尾")
    }

    @Test func asciiPassesThroughUnchanged() {
        let text = "Plan 2024: item 1."
        #expect(ScriptNormalizer.normalize(text) == text)
    }

    @Test func cachesAcrossConcurrentDocuments() async {
        let texts = (0..<16).map { "第\($0)份：學校與醫院的會議記錄" }
        let results = await withTaskGroup(of: String.self) { group in
            for text in texts { group.addTask { ScriptNormalizer.normalize(text) } }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0.hasSuffix(":学校与医院的会议记录") })
    }

    /// The walk writes in place into room for the input's bytes and, when a mapped scalar
    /// would not fit there, walks again with twice the room: the result is the same as
    /// mapping scalar by scalar, whichever way a text takes.
    @Test func writtenInPlaceAsMappedScalarByScalar() {
        func byScalar(_ text: String) -> [UInt8] {
            var out = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { out.append(Unicode.Scalar(HanSimplification.map(scalar.value))!) }
            return Array(String(out).utf8)
        }
        // Scalars that grow when mapped (from the BMP to beyond it), if the table has any,
        // and a no-break space last (two bytes become one, but the walk asks room for four).
        let growing = HanSimplification.supplementary.filter { $0.key < 0x10000 && $0.value >= 0x10000 }.keys.sorted()
        let grown = String(String.UnicodeScalarView(growing.prefix(8).compactMap(Unicode.Scalar.init)))
        let texts = [
            "", "a", "會", "學校，", "工会\u{00A0}", "\u{00A0}", grown, grown + "計劃（一）" + grown, "ＡＢＣ" + String(repeating: "會", count: 40),
        ]
        for text in texts {
            #expect(ScriptNormalizer.normalizedBytes(text) == byScalar(text), "\(text)")
            let validated = Array(text.utf8).withUnsafeBufferPointer { ScriptNormalizer.normalize(validating: $0) }
            #expect(validated == byScalar(text), "\(text)")
            let lines = ScriptNormalizer.normalize(lines: [text, text])
            #expect(lines == byScalar(text) + [0x0A] + byScalar(text), "\(text)")
        }
        // Blanked scalars become spaces in the same buffer.
        #expect(ScriptNormalizer.normalize(lines: ["會議\u{00A0}", "學"], blanked: [0: [1..<2]]) == Array("会  \n学".utf8))
        // Malformed bytes are refused, also after a mapped scalar.
        let malformed: [UInt8] = Array("會，".utf8) + [0xE4, 0xB8]
        #expect(malformed.withUnsafeBufferPointer { ScriptNormalizer.normalize(validating: $0) } == nil)
    }

    /// The table the walk reads off a character's raw bytes says what the compact table
    /// says, for every scalar of three bytes (and no surrogate stays).
    @Test func rawStayTableAgreesWithTheCompactOne() {
        var mismatches: [UInt32] = []
        for value in UInt32(0x800)...0xFFFF {
            let raw = UInt64(0xE0 | value >> 12) | UInt64(0x80 | value >> 6 & 0x3F) << 8 | UInt64(0x80 | value & 0x3F) << 16
            let word = ScriptNormalizer.rawThreeByteStays[Int(raw & ScriptNormalizer.rawStayIndexMask)]
            let stays = word >> (raw >> 16 & 0x3F) & 1
            let expected = ScriptNormalizer.threeByteStays[Int(value >> 6)] >> UInt64(value & 0x3F) & 1
            if stays != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(ScriptNormalizer.threeByteStays[0xD800 >> 6] == 0)
    }

    /// Runs of characters that stay, taken four, two and one at a time, broken by mapped,
    /// ASCII, two- and four-byte characters at every offset: the same bytes as mapping
    /// scalar by scalar.
    @Test func runsOfEveryLengthAsMappedScalarByScalar() {
        func byScalar(_ text: String) -> [UInt8] {
            Array(String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar(HanSimplification.map($0.value))! })).utf8)
        }
        let scalars = Array("工工工会会学校學會，、a é😀\n".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<400 {
            let text = RandomText.scalars(from: scalars, length: 0...60, using: &generator)
            #expect(ScriptNormalizer.normalizedBytes(text) == byScalar(text), "\(text)")
            let validated = Array(text.utf8).withUnsafeBufferPointer { ScriptNormalizer.normalize(validating: $0) }
            #expect(validated == byScalar(text), "\(text)")
        }
    }
}
