import PlanlintDocument
import PlanlintEngine
import PlanlintRules
import Foundation

/// Builds packs and documents for engine tests.
enum LintTestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// A pack from one rule file's text, failing the test loudly when it does not load.
    static func pack(_ yaml: String) throws -> RulePack {
        try RuleLoader().load([RuleSource(path: "test.yaml", text: yaml)])
    }

    /// Rule-list items the suites on content set aside share (an off-topic body, a 总结, an
    /// activity scheme): rules that judge a file as a plan, one `require` (职代会, weak without
    /// a time), one `coverage` (春节, 中秋) and a `title` for plans, schemes and untitled files,
    /// and one of how it is written (`forbid` XX). They follow a suite's own items under
    /// `rules:`.
    static let contentAndWritingRules = """
          - id: test.title
            title: 标题
            kind: title
            severity: warning
            when: {documents: [plan, scheme, unknown]}
            type_terms: [工作计划, 工作方案, 计划]
            unit_terms: [工会]
            message: 没有标题
            message_en: no title
            weak_message: 标题缺少 {items}
            weak_message_en: title lacks {items}
            basis: 测试依据
          - id: test.congress
            title: 职代会
            kind: require
            severity: warning
            match: [职代会]
            weak_unless: [time]
            message: 没有职代会
            message_en: no congress
            basis: 测试依据
          - id: test.holidays
            title: 节日
            kind: coverage
            severity: info
            items:
              - {name: 春节}
              - {name: 中秋}
            message: 缺少 {items}
            message_en: missing {items}
            basis: 测试依据
          - id: test.placeholder
            title: 占位符
            kind: forbid
            severity: error
            match: [XX]
            message: 占位符 {match}
            message_en: placeholder {match}
            basis: 测试依据
        """

    /// Lints `text` with the pack `yaml`, some of its rules disabled.
    static func lint(_ text: String, pack yaml: String, disabled: Set<String>) throws -> FileReport {
        let linter = Linter(rules: try pack(yaml))
        let document = DocumentReader.document(text: text, path: "test.txt", format: .text)
        return linter.lint(document, options: LintOptions(disabledRules: disabled))
    }

    /// Lints text with a rule written as YAML (common fields are filled in).
    static func lint(_ text: String, rule body: String, profile: OrganisationProfile? = nil, year: Int? = nil, format: DocumentFormat = .text) throws -> FileReport {
        let yaml = """
            rules:
              - id: test.rule
                title: 测试
                severity: error
                message: "消息 {match}{items}{found}{right}"
                message_en: "message {match}{items}{found}{right}"
                basis: 测试依据
            \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            """
        let linter = Linter(rules: try pack(yaml))
        let document = DocumentReader.document(text: text, path: "test.txt", format: format)
        return linter.lint(document, options: LintOptions(profile: profile, year: year))
    }
}
