import Foundation
import Testing
@testable import PlanlintEngine

/// What a CI run over a submissions folder is told about: plans and the problems that concern
/// them, not broken links to pictures, nor problems outside a glob or inside ignored folders.
@Suite struct InputCollectorTests {
    /// plans/a.txt, plans/logo.png → missing.png (dangling, not a plan), plans/gone.txt →
    /// nowhere.txt (dangling plan), plans/loop → loop, archive/old.txt → nothing.txt.
    static func makeFolder() throws -> URL {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("planlint-inputs-\(UUID().uuidString)")
        let plans = root.appendingPathComponent("plans")
        let archive = root.appendingPathComponent("archive")
        try manager.createDirectory(at: plans, withIntermediateDirectories: true)
        try manager.createDirectory(at: archive, withIntermediateDirectories: true)
        try Data("计划".utf8).write(to: plans.appendingPathComponent("a.txt"))
        try manager.createSymbolicLink(atPath: plans.appendingPathComponent("logo.png").path, withDestinationPath: "missing.png")
        try manager.createSymbolicLink(atPath: plans.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: plans.appendingPathComponent("loop").path, withDestinationPath: "loop")
        try manager.createSymbolicLink(atPath: archive.appendingPathComponent("old.txt").path, withDestinationPath: "nothing.txt")
        return root
    }

    static func failures(_ items: [InputCollector.Item]) -> [String: String] {
        var result: [String: String] = [:]
        for case .failure(let path, let message) in items { result[path] = message }
        return result
    }

    /// A link in a submissions folder that leads out of it (to a file or a folder elsewhere)
    /// is reported and not followed, unless asked; links within the folder are followed.
    @Test func linksLeadingOutOfTheFolderAreNotFollowed() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("planlint-outward-\(UUID().uuidString)")
        let inbox = root.appendingPathComponent("inbox")
        let private_ = root.appendingPathComponent("private")
        try manager.createDirectory(at: inbox.appendingPathComponent("unit"), withIntermediateDirectories: true)
        try manager.createDirectory(at: private_, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: root) }
        try Data("计划".utf8).write(to: inbox.appendingPathComponent("unit/plan.txt"))
        try Data("机密".utf8).write(to: private_.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(atPath: inbox.appendingPathComponent("secret.txt").path, withDestinationPath: private_.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: inbox.appendingPathComponent("home").path, withDestinationPath: private_.path)
        try manager.createSymbolicLink(atPath: inbox.appendingPathComponent("same.txt").path, withDestinationPath: "unit/plan.txt")
        let shown = inbox.path
        let items = InputCollector(base: root.path).collect([shown])
        #expect(items.contains(.file(shown + "/unit/plan.txt")))
        #expect(items.contains(.file(shown + "/same.txt")), "a link within the folder is followed")
        let failures = Self.failures(items)
        #expect(failures[shown + "/secret.txt"] == InputCollector.outwardLink)
        #expect(failures[shown + "/home"] == InputCollector.outwardLink)
        #expect(!items.contains(.file(shown + "/home/secret.txt")))
        let followed = InputCollector(base: root.path, followsOutwardLinks: true).collect([shown])
        #expect(followed.contains(.file(shown + "/secret.txt")))
        #expect(followed.contains(.file(shown + "/home/secret.txt")))
        #expect(Self.failures(followed).isEmpty)
    }

    @Test func danglingLinksAreReportedOnlyWhenNamedLikeAPlan() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let plans = root.appendingPathComponent("plans").path
        let items = InputCollector(base: root.path).collect([plans])
        #expect(items.contains(.file(plans + "/a.txt")))
        let failures = Self.failures(items)
        #expect(failures[plans + "/gone.txt"] == "broken symbolic link")
        #expect(failures[plans + "/loop"] == "symbolic link loop")
        #expect(failures[plans + "/logo.png"] == nil, "a dangling link to a picture is not a plan")
        #expect(failures.count == 2)
    }

    @Test func problemsInsideIgnoredFoldersAreIgnored() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let items = InputCollector(ignore: ["archive/**", "plans/loop"], base: root.path).collect([root.path])
        let failures = Self.failures(items)
        #expect(failures.keys.sorted() == [root.path + "/plans/gone.txt"])
    }

    /// Run from a subfolder, `planlint a.txt` names plans/a.txt: `ignore` is matched against
    /// that path relative to the configuration's folder, not against "a.txt".
    @Test func ignoreMatchesPathsGivenFromASubfolder() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let plans = root.appendingPathComponent("plans").path
        // Paths as given are checked for existence from the process's folder, so absolute
        // here; what is matched is their place relative to the configuration's folder.
        let fromPlans = InputCollector(ignore: ["plans/*.txt"], base: root.path, workingDirectory: plans)
        #expect(fromPlans.collect([plans + "/a.txt"]).isEmpty)
        #expect(fromPlans.isIgnored("a.txt"))
        // "a.txt" at the configuration's folder is another file, which plans/a.txt is not.
        let topLevel = InputCollector(ignore: ["a.txt"], base: root.path, workingDirectory: plans)
        #expect(!topLevel.isIgnored("./a.txt"))
        #expect(topLevel.isIgnored(root.path + "/a.txt"))
    }

    @Test func aGlobReportsOnlyTheProblemsItReaches() throws {
        let root = try Self.makeFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let collector = InputCollector(base: root.path)
        // The docx glob reaches no broken .txt link: nothing matches, and it says so.
        let docx = collector.collect([root.path + "/**/*.docx"])
        #expect(docx == [.failure(path: root.path + "/**/*.docx", message: "no files match this pattern")])
        // A glob of one folder's .txt files finds its plan and its broken plan link, not the archive's.
        let txt = collector.collect([root.path + "/plans/*.txt"])
        #expect(txt.contains(.file(root.path + "/plans/a.txt")))
        #expect(Self.failures(txt).keys.sorted() == [root.path + "/plans/gone.txt"])
        // A glob under a folder that does not exist matches nothing.
        let missing = collector.collect([root.path + "/drafts/*.txt"])
        #expect(missing == [.failure(path: root.path + "/drafts/*.txt", message: "no files match this pattern")])
    }

    /// A zip made on Chinese Windows and unpacked on Linux leaves GBK file and folder names:
    /// those plans are found, linted and reported under the name as it reads, not called
    /// broken links.
    @Test func plansNamedInGBKAreLinted() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-gbk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        func raw(_ bytes: [UInt8]) -> [CChar] { (Array(root.path.utf8) + [UInt8(ascii: "/")] + bytes + [0]).map { CChar(bitPattern: $0) } }
        let folder: [UInt8] = [0xBC, 0xC6, 0xBB, 0xAE]  // 计划 in GBK
        #expect(mkdir(raw(folder), 0o755) == 0)
        let file: [UInt8] = folder + Array("/".utf8) + [0xD6, 0xD0, 0xCE, 0xC4] + Array(".txt".utf8)  // 计划/中文.txt
        let descriptor = open(raw(file), O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        _ = Array("效劳职工。".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
        let items = InputCollector(base: root.path).collect([root.path])
        let expected = InputCollector.Item.rawFile(path: root.path + "/计划/中文.txt", bytes: Array(root.path.utf8) + [UInt8(ascii: "/")] + file)
        #expect(items == [expected])
        let pack = try LintTestSupport.pack("""
            rules:
              - id: test.wrong
                title: 错词
                kind: substitute
                severity: warning
                replace: {效劳: 服务}
                message: "错词 {wrong}"
                message_en: "wrong {wrong}"
                basis: 测试
            """)
        let report = LintRunner(linter: Linter(rules: pack), options: LintOptions()).lint(expected)
        #expect(report.error == nil)
        #expect(report.path == root.path + "/计划/中文.txt")
        #expect(report.findings.map(\.ruleID) == ["test.wrong"])
    }

    /// The same from a zip made on Taiwanese Windows: a Big5 name reads as Big5, not as the
    /// GB18030 nonsense its bytes also are.
    @Test func aPlanNamedInBig5IsReportedUnderItsBig5Name() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-big5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let name: [UInt8] = [0xA4, 0x75, 0xB7, 0x7C, 0xAD, 0x70, 0xB9, 0xBA] + Array(".txt".utf8)  // 工會計劃 in Big5
        let path = Array(root.path.utf8) + [UInt8(ascii: "/")] + name
        let descriptor = open((path + [0]).map { CChar(bitPattern: $0) }, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(InputCollector(base: root.path).collect([root.path]) == [.rawFile(path: root.path + "/工會計劃.txt", bytes: path)])
    }

    @Test(arguments: [
        ("**/*.docx", "a/b", true),
        ("plans/*.txt", "plans", true),
        ("plans/*.txt", "archive", false),
        ("plans/*.txt", "plans/sub", false),
        ("*.txt", "sub", false),
        ("plans/20??/**", "plans/2025", true),
        ("plans/20??/**", "plans/old", false),
    ])
    func mayMatchInside(pattern: String, folder: String, expected: Bool) {
        #expect(GlobPattern(pattern).mayMatchInside(folder) == expected)
    }
}
