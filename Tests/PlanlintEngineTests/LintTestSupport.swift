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
