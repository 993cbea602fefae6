import PlanlintDocument
import PlanlintRules
import Testing
@testable import PlanlintEngine

/// `CheckResult.satisfiedAt`: where a passed `require` or `coverage` check found what
/// satisfied it, kept only when the run asks (`LintOptions.recordsPassPlaces`).
@Suite struct PassPlaceTests {
    private func check(_ text: String, _ body: String, records: Bool = true) throws -> CheckResult? {
        let yaml = """
            rules:
              - id: test.rule
                title: 测试
                severity: warning
                message: "消息 {items}"
                message_en: "message {items}"
                basis: 测试依据
            \(body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            """
        let linter = Linter(rules: try LintTestSupport.pack(yaml))
        let document = DocumentReader.document(text: text, path: "test.txt", format: .text)
        return linter.lint(document, options: LintOptions(recordsPassPlaces: records)).checks.first
    }

    @Test func aRequirePassIsPlacedAtItsMention() throws {
        let result = try check("2025年工会工作计划\n一、总体要求\n  做好职工之家建设。\n", "kind: require\nmatch: [职工之家]")
        #expect(result?.status == .passed)
        #expect(result?.satisfiedAt?.start == SourcePosition(line: 3, column: 5))
        #expect(result?.satisfiedAt?.evidence == "做好职工之家建设。")
    }

    @Test func withWeakUnlessThePlaceIsTheFirstConcreteMention() throws {
        // The first 职代会 has no time; the pass is owed to the second, dated one.
        let text = "工会工作计划\n一、加强民主管理，开好职代会。\n二、重点工作\n3月召开职代会，审议工作报告。\n"
        let result = try check(text, "kind: require\nmatch: [职代会]\nweak_unless: [time]\nweak_scope: sentence")
        #expect(result?.status == .passed)
        #expect(result?.satisfiedAt?.start == SourcePosition(line: 4, column: 5))
        #expect(result?.satisfiedAt?.evidence == "3月召开职代会，审议工作报告。")
    }

    @Test func theEvidenceQuotesThePlanAsWritten() throws {
        // Traditional script is read as simplified; the place quotes the original line.
        let result = try check("工會工作計劃\n舉辦職工之家活動\n", "kind: require\nmatch: [职工之家]")
        #expect(result?.satisfiedAt?.start == SourcePosition(line: 2, column: 3))
        #expect(result?.satisfiedAt?.evidence == "舉辦職工之家活動")
    }

    @Test func aMissingOrWeakResultHasNoPlace() throws {
        let missing = try check("工会工作计划\n做好宣传工作。\n", "kind: require\nmatch: [职工之家]")
        #expect(missing?.status == .missing)
        #expect(missing?.satisfiedAt == nil)
        let weak = try check("工会工作计划\n开好职代会。\n", "kind: require\nmatch: [职代会]\nweak_unless: [time]")
        #expect(weak?.status == .weak)
        #expect(weak?.satisfiedAt == nil)
    }

    @Test func nothingIsKeptUnlessAsked() throws {
        let result = try check("工会工作计划\n做好职工之家建设。\n", "kind: require\nmatch: [职工之家]", records: false)
        #expect(result?.status == .passed)
        #expect(result?.satisfiedAt == nil)
    }

    @Test func aCoveragePassIsPlacedAtTheEarliestItemFound() throws {
        let rule = "kind: coverage\nmin: 1\nitems:\n  - {name: 春节}\n  - {name: 中秋}"
        let result = try check("工会工作计划\n\n中秋节发放慰问品。\n春节走访困难职工。\n", rule)
        #expect(result?.status == .passed)
        #expect(result?.satisfiedAt?.start.line == 3)
        let short = try check("工会工作计划\n春节走访困难职工。\n", "kind: coverage\nitems:\n  - {name: 春节}\n  - {name: 中秋}")
        #expect(short?.status == .missing)
        #expect(short?.satisfiedAt == nil)
    }
}
