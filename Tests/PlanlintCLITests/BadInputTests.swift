import Foundation
import PlanlintTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile and broken input, end to end (issue 7; docs/reliability.md).
///
/// Every case runs the built binary with a deadline and checks the same three things: it
/// ended by itself (no hang), it exited 0, 1 or 2 (no signal, no trap), and the message names
/// the file — with line:column for rule and configuration errors. Small cases are committed
/// under Tests/Fixtures/bad-input (documents/make-fixtures.py regenerates them); big ones
/// (zip bombs, 30 MB lines, thousands of entries or keys) are generated here at run time.
@Suite struct BadInputTests {
    static let root = PlanlintProcess.packageRoot.appendingPathComponent("Tests/Fixtures/bad-input")
    /// scripts/sanitizers.sh sets PLANLINT_SANITIZER: sanitized binaries are slower and bigger.
    static let sanitizer = ProcessInfo.processInfo.environment["PLANLINT_SANITIZER"]
    static let slowdown: Double = sanitizer == "thread" ? 8 : sanitizer == "address" ? 3 : 1
    static let plan = PlanlintProcess.packageRoot.appendingPathComponent("Tests/Fixtures/documents/plan.txt")

    // MARK: - Rule files

    struct RuleCase: CustomTestStringConvertible, Sendable {
        var folder: String
        var file: String
        var line: Int
        var column: Int
        var fragment: String
        var testDescription: String { folder }
    }

    static let ruleCases: [RuleCase] = [
        RuleCase(folder: "syntax-error", file: "rule.yaml", line: 4, column: 9, fragment: "YAML syntax error"),
        RuleCase(folder: "tab-indentation", file: "rule.yaml", line: 3, column: 1, fragment: "tab character"),
        RuleCase(folder: "billion-laughs", file: "rule.yaml", line: 5, column: 36, fragment: "more than 100000 nodes"),
        RuleCase(folder: "deep-nesting", file: "rule.yaml", line: 1, column: 71, fragment: "nest deeper than 64"),
        RuleCase(folder: "duplicate-key", file: "rule.yaml", line: 9, column: 5, fragment: "duplicate key 'message'"),
        RuleCase(folder: "unknown-tag", file: "rule.yaml", line: 3, column: 12, fragment: "unsupported tag"),
        RuleCase(folder: "alias-to-nothing", file: "rule.yaml", line: 3, column: 12, fragment: "names no anchor"),
        RuleCase(folder: "rules-not-a-list", file: "rule.yaml", line: 2, column: 8, fragment: "'rules' must be a list"),
        RuleCase(folder: "wrong-types", file: "rule.yaml", line: 3, column: 12, fragment: "'title' must be text"),
        RuleCase(folder: "unknown-kind", file: "rule.yaml", line: 4, column: 11, fragment: "unknown kind 'forbidd'"),
        RuleCase(folder: "invalid-regex", file: "rule.yaml", line: 7, column: 18, fragment: "invalid regular expression"),
        RuleCase(folder: "nested-quantifier", file: "rule.yaml", line: 7, column: 18, fragment: "repeats a group that itself repeats"),
        RuleCase(folder: "repeated-alternation", file: "rule.yaml", line: 7, column: 18, fragment: "repeats a group of alternatives"),
        RuleCase(folder: "empty-term-list", file: "rule.yaml", line: 6, column: 12, fragment: "has no terms"),
        RuleCase(folder: "unknown-vocabulary", file: "rule.yaml", line: 6, column: 25, fragment: "unknown vocabulary"),
        RuleCase(folder: "duplicate-id-across-files", file: "b.yaml", line: 2, column: 5, fragment: "duplicate rule id 'bad.case'"),
        RuleCase(folder: "duplicate-vocabulary", file: "rule.yaml", line: 2, column: 3, fragment: "is already defined at"),
        RuleCase(folder: "empty-vocabulary", file: "rule.yaml", line: 2, column: 8, fragment: "has no terms"),
        RuleCase(folder: "non-utf8", file: "rule.yaml", line: 1, column: 1, fragment: "cannot read as UTF-8"),
        RuleCase(folder: "scalar-root", file: "rule.yaml", line: 1, column: 1, fragment: "must be a mapping, not a scalar"),
        RuleCase(folder: "rule-is-a-scalar", file: "rule.yaml", line: 2, column: 5, fragment: "a rule must be a mapping"),
        RuleCase(folder: "unknown-field", file: "rule.yaml", line: 5, column: 5, fragment: "did you mean 'severity'"),
        RuleCase(folder: "missing-fields", file: "rule.yaml", line: 2, column: 5, fragment: "has no 'title'"),
        RuleCase(folder: "nul-byte", file: "rule.yaml", line: 1, column: 1, fragment: "control characters"),
        RuleCase(folder: "control-character", file: "rule.yaml", line: 1, column: 1, fragment: "control characters"),
        RuleCase(folder: "bad-severity", file: "rule.yaml", line: 5, column: 15, fragment: "'severity' must be one of"),
        RuleCase(folder: "bad-id", file: "rule.yaml", line: 2, column: 9, fragment: "must be dotted lowercase words"),
        RuleCase(folder: "yaml-extension-yml", file: "rule.yml", line: 4, column: 1, fragment: "YAML syntax error"),
        RuleCase(folder: "bom-prefixed", file: "rule.yaml", line: 4, column: 11, fragment: "unknown kind 'forbidd'"),
        RuleCase(folder: "merge-key", file: "rule.yaml", line: 1, column: 1, fragment: "unknown field 'base'"),
    ]

    @Test(arguments: ruleCases)
    func brokenRuleFileExitsTwoAtItsPosition(_ rule: RuleCase) throws {
        let folder = Self.root.appendingPathComponent("rules/\(rule.folder)").path
        let result = try HostileRun.run([Self.plan.path, "--rules", folder])
        result.expectSurvived(rule.folder)
        #expect(result.status == 2, "\(rule.folder): \(result.stderr)")
        let location = "\(folder)/\(rule.file):\(rule.line):\(rule.column): "
        let line = result.stderr.split(separator: "\n").first { $0.hasPrefix(location) }
        #expect(line?.contains(rule.fragment) == true, "\(rule.folder): no '\(location)…\(rule.fragment)' in:\n\(result.stderr)")
    }

    @Test func emptyRuleFileLoadsNothingAndFailsNothing() throws {
        let folder = Self.root.appendingPathComponent("rules/empty-file").path
        let result = try HostileRun.run(["rules", "--rules", folder])
        result.expectSurvived("empty rule file")
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 rules"))
    }

    /// A flat mapping of 49,000 keys took over two minutes (quadratic duplicate-key check
    /// and collection copying in the YAML tree builder); 30,000 vocabularies as long (linear
    /// field lookup per key in FieldReader). Both now load in well under a second.
    @Test func hugeFlatMappingsLoadInLinearTime() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keys = folder.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        var text = "rules: []\nx:\n"
        for index in 0..<49_000 { text += "  k\(index): 1\n" }
        try text.write(to: keys.appendingPathComponent("rule.yaml"), atomically: true, encoding: .utf8)
        let wide = try HostileRun.run(["rules", "--rules", keys.path])
        wide.expectSurvived("49,000 keys")
        #expect(wide.status == 2)
        #expect(wide.stderr.contains("\(keys.path)/rule.yaml:2:1: unknown field 'x'"))
        #expect(wide.seconds < 10 * Self.slowdown)

        let vocabularies = folder.appendingPathComponent("vocabularies")
        try FileManager.default.createDirectory(at: vocabularies, withIntermediateDirectories: true)
        text = "vocabularies:\n"
        for index in 0..<30_000 { text += "  v\(index): [词\(index)]\n" }
        try text.write(to: vocabularies.appendingPathComponent("rule.yaml"), atomically: true, encoding: .utf8)
        let many = try HostileRun.run(["rules", "--rules", vocabularies.path])
        many.expectSurvived("30,000 vocabularies")
        #expect(many.status == 0)
        #expect(many.seconds < 10 * Self.slowdown)
    }

    // MARK: - .planlint.yaml

    struct ConfigCase: CustomTestStringConvertible, Sendable {
        var file: String
        /// Where the message points: `.planlint.yaml:L:C` or another file the configuration names.
        var location: String
        var fragment: String
        var testDescription: String { file }
    }

    static let configCases: [ConfigCase] = [
        ConfigCase(file: "syntax-error.yaml", location: ".planlint.yaml:2:8: ", fragment: "YAML syntax error"),
        ConfigCase(file: "unknown-field.yaml", location: ".planlint.yaml:1:1: ", fragment: "did you mean 'profile'"),
        ConfigCase(file: "rules-folder-missing.yaml", location: "no-such-rules-folder:1:1: ", fragment: "no such rules folder"),
        ConfigCase(file: "rules-wrong-type.yaml", location: "/5:1:1: ", fragment: "no such rules folder"),
        ConfigCase(file: "bad-severity.yaml", location: ".planlint.yaml:2:24: ", fragment: "severity must be"),
        ConfigCase(file: "scalar.yaml", location: ".planlint.yaml:1:1: ", fragment: "must be a mapping"),
        ConfigCase(file: "duplicate-key.yaml", location: ".planlint.yaml:2:1: ", fragment: "duplicate key 'disable'"),
        ConfigCase(file: "bad-fail-on.yaml", location: ".planlint.yaml:1:10: ", fragment: "'fail_on' must be one of"),
        ConfigCase(file: "year-too-small.yaml", location: ".planlint.yaml:1:7: ", fragment: "'year' must be at least"),
        ConfigCase(file: "overrides-wrong-type.yaml", location: ".planlint.yaml:1:12: ", fragment: "'overrides' must be a list"),
        ConfigCase(file: "billion-laughs.yaml", location: ".planlint.yaml:5:36: ", fragment: "more than 100000 nodes"),
        ConfigCase(file: "unknown-tag.yaml", location: ".planlint.yaml:1:10: ", fragment: "unsupported tag"),
        ConfigCase(file: "non-utf8.yaml", location: ".planlint.yaml:1:1: ", fragment: "cannot read configuration file"),
    ]

    @Test(arguments: configCases)
    func brokenConfigurationExitsTwoAtItsPosition(_ config: ConfigCase) throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("config/\(config.file)"), to: folder.appendingPathComponent(".planlint.yaml"))
        try FileManager.default.copyItem(at: Self.plan, to: folder.appendingPathComponent("plan.txt"))
        let result = try HostileRun.run(["plan.txt"], in: folder)
        result.expectSurvived(config.file)
        #expect(result.status == 2, "\(config.file): \(result.stderr)")
        let line = result.stderr.split(separator: "\n").first { $0.contains(config.location) }
        #expect(line?.contains(config.fragment) == true, "\(config.file): no '\(config.location)…\(config.fragment)' in:\n\(result.stderr)")
    }

    // MARK: - Documents refused with a message

    struct DocumentCase: CustomTestStringConvertible, Sendable {
        var file: String
        var fragment: String
        var testDescription: String { file }
    }

    static let refusedDocuments: [DocumentCase] = [
        DocumentCase(file: "nul-bytes.txt", fragment: "looks like a binary file"),
        DocumentCase(file: "nul-bytes.md", fragment: "looks like a binary file"),
        DocumentCase(file: "control-bytes.txt", fragment: "looks like a binary file"),
        DocumentCase(file: "invalid-utf8-not-gb18030.txt", fragment: "neither UTF-8"),
        DocumentCase(file: "gb18030-truncated.txt", fragment: "neither UTF-8"),
        DocumentCase(file: "empty.txt", fragment: "file is empty"),
        DocumentCase(file: "empty.md", fragment: "file is empty"),
        DocumentCase(file: "empty.docx", fragment: "file is empty"),
        DocumentCase(file: "utf8-bom-only.txt", fragment: "file is empty"),
        DocumentCase(file: "utf16le-bom-only.txt", fragment: "file is empty"),
        DocumentCase(file: "utf16le-no-bom.txt", fragment: "looks like a binary file"),
        DocumentCase(file: "utf16be-no-bom.txt", fragment: "looks like a binary file"),
        DocumentCase(file: "utf16le-odd-length.txt", fragment: "neither UTF-8"),
        DocumentCase(file: "utf16le-unpaired-surrogate.txt", fragment: "neither UTF-8"),
        DocumentCase(file: "utf16le-with-nul.txt", fragment: "looks like a binary file"),
        DocumentCase(file: "plan.pdf", fragment: "unsupported file type"),
        DocumentCase(file: "not-a-zip.docx", fragment: "not a zip archive"),
        DocumentCase(file: "zip-magic-only.docx", fragment: "not a readable .docx"),
        DocumentCase(file: "truncated.docx", fragment: "not a readable .docx"),
        DocumentCase(file: "eocd-only.docx", fragment: "no word/document.xml"),
        DocumentCase(file: "eocd-points-past-end.docx", fragment: "past the end"),
        DocumentCase(file: "no-document-xml.docx", fragment: "no word/document.xml"),
        DocumentCase(file: "deep-nesting.docx", fragment: "nested deeper than 256"),
        DocumentCase(file: "document-xml-is-binary.docx", fragment: "not UTF-8"),
        DocumentCase(file: "text-invalid-utf8.docx", fragment: "not UTF-8"),
        DocumentCase(file: "utf16-document-xml.docx", fragment: "not UTF-8"),
        // External entities, entity expansion: refused before the XML parser sees them.
        DocumentCase(file: "xxe-general-entity.docx", fragment: "declares a DTD"),
        DocumentCase(file: "xxe-parameter-entity.docx", fragment: "declares a DTD"),
        DocumentCase(file: "xxe-external-dtd.docx", fragment: "declares a DTD"),
        DocumentCase(file: "billion-laughs.docx", fragment: "declares a DTD"),
        DocumentCase(file: "quadratic-entity.docx", fragment: "declares a DTD"),
        // Found by the docx fuzz target: each crashed (SIGILL/trap) or hung the whole run.
        DocumentCase(file: "comment-invalid-utf8.docx", fragment: "not UTF-8"),
        DocumentCase(file: "pi-invalid-utf8.docx", fragment: "not UTF-8"),
        DocumentCase(file: "fuzz-pi-invalid-utf8.docx", fragment: "not UTF-8"),
        DocumentCase(file: "fuzz-element-invalid-utf8.docx", fragment: "not a readable .docx"),
        DocumentCase(file: "fuzz-zip-header-past-end.docx", fragment: "past the end"),
        DocumentCase(file: "fuzz-deflate-never-ends.docx", fragment: "damaged or truncated"),
        // Read, but with no text: linted, each would report every section of a plan missing.
        DocumentCase(file: "whitespace-only.txt", fragment: "no text to check"),
        DocumentCase(file: "empty-document-xml.docx", fragment: "no text to check"),
        DocumentCase(file: "not-well-formed.docx", fragment: "no text to check"),
    ]

    @Test(arguments: refusedDocuments)
    func brokenDocumentIsReportedByName(_ document: DocumentCase) throws {
        let path = Self.root.appendingPathComponent("documents/\(document.file)").path
        let result = try HostileRun.run([path, "--format", "html"])
        result.expectSurvived(document.file)
        #expect(result.status == 1, "\(document.file): exit \(result.status)\n\(result.stderr)")
        // The html report carries each document's text: nothing read through an entity may show up.
        result.expectNoPasswd(document.file)
        let human = try HostileRun.run([path, "--lang", "en"])
        let line = human.stdout.split(separator: "\n").first { $0.hasPrefix("\(path): ") }
        #expect(line?.contains(document.fragment) == true, "\(document.file): no '\(path): …\(document.fragment)' in:\n\(human.stdout)")
    }

    /// Odd but readable: linted like any plan, never an error.
    @Test(arguments: ["stored-not-deflated.docx", "huge-declared-style.docx", "xxe-in-styles.docx",
        // Found by the docx fuzzer: a sound archive that hung ZIPFoundation's inflation.
        "fuzz-deflate-short-chunk.docx"])
    func oddButReadableDocumentIsLinted(_ file: String) throws {
        let path = Self.root.appendingPathComponent("documents/\(file)").path
        let result = try HostileRun.run([path, "--format", "json", "--fail-on", "never"])
        result.expectSurvived(file)
        #expect(result.status == 0, "\(file): \(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\"path\" : \"\(path)\"") || result.stdout.contains("\"path\": \"\(path)\""))
        result.expectNoPasswd(file)
    }

    @Test func wholeCorpusFolderInOneRunSurvivesAndNamesEveryFile() throws {
        let folder = Self.root.appendingPathComponent("documents").path
        let result = try HostileRun.run([folder, "--format", "json", "--fail-on", "never"], timeout: 60)
        result.expectSurvived("documents/")
        #expect(result.status == 1)  // unreadable files make the run fail
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in [".txt", ".md", ".docx"].contains { name.hasSuffix($0) } }
        #expect(files.count == listed.count)
        result.expectNoPasswd("documents/")
    }

    // MARK: - Documents generated at run time

    @Test func overTheSizeLimitIsRefusedQuickly() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 30 MB on a single line, and 21 MB of ordinary lines.
        let single = folder.appendingPathComponent("single-line.txt")
        try Data(repeating: 0x61, count: 30 * 1024 * 1024).write(to: single)
        let lines = folder.appendingPathComponent("many-lines.txt")
        let line = Data("某某中学工会2025年工作计划，召开职代会。\n".utf8)
        var text = Data()
        while text.count <= 21 * 1024 * 1024 { text.append(line) }
        try text.write(to: lines)
        for file in [single, lines] {
            let result = try HostileRun.run([file.path, "--lang", "en"])
            result.expectSurvived(file.lastPathComponent)
            #expect(result.status == 1)
            #expect(result.stdout.contains("\(file.path): file is"))
            #expect(result.stdout.contains("over the limit of 20971520 bytes"))
            #expect(result.seconds < 10 * Self.slowdown)
        }
        // Standard input has the same limit.
        let piped = try HostileRun.run(["-", "--stdin-filename", "big.txt", "--lang", "en"], stdin: text)
        piped.expectSurvived("stdin")
        #expect(piped.stdout.contains("big.txt: file is"))
    }

    @Test func longSingleLineUnderTheLimitIsLinted() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("one-line.txt")
        var text = "某某中学工会2025年工作计划"
        text += String(repeating: "组织职工开展文体活动，召开职代会审议工作报告。", count: 40_000)  // ≈ 2.6 MB
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try HostileRun.run([file.path, "--format", "json"], timeout: 60)
        result.expectSurvived("2.6 MB line")
        #expect([0, 1].contains(result.status))
        #expect(!result.stdout.contains("\"error\" : \"") && !result.stdout.contains("\"error\": \""))
    }

    @Test func zipBombIsRefusedQuicklyWithSmallMemory() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 1 GiB of zeros deflated to about 1 MB: once with its true size in the headers, once
        // claiming 1 KB so only the inflation budget can stop it.
        let bomb = try ZipWriter.deflatedZeros(count: 1 << 30)
        let honest = folder.appendingPathComponent("bomb-honest.docx")
        try ZipWriter.archive([("word/document.xml", bomb)]).write(to: honest)
        let lying = folder.appendingPathComponent("bomb-lying.docx")
        try ZipWriter.archive([("word/document.xml", bomb.claiming(uncompressed: 1024))]).write(to: lying)
        for file in [honest, lying] {
            let result = try HostileRun.run([file.path, "--lang", "en"], timeout: 30)
            result.expectSurvived(file.lastPathComponent)
            #expect(result.status == 1)
            #expect(result.stdout.contains("\(file.path): not a readable .docx: word/document.xml"))
            #expect(result.stdout.contains("limit"))
            #expect(result.seconds < 15 * Self.slowdown, "\(file.lastPathComponent) took \(result.seconds) s")
            #expect(Self.sanitizer != nil || result.maxResidentMegabytes < 400, "\(file.lastPathComponent) used \(result.maxResidentMegabytes) MB")
        }
    }

    @Test func docxWithTooManyEntriesIsRefused() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var entries: [(String, ZipWriter.Body)] = (0..<6_000).map { ("word/media/\($0).xml", .stored(Data("<x/>".utf8))) }
        entries.append(("word/document.xml", .stored(Data("<w:document/>".utf8))))
        let file = folder.appendingPathComponent("many-entries.docx")
        try ZipWriter.archive(entries).write(to: file)
        let result = try HostileRun.run([file.path, "--lang", "en"])
        result.expectSurvived("many entries")
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path): not a readable .docx: more than 5000 entries"))
    }

    @Test func hostileStandardInputIsNamedByStdinFilename() throws {
        let binary = try HostileRun.run(["-", "--stdin-filename", "piped.txt", "--lang", "en"], stdin: Data([0x41, 0x00, 0x42]))
        binary.expectSurvived("stdin NUL")
        #expect(binary.status == 1)
        #expect(binary.stdout.contains("piped.txt: looks like a binary file"))
        let docx = try Data(contentsOf: Self.root.appendingPathComponent("documents/fuzz-zip-header-past-end.docx"))
        let zip = try HostileRun.run(["-", "--stdin-filename", "piped.docx", "--lang", "en"], stdin: docx)
        zip.expectSurvived("stdin docx")
        #expect(zip.status == 1)
        #expect(zip.stdout.contains("piped.docx: not a readable .docx"))
        let empty = try HostileRun.run(["-", "--lang", "en"], stdin: Data())
        empty.expectSurvived("stdin empty")
        #expect(empty.stdout.contains("<stdin>.txt: file is empty"))
    }

    // MARK: - Folders

    @Test func symlinkLoopsAndSpecialFilesAreReportedAndTheRestLinted() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.copyItem(at: Self.plan, to: folder.appendingPathComponent("a-plan.txt"))
        let sub = folder.appendingPathComponent("sub")
        try manager.createDirectory(at: sub, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.plan, to: sub.appendingPathComponent("b-plan.txt"))
        try manager.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: "self")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("c-broken.txt").path, withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("d-zero.txt").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(folder.appendingPathComponent("e-fifo.txt").path, 0o644) == 0)
        let result = try HostileRun.run([folder.path, "--format", "json", "--fail-on", "never", "--lang", "en"])
        result.expectSurvived("folder with loops")
        #expect(result.status == 1)
        for name in ["a-plan.txt", "sub/b-plan.txt", "c-broken.txt", "d-zero.txt", "e-fifo.txt", "self"] {
            #expect(result.stdout.contains("\(folder.path)/\(name)"), "\(name) not reported")
        }
        #expect(result.stdout.contains("symbolic link loop"))
        #expect(result.stdout.contains("broken symbolic link"))
    }

    static let runsAsRoot = getuid() == 0

    @Test(.disabled(if: BadInputTests.runsAsRoot, "runs as root: chmod 000 does not stop root from reading, so there is nothing to test"))
    func unreadableFilesAndFoldersAreReportedAndTheRestLinted() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.copyItem(at: Self.plan, to: folder.appendingPathComponent("a-plan.txt"))
        let secret = folder.appendingPathComponent("b-secret.txt")
        try FileManager.default.copyItem(at: Self.plan, to: secret)
        chmod(secret.path, 0)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        let result = try HostileRun.run([folder.path])
        result.expectSurvived("unreadable")
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(secret.path): cannot read file"))
        #expect(result.stdout.contains("\(locked.path): cannot read folder"))
        #expect(result.stdout.contains("\(folder.path)/a-plan.txt"))
    }
}

// MARK: - Running the binary with a deadline

/// One run of the binary: output goes to files (no pipe can fill up and block it), and a
/// run still going at the deadline is killed and reported as a hang. It is spawned and reaped
/// with posix_spawn and wait4 rather than Foundation's Process, whose waitUntilExit() was seen
/// to wait forever on a child that had already exited when many tests spawn at once; wait4
/// also gives this child's own peak memory.
struct HostileRun {
    var status: Int32
    var signaled: Bool
    var timedOut: Bool
    var stdout: String
    var stderr: String
    var seconds: Double
    var maxResidentMegabytes: Int

    static func run(
        _ arguments: [String], in directory: URL = PlanlintProcess.packageRoot, stdin: Data? = nil, timeout: Double = 20
    ) throws -> HostileRun {
        let timeout = timeout * BadInputTests.slowdown
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        let input = folder.appendingPathComponent("stdin")
        try (stdin ?? Data()).write(to: input)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The shell only changes directory, then becomes planlint (exec keeps the pid).
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, PlanlintProcess.binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = envp.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        let start = Date()
        var timedOut = false
        var waitStatus: Int32 = 0
        var usage = rusage()
        while true {
            let reaped = wait4(pid, &waitStatus, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
                while wait4(pid, &waitStatus, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        let seconds = Date().timeIntervalSince(start)
        // Decode the wait status by hand (the W* macros are not imported into Swift).
        let signal = waitStatus & 0x7F
        let signaled = signal != 0 && signal != 0x7F
        return HostileRun(
            status: signaled ? signal : (waitStatus >> 8) & 0xFF, signaled: signaled, timedOut: timedOut,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self),
            seconds: seconds, maxResidentMegabytes: Int(usage.ru_maxrss) / 1024)
    }

    /// Ended by itself, with a planlint exit status rather than a signal.
    func expectSurvived(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!timedOut, "\(label): still running after the deadline (hang)", sourceLocation: sourceLocation)
        #expect(timedOut || !signaled, "\(label): killed by signal \(status)\n\(stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect(timedOut || signaled || [0, 1, 2].contains(status), "\(label): exit \(status)", sourceLocation: sourceLocation)
    }

    /// Nothing of /etc/passwd in the output (external entities never resolved).
    func expectNoPasswd(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let passwd = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8) else { return }
        let output = stdout + stderr
        for line in passwd.split(separator: "\n").prefix(5) where line.count > 8 {
            #expect(!output.contains(line), "\(label): /etc/passwd leaked into the output", sourceLocation: sourceLocation)
        }
    }
}

// MARK: - Writing zips at test time

/// Just enough of the zip format to build hostile archives in memory, with no dependency:
/// stored entries, and a deflate stream of zeros written by hand (fixed Huffman codes, one
/// literal then 258-byte back-references), so a 1 GiB bomb costs no compression library.
enum ZipWriter {
    enum Body {
        case stored(Data)
        /// Raw deflate data with the sizes and CRC the headers should claim.
        case deflated(Data, uncompressed: Int, crc: UInt32)

        func claiming(uncompressed: Int) -> Body {
            guard case .deflated(let data, _, let crc) = self else { return self }
            return .deflated(data, uncompressed: uncompressed, crc: crc)
        }
    }

    /// `count` zero bytes as one raw deflate stream (final fixed-Huffman block). The CRC is
    /// left at 0: every reader must refuse the bomb long before it could check it.
    static func deflatedZeros(count: Int) throws -> Body {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman
        bits.writeCode(0b0011_0000, length: 8)  // literal 0
        let references = (count - 1) / 258
        let tail = (count - 1) % 258
        // One back-reference is 13 bits (length code 285, distance code 0 = distance 1);
        // eight of them are 13 whole bytes that leave the writer as it was, so repeat those.
        func reference(_ bits: inout BitWriter) {
            bits.writeCode(0b1100_0101, length: 8)
            bits.writeCode(0, length: 5)
        }
        // The first eight carry the header's pending bits; the next eight are the period.
        if references < 16 {
            for _ in 0..<references { reference(&bits) }
        } else {
            for _ in 0..<8 { reference(&bits) }
            let before = bits.byteCount
            for _ in 0..<8 { reference(&bits) }
            let period = bits.bytes(from: before)
            var repeats = Data(capacity: period.count * (references / 8 - 2))
            for _ in 2..<(references / 8) { repeats.append(period) }
            bits.appendAligned(repeats)
            for _ in 0..<(references % 8) { reference(&bits) }
        }
        for _ in 0..<tail { bits.writeCode(0b0011_0000, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return .deflated(bits.finish(), uncompressed: count, crc: 0)
    }

    static func archive(_ entries: [(String, Body)]) -> Data {
        var out = Data()
        var central = Data()
        for (name, body) in entries {
            let offset = UInt32(out.count)
            let nameBytes = Data(name.utf8)
            let (method, data, size, crc): (UInt16, Data, Int, UInt32) = {
                switch body {
                case .stored(let data): return (0, data, data.count, crc32(data))
                case .deflated(let data, let size, let crc): return (8, data, size, crc)
                }
            }()
            out.append(le: UInt32(0x0403_4B50)); out.append(le: UInt16(20)); out.append(le: UInt16(0))
            out.append(le: method); out.append(le: UInt32(0)); out.append(le: crc)
            out.append(le: UInt32(data.count)); out.append(le: UInt32(truncatingIfNeeded: size))
            out.append(le: UInt16(nameBytes.count)); out.append(le: UInt16(0))
            out.append(nameBytes); out.append(data)
            central.append(le: UInt32(0x0201_4B50)); central.append(le: UInt16(20)); central.append(le: UInt16(20))
            central.append(le: UInt16(0)); central.append(le: method); central.append(le: UInt32(0)); central.append(le: crc)
            central.append(le: UInt32(data.count)); central.append(le: UInt32(truncatingIfNeeded: size))
            central.append(le: UInt16(nameBytes.count)); central.append(le: UInt16(0)); central.append(le: UInt16(0))
            central.append(le: UInt16(0)); central.append(le: UInt16(0)); central.append(le: UInt32(0))
            central.append(le: offset); central.append(nameBytes)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        out.append(le: UInt32(0x0605_4B50)); out.append(le: UInt16(0)); out.append(le: UInt16(0))
        out.append(le: UInt16(truncatingIfNeeded: entries.count)); out.append(le: UInt16(truncatingIfNeeded: entries.count))
        out.append(le: UInt32(central.count)); out.append(le: centralOffset); out.append(le: UInt16(0))
        return out
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: Data) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    struct BitWriter {
        private var bytes = Data()
        private var current: UInt32 = 0
        private var filled = 0

        /// Writes `count` bits of `value`, least significant first (deflate header fields).
        mutating func write(_ value: UInt32, count: Int) {
            for bit in 0..<count { push((value >> UInt32(bit)) & 1) }
        }

        /// Writes a Huffman code, most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { push((code >> UInt32(bit)) & 1) }
        }

        private mutating func push(_ bit: UInt32) {
            current |= bit << UInt32(filled)
            filled += 1
            if filled == 8 {
                bytes.append(UInt8(current))
                current = 0
                filled = 0
            }
        }

        var byteCount: Int { bytes.count }

        func bytes(from index: Int) -> Data { bytes.subdata(in: index..<bytes.count) }

        /// Appends whole bytes; only right when they continue the bit stream exactly (the
        /// pending bits in `current` are the same before and after them).
        mutating func appendAligned(_ data: Data) { bytes.append(data) }

        mutating func finish() -> Data {
            if filled > 0 { bytes.append(UInt8(current)) }
            return bytes
        }
    }
}

extension Data {
    fileprivate mutating func append<T: FixedWidthInteger>(le value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
