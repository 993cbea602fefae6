import Foundation
import Testing
@testable import PlanlintEngine

@Suite struct FindingBuilderTests {
    @Test func rendersKnownPlaceholdersInOnePass() {
        #expect(FindingBuilder.render("「{wrong}」应为「{right}」", [("wrong", "效劳"), ("right", "服务")]) == "「效劳」应为「服务」")
        // A value that itself looks like a placeholder is not expanded again.
        #expect(FindingBuilder.render("{match}/{items}", [("match", "{items}"), ("items", "元旦")]) == "{items}/元旦")
    }

    @Test func emptiesKnownPlaceholdersWithoutValueAndKeepsOtherBraces() {
        #expect(FindingBuilder.render("缺少{items}。{见附件}", []) == "缺少。{见附件}")
        #expect(FindingBuilder.render("未闭合的{match", [("match", "x")]) == "未闭合的{match")
        #expect(FindingBuilder.render("没有占位符", [("match", "x")]) == "没有占位符")
        // A brace pair is read from the first "{" to the next "}": "{a{match}" is no placeholder.
        #expect(FindingBuilder.render("{a{match}}{match}", [("match", "x")]) == "{a{match}}x")
        #expect(FindingBuilder.render("{match}", [("match", "“引号”")]) == "“引号”")
    }

    @Test func messagesAreRenderedWhenReadAndCompareByText() throws {
        var text = LocalizedText(zhTemplate: "缺少{items}", zhValues: [("items", "元旦")], enTemplate: "No {items}", enValues: [("items", "New Year")])
        #expect(text.zh == "缺少元旦")
        #expect(text.text(.en) == "No New Year")
        #expect(text == LocalizedText(zh: "缺少元旦", en: "No New Year"))
        let decoded = try JSONDecoder().decode(LocalizedText.self, from: JSONEncoder().encode(text))
        #expect(decoded.zh == "缺少元旦" && decoded.en == "No New Year")
        // A text set by hand is taken as written, braces included.
        text.zh = "保留{items}"
        #expect(text.zh == "保留{items}")
        #expect(text.en == "No New Year")
    }
}

/// Section-path headings cut to forty characters, against `count` and `prefix`, with
/// combining marks and emoji sequences around the cut.
@Suite struct HeadingTextTests {
    @Test func shorteningAgreesWithCountingCharacters() {
        let alphabet = ["工", "a", "e\u{301}", "👍🏽", "👨‍👩‍👧", "\u{301}", " "]
        var generator = SystemRandomNumberGenerator()
        var cut = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let expected = text.count > 40 ? String(text.prefix(40)) + "…" : text
            #expect(LintContext.shortened(text) == expected)
            if expected != text { cut += 1 }
        }
        #expect(cut > 200)
    }
}

/// Scalar positions in an original line from its checkpoints, against walking the scalars.
@Suite struct OriginalLineTests {
    @Test func byteOffsetsAgreeWithAScalarWalk() {
        let alphabet = Array("a 工\u{3000}é😀\t、".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...300, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
            let text = String(scalars)
            let line = LintContext.OriginalLine(text)
            #expect(line.scalarCount == text.unicodeScalars.count)
            var offset = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(line.byteOffset(ofScalar: index) == offset)
                offset += scalar.utf8.count
            }
            #expect(line.byteOffset(ofScalar: line.scalarCount) == text.utf8.count)
        }
    }
}
