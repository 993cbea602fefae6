import Foundation
import PlanlintTestSupport
import Testing

/// `planlint test` on single rule files and with `--rule`, as a rule author runs it on the
/// file being edited; and `--rules FILE` for one file of house rules.
@Suite struct TestCommandTests {
    /// Two rules: `good.boilerplate`, whose examples hold, and `bad.placeholder`, whose fail
    /// example (line 23) holds no placeholder.
    static let rules = """
        rules:
          - id: good.boilerplate
            title: 网站套话
            kind: forbid
            severity: warning
            match: [小编整理]
            message: 有网站套话「{match}」
            message_en: "Site boilerplate '{match}'"
            basis: 测试
            examples:
              pass: ["工会工作计划"]
              fail: ["以下是小编整理的计划"]
          - id: bad.placeholder
            title: 占位符
            kind: forbid
            severity: warning
            match: [20xx]
            message: 有占位符「{match}」
            message_en: "Placeholder '{match}'"
            basis: 测试
            examples:
              pass: ["2025年工作计划"]
              fail: ["2025年工作计划，没有占位符"]
        """

    static func folderWithRules() throws -> URL {
        let folder = try PlanlintProcess.temporaryFolder()
        try rules.write(to: folder.appendingPathComponent("house.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aSingleRuleFileIsTestedAndItsFailuresPointIntoIt() throws {
        let folder = try Self.folderWithRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PlanlintProcess.run(["test", "house.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("house.yaml:23:"), "\(result.stdout)")
        #expect(result.stdout.contains("bad.placeholder: fail example was not flagged"))
        #expect(result.stdout.contains("3 passed, 1 failed"))
    }

    @Test func ruleFilterTestsOnlyTheRulesItNames() throws {
        let folder = try Self.folderWithRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try PlanlintProcess.run(["test", "house.yaml", "--rule", "good.*"], in: folder)
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("2 passed, 0 failed"))
        let bad = try PlanlintProcess.run(["test", ".", "--rule", "bad.placeholder"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("1 passed, 1 failed"))
        // A filter that matches nothing is a mistake, not a pass.
        let none = try PlanlintProcess.run(["test", "house.yaml", "--rule", "good.boilerplat"], in: folder)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no rule matches 'good.boilerplat'"))
    }

    @Test func aRuleFileLintsPlansOnItsOwn() throws {
        let folder = try Self.folderWithRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "20xx年工会工作计划\n以下是小编整理的计划。\n".write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run(["--rules", "house.yaml", "--format", "json", "plan.txt"], in: folder)
        let rules = Set(result.stdout.components(separatedBy: "\"rule\"").dropFirst().compactMap { $0.split(separator: "\"").dropFirst().first })
        #expect(rules == ["good.boilerplate", "bad.placeholder"], "\(result.stdout)")
    }

    @Test func aFileThatIsNoRuleFileIsRefusedWithItsName() throws {
        let folder = try Self.folderWithRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "正文".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run(["test", "notes.txt"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("notes.txt:1:1: not a rule file or folder"))
    }

    /// A pattern with no literal a match must hold runs on every line of every plan: named
    /// where it is written, a warning that `--strict` counts as a failure.
    @Test func aPatternThatRunsOnEveryLineIsNamedAndFailsUnderStrict() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rule = """
            rules:
              - id: house.long-number
                title: 长数字
                kind: forbid
                severity: warning
                match:
                  patterns: ['[0-9]{6,}']
                message: 有长数字「{match}」
                message_en: "Long number '{match}'"
                basis: 测试
                examples:
                  pass: ["2025年工作计划"]
                  fail: ["电话12345678"]
            """
        try rule.write(to: folder.appendingPathComponent("house.yaml"), atomically: true, encoding: .utf8)
        let plain = try PlanlintProcess.run(["test", "house.yaml"], in: folder)
        #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
        #expect(plain.stdout.contains("warning: house.yaml:7:18: pattern runs on every line of every plan (house.long-number)"), "\(plain.stdout)")
        #expect(plain.stdout.contains("2 passed, 0 failed"))
        let strict = try PlanlintProcess.run(["test", "--strict", "house.yaml"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("2 passed, 1 failed"))
        // Given a literal every match holds (电话), the same rule is gated and passes.
        try rule.replacingOccurrences(of: "'[0-9]{6,}'", with: "'电话[0-9]{6,}'").write(
            to: folder.appendingPathComponent("house.yaml"), atomically: true, encoding: .utf8)
        let gated = try PlanlintProcess.run(["test", "--strict", "house.yaml"], in: folder)
        #expect(gated.status == 0, "\(gated.stdout)")
        #expect(!gated.stdout.contains("every line"))
    }
}
