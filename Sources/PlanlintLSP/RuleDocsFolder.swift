import Foundation
import PlanlintEngine
import PlanlintRules

/// Writes each rule's `planlint explain` page to a temporary folder so a diagnostic's
/// `codeDescription` opens real documentation, whatever the workspace holds.
final class RuleDocsFolder {
    let folder: URL
    private var written: [String: String] = [:]

    init(folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-rule-docs-\(getuid())")) {
        self.folder = folder
    }

    /// A file URL of the rule's page, written (or refreshed) when its text changed; nil when
    /// the page cannot be written.
    func url(for rule: Rule) -> String? {
        let text = RuleCatalog.explanation(of: rule, language: .zh) + "\n" + RuleCatalog.explanation(of: rule, language: .en)
        let file = folder.appendingPathComponent("\(rule.id).md")
        if written[rule.id] != text {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file, options: .atomic)
                written[rule.id] = text
            } catch {
                return nil
            }
        }
        return file.absoluteString
    }
}
