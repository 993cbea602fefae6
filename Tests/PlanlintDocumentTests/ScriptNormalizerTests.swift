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
}
