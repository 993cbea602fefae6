import Foundation
import PlanlintTestSupport
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

    /// Random templates of braces, placeholder names and text against a walk over scalars.
    @Test func renderAgreesWithAScalarWalk() {
        func reference(_ template: String, _ values: [(String, String)]) -> String {
            var result = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                let name = String(rest[rest.index(after: open)..<close])
                result += rest[..<open]
                if FindingBuilder.placeholders.contains(name) {
                    result += values.first { $0.0 == name }?.1 ?? ""
                } else {
                    result += rest[open...close]
                }
                rest = rest[rest.index(after: close)...]
            }
            return result + rest
        }
        let pieces = ["{", "}", "match", "items", "found", "x", "工", "😀", "{match}", "{items}", "{wrong}"]
        let values = [("match", "效劳"), ("found", "{items}"), ("x", "不用")]
        var generator = TestRandom()
        for _ in 0..<1000 {
            let template = RandomText.joined(from: pieces, count: 0...12, using: &generator)
            #expect(FindingBuilder.render(template, values) == reference(template, values), "\(template)")
        }
    }

    /// The pieces a reporter writes put together are the text, for templates with and
    /// without values (a text set by hand keeps its braces).
    @Test func piecesMakeTheText() {
        let pieces = ["{", "}", "match", "items", "x", "工", "😀", "{match}", "{items}", "{wrong}", "\"", "\u{2028}"]
        var generator = TestRandom()
        for _ in 0..<500 {
            let template = RandomText.joined(from: pieces, count: 0...10, using: &generator)
            let values = [
                MessageValue("match", zh: RandomText.joined(from: pieces, count: 0...3, using: &generator), en: RandomText.joined(from: pieces, count: 0...3, using: &generator)),
                MessageValue("items", zh: "元旦", en: "New Year's Day"),
            ]
            let texts = [
                LocalizedText(zhTemplate: template, enTemplate: template + "!", values: values),
                LocalizedText(zhTemplate: template, enTemplate: template, values: []),
                LocalizedText(zh: template, en: template),
            ]
            for text in texts {
                for language in Language.allCases {
                    var joined: [UInt8] = []
                    text.forEachPiece(language) { joined.append(contentsOf: $0) }
                    #expect(String(decoding: joined, as: UTF8.self) == text.text(language), "\(template)")
                }
            }
            // Each language takes its own values: the pairs of that language, rendered alone.
            for language in Language.allCases {
                let own = values.map { ($0.name, $0.text(language)) }
                #expect(texts[0].text(language) == FindingBuilder.render(language == .en ? template + "!" : template, own))
            }
        }
    }

    /// A value given once for both languages (a quote, a replacement) reads the same in each,
    /// whole and piece by piece, until its English is set apart.
    @Test func aValueTheSameInBothLanguagesReadsSoInEach() {
        let values = [MessageValue("match", text: "職代會"), MessageValue("right", zh: "职代会", en: "congress")]
        let text = LocalizedText(zhTemplate: "{match}→{right}", enTemplate: "{match} -> {right}", values: values)
        #expect(text.zh == "職代會→职代会" && text.en == "職代會 -> congress")
        var pieces: [UInt8] = []
        text.forEachPiece(.en) { pieces += $0 }
        #expect(pieces == Array("職代會 -> congress".utf8))
        var value = values[0]
        #expect(value.text(.zh) == "職代會" && value.text(.en) == "職代會")
        value.en = "staff congress"
        #expect(value.zh == "職代會" && value.en == "staff congress")
    }

    @Test func messagesAreRenderedWhenReadAndCompareByText() throws {
        var text = LocalizedText(zhTemplate: "缺少{items}", enTemplate: "No {items}", values: [MessageValue("items", zh: "元旦", en: "New Year")])
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

extension FindingBuilder {
    /// `render` with the values of one language given as name–value pairs, as the tests
    /// above write them.
    fileprivate static func render(_ template: String, _ values: [(String, String)]) -> String {
        render(template, values.map { MessageValue($0.0, zh: $0.1, en: $0.1) }, .zh)
    }
}
