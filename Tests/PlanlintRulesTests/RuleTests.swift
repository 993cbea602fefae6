import PlanlintYAML
import Testing
@testable import PlanlintRules

/// `Rule` keeps value semantics although its fields live in a shared box.
@Suite struct RuleTests {
    private static func rule() -> Rule {
        Rule(
            id: "funds.budget", title: "经费预算", severity: .error, message: "缺少预算", messageEn: "No budget", basis: "工会法",
            theme: "funds", kind: .duplicate(DuplicateSpec(minChars: 20)), location: RuleLocation(file: "Rules/funds.yaml", mark: YAMLMark(line: 3, column: 1)))
    }

    @Test func changingACopyLeavesTheOriginalAlone() {
        let original = Self.rule()
        var copy = original
        #expect(copy == original)
        copy.message = "没有经费预算"
        copy.severity = .warning
        copy.appliesTo = [.school]
        #expect(original.message == "缺少预算")
        #expect(original.severity == .error)
        #expect(original.appliesTo == nil)
        #expect(copy.message == "没有经费预算")
        #expect(copy != original)
    }

    @Test func rulesWithEqualFieldsAreEqualWhateverTheirBoxes() {
        var changed = Self.rule()
        changed.title = "另一个标题"
        changed.title = "经费预算"
        #expect(changed == Self.rule())
        #expect(Self.rule().weakSeverity == Severity.error.milder)
    }
}
