import PlanlintYAML
import Testing
@testable import PlanlintRules

/// `Rule` compares by its fields although they live in a shared box.
@Suite struct RuleTests {
    private static func rule(message: String = "缺少预算", severity: Severity = .error) -> Rule {
        Rule(
            id: "funds.budget", title: "经费预算", severity: severity, message: message, messageEn: "No budget", basis: "工会法",
            theme: "funds", kind: .duplicate(DuplicateSpec(minChars: 20)),
            location: RuleLocation(file: "Rules/funds.yaml", mark: YAMLMark(line: 3, column: 1)))
    }

    @Test func rulesCompareByTheirFieldsWhateverTheirBoxes() {
        let first = Self.rule()
        let copy = first
        #expect(copy == first)
        // Two boxes with the same fields.
        #expect(Self.rule() == first)
        #expect(Self.rule(message: "没有经费预算") != first)
        #expect(Self.rule(severity: .warning) != first)
        #expect(first.weakSeverity == Severity.error.milder)
        #expect(first.message == "缺少预算" && first.appliesTo == nil)
    }
}
