import Foundation
import PlanlintEngine
import PlanlintRules

/// Writes each rule's `planlint explain` page to a temporary folder so a diagnostic's
/// `codeDescription` opens real documentation, whatever the workspace holds.
final class RuleDocsFolder {
    /// The folder asked for; `folder` is where pages go.
    let preferred: URL
    private(set) var folder: URL
    /// The page text last written for each rule id.
    private var written: [String: String] = [:]
    /// Each rule's page URL, by the rule's identity: asked for every diagnostic of every
    /// change, while a page's text changes only with its pack (making both languages' text
    /// for each diagnostic was most of a change's work). Nil for a page that could not be
    /// written: it is not tried again for every diagnostic. Each entry keeps its rule, so
    /// the identity is never freed and reused by another pack's rule.
    private var urls: [ObjectIdentifier: (rule: Rule, url: String?)] = [:]

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
        if let known = urls[rule.identity] { return known.url }
        let url = page(for: rule)
        urls[rule.identity] = (rule, url)
        return url
    }

    private func page(for rule: Rule) -> String? {
        let text = RuleCatalog.explanation(of: rule, language: .zh) + "\n" + RuleCatalog.explanation(of: rule, language: .en)
        if written[rule.id] != text {
            do {
                try ensureFolder()
                let page = folder.appendingPathComponent("\(rule.id).md")
                // A page an earlier server wrote is left as it is when it says the same: a
                // plan's first diagnostics name forty rules, and writing forty files held
                // them up by tens of milliseconds.
                let data = Data(text.utf8)
                if (try? Data(contentsOf: page)) != data { try data.write(to: page, options: .atomic) }
                written[rule.id] = text
            } catch {
                return nil
            }
        }
        return folder.appendingPathComponent("\(rule.id).md").absoluteString
    }
}
