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
