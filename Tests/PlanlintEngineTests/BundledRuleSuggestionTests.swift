import PlanlintBundledRules
import PlanlintRules
import PlanlintYAML
import Testing

@testable import PlanlintEngine

/// What the bundled rules tell a writer to do. Every rule says it, in both languages (the
/// JSON, SARIF and language-server findings carry it), and the model sentence a `require`
/// rule quotes (写明"…") satisfies that rule: a suggestion its own rule reports as missing
/// or weak would send the writer round in circles.
@Suite struct BundledRuleSuggestionTests {
    @Test func everyRuleSuggestsWhatToWrite() throws {
        let rules = try BundledRules.pack.get().rules
        let without = rules.filter { ($0.suggestion ?? "").isEmpty || ($0.suggestionEn ?? "").isEmpty }.map(\.id)
        #expect(without.isEmpty, "rules without a suggestion in both languages: \(without)")
    }

    @Test func quotedModelSentencesPassTheirOwnRule() throws {
        let pack = try BundledRules.pack.get()
        let tester = RuleTester(linter: Linter(rules: pack))
        var checked = 0
        for rule in pack.rules {
            guard case .require = rule.kind, let suggestion = rule.suggestion, let sentence = Self.quoted(in: suggestion) else {
                continue
            }
            let example = RuleExample(text: sentence, mark: YAMLMark(line: 1, column: 1))
            let findings = tester.findings(of: rule, on: example)
            #expect(findings.isEmpty, "\(rule.id): its suggestion \(sentence) is reported: \(findings.map(\.message.zh))")
            checked += 1
        }
        // Most require rules quote a sentence; a count far below says the quotes are not found.
        #expect(checked >= 30)
    }

    @Test func quotedFindsTheFirstPairOfQuotes() {
        #expect(Self.quoted(in: #"写明"3月召开职代会"，再写"其他""#) == "3月召开职代会")
        #expect(Self.quoted(in: "删去重复的一段。") == nil)
        #expect(Self.quoted(in: #"只有一个"引号"#) == nil)
    }

    /// The text between the first pair of ASCII double quotes, nil without a pair.
    static func quoted(in text: String) -> String? {
        guard let open = text.firstIndex(of: "\"") else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<close])
    }
}
