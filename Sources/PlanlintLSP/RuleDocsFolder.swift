import Foundation
import PlanlintEngine
import PlanlintRules

/// Writes each rule's `planlint explain` page to a temporary folder so a diagnostic's
/// `codeDescription` opens real documentation, whatever the workspace holds.
final class RuleDocsFolder {
    /// The folder asked for; `folder` is where pages go.
    let preferred: URL
    private(set) var folder: URL
    private var written: [String: String] = [:]

    init(folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-rule-docs-\(getuid())")) {
        self.preferred = folder
        self.folder = folder
    }

    /// The shared temporary folder has a name anyone can guess: another user may have made
    /// it first (writable by them, or a link elsewhere). Pages go there only when it is a real
    /// folder of this user that no one else can write; otherwise into a fresh private one.
    private func ensureFolder() throws {
        if folder != preferred { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var status = stat()
        if lstat(folder.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid(),
            status.st_mode & 0o022 == 0
        {
            return
        }
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("planlint-rule-docs-XXXXXX").path.utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        folder = URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }

    /// A file URL of the rule's page, written (or refreshed) when its text changed; nil when
    /// the page cannot be written.
    func url(for rule: Rule) -> String? {
        let text = RuleCatalog.explanation(of: rule, language: .zh) + "\n" + RuleCatalog.explanation(of: rule, language: .en)
        if written[rule.id] != text {
            do {
                try ensureFolder()
                try Data(text.utf8).write(to: folder.appendingPathComponent("\(rule.id).md"), options: .atomic)
                written[rule.id] = text
            } catch {
                return nil
            }
        }
        return folder.appendingPathComponent("\(rule.id).md").absoluteString
    }
}
