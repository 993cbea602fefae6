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
        ConfigCase(file: "rules-folder-missing.yaml", location: "no-such-rules-folder:1:1: ", fragment: "no such rules file or folder"),
        ConfigCase(file: "rules-wrong-type.yaml", location: "/5:1:1: ", fragment: "no such rules file or folder"),
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
