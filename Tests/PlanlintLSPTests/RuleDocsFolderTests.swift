import Foundation
import PlanlintRules
import Testing

@testable import PlanlintLSP

/// The rule pages go to a folder with a guessable name in the shared temporary folder: one
/// made beforehand by someone else (writable by others, or a link) must not be used.
@Suite struct RuleDocsFolderTests {
    static let rule = try! RuleLoader().load([RuleSource(path: "t.yaml", text: """
        rules:
          - id: test.wrong
            title: 错词
            kind: substitute
            severity: warning
            replace: {效劳: 服务}
            message: "「{wrong}」应为「{right}」"
            message_en: "'{wrong}' should be '{right}'"
            basis: 测试
        """)]).rules[0]

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-docs-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func ownPrivateFolderIsUsed() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let docs = RuleDocsFolder(folder: root.appendingPathComponent("docs"))
        let url = try #require(docs.url(for: Self.rule))
        #expect(url == root.appendingPathComponent("docs/test.wrong.md").absoluteString)
    }

    @Test func worldWritableOrLinkedFolderIsNotUsed() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let open = root.appendingPathComponent("open")
        try FileManager.default.createDirectory(at: open, withIntermediateDirectories: true)
        chmod(open.path, 0o777)
        let target = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for planted in [open, link] {
            let docs = RuleDocsFolder(folder: planted)
            let url = try #require(docs.url(for: Self.rule))
            #expect(!url.hasPrefix(planted.absoluteString), "\(url)")
            #expect(FileManager.default.fileExists(atPath: try #require(URL(string: url)).path))
            try? FileManager.default.removeItem(at: docs.folder)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: open.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
    }
}
