import Foundation
import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing

@testable import PlanlintEngine

/// Two rules: a substitution (findings on a line) and a requirement (a finding about the whole plan).
private let rulesYAML = """
    rules:
      - id: test.wrong
        title: 错词
        kind: substitute
        severity: warning
        replace:
          效劳: 服务
        message: "错词 {wrong}"
        message_en: "wrong {wrong}"
        basis: 测试
      - id: test.other
        title: 另一个错词
        kind: substitute
        severity: info
        replace:
          广阔职工: 广大职工
        message: "错词 {wrong}"
        message_en: "wrong {wrong}"
        basis: 测试
      - id: test.budget
        title: 经费预算
        kind: require
        severity: error
        match:
          terms: [经费预算]
        message: 没有经费预算
        message_en: no budget
        basis: 测试
    """

private func lint(_ text: String, format: DocumentFormat = .markdown, options: LintOptions = LintOptions()) throws -> FileReport {
    let linter = Linter(rules: try LintTestSupport.pack(rulesYAML))
    return linter.lint(DocumentReader.document(text: text, path: format == .markdown ? "plan.md" : "plan.txt", format: format), options: options)
}

private func lines(_ report: FileReport, _ rule: String) -> [Int] {
    report.findings.filter { $0.ruleID == rule }.map(\.start.line)
}

@Suite struct SuppressionTests {
    @Test func disableAndEnableBracketLines() throws {
        let text = """
            # 工会工作计划
            效劳一
            <!-- planlint-disable test.wrong -->
            效劳二，广阔职工
            效劳三
            <!-- planlint-enable test.wrong -->
            效劳四
            """
        let report = try lint(text)
        #expect(lines(report, "test.wrong") == [2, 7])
        // Other rules are untouched by a disable naming one rule.
        #expect(lines(report, "test.other") == [4])
    }

    /// A reviewer's run (`--ignore-suppressions`) reports what the comments would hide,
    /// including their unknown rule ids (the comments do nothing, so neither do their ids).
    @Test func suppressionsCanBeIgnored() throws {
        let text = "# 工会工作计划\n<!-- planlint-disable -->\n效劳一\n<!-- planlint-disable-next-line test.nosuch -->\n效劳二"
        #expect(try lint(text).findings.map(\.ruleID) == [Suppressions.unknownRuleID])
        let all = try lint(text, options: LintOptions(honoursSuppressions: false))
        #expect(lines(all, "test.wrong") == [3, 5])
        #expect(lines(all, "test.budget") == [1])
        #expect(!all.findings.contains { $0.ruleID == Suppressions.unknownRuleID })
    }

    @Test func disableNextLineCoversOnlyTheNextLine() throws {
        let text = """
            <!-- planlint-disable-next-line test.wrong, test.other -->
            效劳一，广阔职工
            效劳二
            """
        let report = try lint(text)
        #expect(lines(report, "test.wrong") == [3])
        #expect(lines(report, "test.other") == [])
    }

    @Test func noRuleIDMeansEveryRule() throws {
        let text = """
            效劳一
            <!-- planlint-disable -->
            效劳二，广阔职工
            <!-- planlint-enable -->
            效劳三，广阔职工
            <!-- planlint-disable-next-line -->
            效劳四，广阔职工
            """
        let report = try lint(text)
        #expect(lines(report, "test.wrong") == [1, 5])
        #expect(lines(report, "test.other") == [5])
    }

    @Test func enablingOneRuleAfterDisablingAll() throws {
        let text = """
            <!-- planlint-disable -->
            效劳一，广阔职工
            <!-- planlint-enable test.other -->
            效劳二，广阔职工
            """
        let report = try lint(text)
        #expect(lines(report, "test.wrong") == [])
        #expect(lines(report, "test.other") == [4])
    }

    @Test func sameCommentsWorkInPlainText() throws {
        let text = "效劳一\n<!-- planlint-disable-next-line test.wrong -->\n效劳二"
        let report = try lint(text, format: .text)
        #expect(lines(report, "test.wrong") == [1])
    }

    @Test func missingFindingIsSuppressedByADisableThatIsNeverEnabled() throws {
        let withDisable = try lint("<!-- planlint-disable test.budget -- 本单位经费由上级统管 -->\n# 计划\n效劳")
        #expect(lines(withDisable, "test.budget") == [])
        #expect(lines(withDisable, "test.wrong") == [3])
        let reEnabled = try lint("# 计划\n<!-- planlint-disable test.budget -->\n效劳\n<!-- planlint-enable test.budget -->")
        #expect(lines(reEnabled, "test.budget").count == 1)
    }

    @Test func unknownRuleIDIsReportedAtItsPosition() throws {
        let text = "# 计划\n效劳 <!-- planlint-disable-next-line test.wrong, test.wrnog -->\n效劳"
        let report = try lint(text)
        let unknown = try #require(report.findings.first { $0.ruleID == Suppressions.unknownRuleID })
        #expect(unknown.severity == .warning)
        #expect(unknown.category == .defect)
        #expect(unknown.start == SourcePosition(line: 2, column: 48))
        #expect(unknown.end == SourcePosition(line: 2, column: 58))
        #expect(unknown.message.zh.contains("test.wrnog"))
        #expect(unknown.message.en.contains("did you mean test.wrong"))
        // The known id in the same comment still works.
        #expect(lines(report, "test.wrong") == [2])
        #expect(report.findings.filter { $0.ruleID == Suppressions.unknownRuleID }.count == 1)
    }

    @Test func commentsInFencedCodeAreExamplesNotDirectives() throws {
        let text = """
            # 计划
            ```markdown
            <!-- planlint-disable test.wrong -->
            ```
            效劳
            ~~~~
            <!-- planlint-disable nope -->
            ~~~
            ~~~~
            <!-- planlint-disable-next-line test.wrong -->
            效劳
            """
        let report = try lint(text)
        #expect(lines(report, "test.wrong") == [5])
        #expect(!report.findings.contains { $0.ruleID == Suppressions.unknownRuleID })
        // In plain text there are no code blocks: the same comment is a directive.
        #expect(lines(try lint(text, format: .text), "test.wrong") == [])
    }

    @Test func unknownSuppressionCheckCanBeDisabled() throws {
        let report = try lint("<!-- planlint-disable nope -->\n效劳", options: LintOptions(disabledRules: [Suppressions.unknownRuleID]))
        #expect(!report.findings.contains { $0.ruleID == Suppressions.unknownRuleID })
    }

    @Test func ordinaryCommentsAndTextAreNotDirectives() {
        let none = Suppressions(lines: ["<!-- 说明：planlint-disable 不在开头 -->", "planlint-disable test.wrong", "<!-- planlint-disabled x -->"])
        #expect(none.isEmpty)
        let two = Suppressions(lines: ["<!-- planlint-disable a --> 文字 <!-- planlint-enable a -->"])
        #expect(two.directives.map(\.kind) == [.disable, .enable])
        #expect(two.directives.map(\.ruleIDs) == [["a"], ["a"]])
    }

    @Test func perPathOverridesDisableRulesForMatchingFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-overrides-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans/2019"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans/2025"), withIntermediateDirectories: true)
        let configPath = folder.appendingPathComponent(".planlint.yaml").path
        try "overrides:\n  - files: \"plans/2019/**\"\n    disable: [test.wrong]\n".write(toFile: configPath, atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader.load(path: configPath)
        #expect(configuration.overrides.first?.disable == ["test.wrong"])
        let old = folder.appendingPathComponent("plans/2019/plan.txt").path
        let new = folder.appendingPathComponent("plans/2025/plan.txt").path
        for path in [old, new] { try "效劳职工".write(toFile: path, atomically: true, encoding: .utf8) }
        let runner = LintRunner(
            linter: Linter(rules: try LintTestSupport.pack(rulesYAML)), options: LintOptions(), configuration: configuration)
        #expect(runner.options(for: old).disabledRules.contains("test.wrong"))
        #expect(!runner.options(for: new).disabledRules.contains("test.wrong"))
        let reports = runner.run([.file(old), .file(new)])
        #expect(lines(reports[0], "test.wrong") == [])
        #expect(lines(reports[1], "test.wrong") == [1])
    }

    @Test func directiveSniffAgreesWithItsPlainDefinition() {
        func plain(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            let opens = bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: "<") && bytes[$0 + 1] == UInt8(ascii: "!") }
            return opens && line.contains("planlint-")
        }
        let alphabet = Array("<!-工 a".unicodeScalars)
        var generator = TestRandom()
        var directives = 0
        for round in 0..<2000 {
            var line = RandomText.scalars(from: alphabet, length: 0...10, using: &generator)
            if round % 3 == 0 { line += "planlint-disable" }
            if plain(line) { directives += 1 }
            #expect(Suppressions.mayHoldDirective(line) == plain(line), "\(line)")
        }
        #expect(directives > 50)
    }
}

