import PlanlintBundledRules
import PlanlintRules
import Testing

@testable import PlanlintEngine

/// Patterns no literal gates run on every line of every plan; the pack names each once, at
/// the place it was written.
@Suite struct UngatedPatternTests {
    /// `[0-9]{5,}` holds nothing but digits (no gate: every plan's lines hold digits);
    /// `第[0-9]+页` needs 第 and 页; the vocabulary's `^\s*$` needs nothing. Two rules use the
    /// vocabulary; the second rule repeats the digits pattern.
    static let vocabularyFile = """
        vocabularies:
          blanks:
            terms: [空白行]
            patterns: ['^\\s*$']
        """
    static let ruleFile = """
        rules:
          - id: test.digits
            title: 长数字
            kind: forbid
            severity: warning
            match:
              patterns: ['[0-9]{5,}', '第[0-9]+页']
            message: m
            message_en: m
            basis: b
          - id: test.blank
            title: 空行
            kind: forbid
            severity: warning
            match:
              vocabulary: blanks
              patterns: ['[0-9]{5,}']
            message: m
            message_en: m
            basis: b
          - id: test.blank-again
            title: 空行
            kind: forbid
            severity: info
            match: {vocabulary: blanks}
            message: m
            message_en: m
            basis: b
        """

    static func pack() throws -> CompiledPack {
        CompiledPack(
            pack: try RuleLoader().load([
                RuleSource(path: "vocabularies.yaml", text: vocabularyFile), RuleSource(path: "rules/test.yaml", text: ruleFile),
            ]))
    }

    @Test func namesEachPatternOnceWithEveryRuleThatUsesIt() throws {
        let ungated = try Self.pack().ungatedPatterns
        #expect(ungated.map(\.pattern.source) == ["[0-9]{5,}", "^\\s*$"])
        #expect(ungated.map(\.ruleIDs) == [["test.digits", "test.blank"], ["test.blank", "test.blank-again"]])
    }

    @Test func pointsWhereThePatternIsWrittenAlsoInAVocabularyFile() throws {
        let ungated = try Self.pack().ungatedPatterns
        #expect(ungated.first?.pattern.location == "rules/test.yaml:7:18")
        #expect(ungated.last?.pattern.location == "vocabularies.yaml:4:16")
        #expect(ungated.first?.description.hasPrefix("rules/test.yaml:7:18: pattern runs on every line of every plan (test.digits, test.blank)") == true)
    }

    @Test func aPackBuiltWithoutGatesNamesEveryPattern() throws {
        let rules = try RuleLoader().load([RuleSource(path: "vocabularies.yaml", text: Self.vocabularyFile), RuleSource(path: "rules/test.yaml", text: Self.ruleFile)])
        #expect(CompiledPack(pack: rules, gatingPatterns: false).ungatedPatterns.count == 3)
    }

    /// Every bundled pattern is gated: one that is not costs every line of every plan.
    @Test func theBundledPackRunsNoPatternOnEveryLine() throws {
        let ungated = try BundledRules.compiled.get().ungatedPatterns
        #expect(ungated.isEmpty, "\(ungated.map(\.description).joined(separator: "\n"))")
    }
}
