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

    /// A page is made once per rule, and one an earlier server left with the same text is
    /// not written again; a page whose text differs is.
    @Test func pagesAreWrittenOnceAndOnlyWhenTheyChange() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("docs")
        let first = RuleDocsFolder(folder: folder)
        let url = try #require(first.url(for: Self.rule))
        let page = try #require(URL(string: url))
        let written = try Data(contentsOf: page)
        #expect(!written.isEmpty)
        // The same server does not look at the file again.
        try Data("edited".utf8).write(to: page)
        #expect(first.url(for: Self.rule) == url)
        #expect(try Data(contentsOf: page) == Data("edited".utf8))
        // A new server puts the page right, and leaves a page that is right alone.
        let second = RuleDocsFolder(folder: folder)
        #expect(second.url(for: Self.rule) == url)
        #expect(try Data(contentsOf: page) == written)
        let before = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        let inode = try FileManager.default.attributesOfItem(atPath: page.path)[.systemFileNumber] as? Int
        let third = RuleDocsFolder(folder: folder)
        #expect(third.url(for: Self.rule) == url)
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.systemFileNumber] as? Int == inode)
        #expect(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date == before)
    }
}
