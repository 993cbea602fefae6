import Foundation
import PlanlintTestSupport
import Testing

/// The command line end to end: exit codes, error messages, formats, stdin, configuration.
@Suite(.serialized) struct CLITests {
    let good = "某某中学工会2025年工作计划\n一、民主管理\n3月召开第五届教代会第二次会议。\n"

    func firstFile(_ json: String) throws -> [String: Any] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require((object["files"] as? [[String: Any]])?.first)
    }

    @Test func versionAndHelp() throws {
        let version = try PlanlintProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try PlanlintProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("lint"))
    }

    @Test func examplesFailWithErrorsAndJSONParses() throws {
        let result = try PlanlintProcess.run(["Examples/", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 5)
        let template = try #require(files.first { ($0["path"] as? String)?.hasSuffix("template-placeholders.txt") == true })
        let findings = try #require(template["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "hygiene.placeholder" })
        #expect(findings.allSatisfy { ($0["line"] as? Int ?? 0) >= 1 && ($0["column"] as? Int ?? 0) >= 1 })
    }

    /// A JSON report says where passes were satisfied only when asked (`--pass-places`).
    @Test func passPlacesAreInTheJSONWhenAsked() throws {
        func congress(_ arguments: [String]) throws -> [String: Any]? {
            let result = try PlanlintProcess.run(["-", "--stdin-filename", "plan.txt", "--format", "json"] + arguments, stdin: Data(good.utf8))
            let checks = try #require(try firstFile(result.stdout)["checks"] as? [[String: Any]])
            let check = try #require(checks.first { $0["rule"] as? String == "congress.annual" })
            #expect(check["status"] as? String == "passed")
            return check["where"] as? [String: Any]
        }
        #expect(try congress([]) == nil)
        let place = try #require(try congress(["--pass-places"]))
        #expect(place["line"] as? Int == 3)
        #expect(place["column"] as? Int == 8)
        #expect(place["evidence"] as? String == "3月召开第五届教代会第二次会议。")
    }

    @Test func failOnChangesTheExitCode() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.txt")
        try "为广阔职工效劳。".write(to: plan, atomically: true, encoding: .utf8)
        let rules = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try """
            rules:
              - id: hygiene.conversion
                title: 转换错词
                kind: substitute
                severity: warning
                replace: {效劳: 服务}
                message: 应为{right}
                message_en: should be {right}
                basis: 文字规范
            """.write(to: rules.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        #expect(try PlanlintProcess.run([plan.path, "--rules", rules.path]).status == 0)
        #expect(try PlanlintProcess.run([plan.path, "--rules", rules.path, "--fail-on", "warning"]).status == 1)
        #expect(try PlanlintProcess.run([plan.path, "--rules", rules.path, "--fail-on", "never", "--fail-on", "never"]).status == 0)
        let english = try PlanlintProcess.run([plan.path, "--rules", rules.path, "--lang", "en"])
        #expect(english.stdout.contains("should be 服务"))
        #expect(english.stdout.contains("\(plan.path):1:6"))
    }

    @Test func malformedRulesExitTwoWithPosition() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules:\n  - id: a.b\n    title: [unclosed\n".write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run(["Examples/", "--rules", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(folder.path)/bad.yaml:"))
        let typo = folder.appendingPathComponent("bad.yaml")
        try "rules:\n  - id: a.b\n    title: t\n    severty: error\n".write(to: typo, atomically: true, encoding: .utf8)
        let second = try PlanlintProcess.run(["rules", "--rules", folder.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("bad.yaml:4:5: unknown field 'severty' in rule 'a.b' (did you mean 'severity'?)"))
    }

    /// `--jobs` changes how many files are linted at once, never the report.
    @Test func jobsKeepTheReport() throws {
        let all = try PlanlintProcess.run(["Examples/", "--format", "json"])
        let one = try PlanlintProcess.run(["Examples/", "--format", "json", "--jobs", "1"])
        #expect(one.status == all.status && one.status == 1)
        #expect(one.stdout == all.stdout)
        #expect(try PlanlintProcess.run(["Examples/", "-j", "0"]).stderr.contains("--jobs must be at least 1"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try PlanlintProcess.run(["Examples/", "--format", "pdf"]).status == 2)
        #expect(try PlanlintProcess.run(["Examples/", "--fail-on", "sometimes"]).status == 2)
        #expect(try PlanlintProcess.run(["explain", "congress.anual"]).stderr.contains("did you mean 'congress.annual'"))
    }

    @Test func unreadableAndBinaryFilesAreReportedAndOthersStillLinted() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x50, 0x4B, 0x00, 0x00, 0xFF, 0x00, 0x01]).write(to: folder.appendingPathComponent("a-binary.txt"))
        try Data("PK not a zip".utf8).write(to: folder.appendingPathComponent("b-broken.docx"))
        try "20xx年工会工作计划".write(to: folder.appendingPathComponent("c-plan.txt"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run([folder.path, "missing.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("a-binary.txt"))
        #expect(result.stdout.contains("b-broken.docx"))
        #expect(result.stdout.contains("missing.txt"))
        #expect(result.stdout.contains("c-plan.txt:1:1"))
    }

    @Test func stdinUsesTheGivenFileName() throws {
        let result = try PlanlintProcess.run(["--stdin-filename", "plan.md", "-", "--format", "json"], stdin: Data("# 20xx年工会工作计划\n".utf8))
        #expect(try firstFile(result.stdout)["path"] as? String == "plan.md")
        #expect(result.stdout.contains("hygiene.placeholder"))
    }

    @Test func configurationDisablesRulesAndSetsProfile() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "20xx年工会工作计划".write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        try "disable: [hygiene.placeholder]\nprofile: school\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run(["plan.txt", "--format", "json"], in: folder)
        #expect(!result.stdout.contains("hygiene.placeholder"))
        #expect(try firstFile(result.stdout)["profile"] as? String == "school")
        try "disable: [hygiene.placeholder]\nprofil: school\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        let bad = try PlanlintProcess.run(["plan.txt"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".planlint.yaml:2:1"))
    }

    /// The bundled pack alone (loaded and compiled on another thread as the process starts),
    /// or rule folders from the command line or the configuration, with or without it: each
    /// choice lints with the rules it names.
    @Test func packChoiceFollowsTheFlagsAndTheConfiguration() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("own")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try """
            rules:
              - id: own.greeting
                title: 问候
                kind: forbid
                severity: error
                match: [您好]
                message: 不要写{match}
                message_en: do not write {match}
                basis: 测试
            """.write(to: rules.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        try "20xx年工会工作计划\n您好\n".write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        func ruleIDs(_ arguments: [String]) throws -> Set<String> {
            let result = try PlanlintProcess.run(["plan.txt", "--format", "json", "--fail-on", "never"] + arguments, in: folder)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let findings = try firstFile(result.stdout)["findings"] as? [[String: Any]] ?? []
            return Set(findings.compactMap { $0["rule"] as? String })
        }
        let bundled = try ruleIDs([])
        #expect(bundled.contains("hygiene.placeholder") && !bundled.contains("own.greeting"))
        #expect(try ruleIDs(["--rules", "own"]) == ["own.greeting"])
        try "rules: [own]\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        #expect(try ruleIDs([]) == ["own.greeting"])
        try "rules: [own]\ninclude_bundled: true\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        #expect(try ruleIDs([]) == bundled.union(["own.greeting"]))
    }

    @Test func rulesListingFiltersByProfileAndPrintsTerms() throws {
        let all = try PlanlintProcess.run(["rules"])
        #expect(all.status == 0)
        #expect(all.stdout.contains("congress.annual"))
        let terms = try PlanlintProcess.run(["rules", "--terms"])
        #expect(terms.stdout.split(separator: "\n").contains("职代会"))
        let explain = try PlanlintProcess.run(["explain", "congress.annual"])
        #expect(explain.stdout.contains("依据"))
    }

    /// `lang: en` in .planlint.yaml applies to `planlint explain` as to lint; --lang wins.
    @Test func explainFollowsTheConfigurationsLanguage() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "lang: en\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        let english = try PlanlintProcess.run(["explain", "congress.annual"], in: folder)
        #expect(english.status == 0)
        #expect(english.stdout.contains("Basis: "))
        let chinese = try PlanlintProcess.run(["explain", "congress.annual", "--lang", "zh"], in: folder)
        #expect(chinese.stdout.contains("依据"))
    }

    /// Why a file could not be read is said in the report's language, in every format.
    @Test func unreadableFilesAreExplainedInTheReportsLanguage() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let chinese = try PlanlintProcess.run(["empty.txt", "missing.md"], in: folder)
        #expect(chinese.status == 1)
        #expect(chinese.stdout.contains("empty.txt：文件为空\n"))
        #expect(chinese.stdout.contains("missing.md：文件或文件夹不存在\n"))
        let english = try PlanlintProcess.run(["empty.txt", "missing.md", "--lang", "en"], in: folder)
        #expect(english.stdout.contains("empty.txt: file is empty\n"))
        #expect(english.stdout.contains("missing.md: no such file or folder\n"))
        for format in ["json", "sarif", "junit", "github", "markdown", "html"] {
            let report = try PlanlintProcess.run(["empty.txt", "--format", format], in: folder)
            #expect(report.stdout.contains("文件为空"), "\(format)")
            #expect(!report.stdout.contains("file is empty"), "\(format)")
        }
        let piped = try PlanlintProcess.run(["-", "--stdin-filename", "x.docx"], stdin: Data("PK".utf8), in: folder)
        #expect(piped.stdout.contains("x.docx：不是可读的 .docx 文件："))
    }

    /// `--color` (documented in output-formats.md) colours a report that goes to a pipe, as in
    /// a CI log; `--no-color` wins over it; without either a pipe gets no colour.
    @Test func colorFlagForcesColours() throws {
        let plan = Data("效劳职工。\n".utf8)
        let coloured = try PlanlintProcess.run(["-", "--color"], stdin: plan, environment: ["NO_COLOR": "1"])
        #expect(coloured.stdout.contains("\u{1B}["))
        let plain = try PlanlintProcess.run(["-"], stdin: plan)
        #expect(!plain.stdout.contains("\u{1B}["))
        let both = try PlanlintProcess.run(["-", "--color", "--no-color"], stdin: plan)
        #expect(!both.stdout.contains("\u{1B}["))
    }

    /// `planlint rules --lang en` lists the English titles, as --lang does everywhere else.
    @Test func rulesTableInEnglish() throws {
        let english = try PlanlintProcess.run(["rules", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Annual workers' congress"))
        #expect(!english.stdout.contains("年度职代会（"))
        #expect(try PlanlintProcess.run(["rules"]).stdout.contains("congress.annual"))
    }

    /// A submitted plan cannot silence its own findings in a reviewer's run.
    @Test func suppressionCommentsCanBeIgnored() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# 2025年工会工作计划\n<!-- planlint-disable hygiene.placeholder -->\n由×××负责。\n".write(
            to: folder.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        func placeholders(_ arguments: [String]) throws -> Int {
            let result = try PlanlintProcess.run(["--format", "json"] + arguments + ["plan.md"], in: folder)
            return try firstFile(result.stdout)["findings"].flatMap { $0 as? [[String: Any]] }?
                .filter { $0["rule"] as? String == "hygiene.placeholder" }.count ?? -1
        }
        #expect(try placeholders([]) == 0)
        #expect(try placeholders(["--ignore-suppressions"]) == 1)
        try "ignore_suppressions: true\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        #expect(try placeholders([]) == 1)
    }

    @Test func ruleSelfTestsPass() throws {
        let result = try PlanlintProcess.run(["test", "Rules/"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(" passed, 0 failed"))
        // A folder with no rules is an error, not a pass.
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try PlanlintProcess.run(["test", folder.path])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("no rules in"))
    }

    @Test func copiedBinaryStillCarriesTheBundledPack() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("planlint")
        try FileManager.default.copyItem(at: PlanlintProcess.binary, to: copy)
        try "20xx年工会工作计划".write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        let result = try PlanlintProcess.run(["plan.txt"], in: folder, executable: copy)
        #expect(result.stdout.contains("hygiene.placeholder"))
    }

    @Test func fileSizeLimitIsConfigurable() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(repeating: "工会工作计划。", count: 100).write(to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        let refused = try PlanlintProcess.run(["plan.txt", "--max-file-size", "1000", "--lang", "en"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("plan.txt"))
        #expect(refused.stdout.contains("limit of 1000 bytes"))
        try "max_file_size: 1000\n".write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
        #expect(try PlanlintProcess.run(["plan.txt", "--lang", "en"], in: folder).stdout.contains("limit of 1000 bytes"))
        #expect(try PlanlintProcess.run(["plan.txt", "--max-file-size", "0"], in: folder).status == 2)
    }

    /// `-o` writes what standard output would get; a device is written in place (a rename
    /// would replace it with a file), and a write that fails exits 2 naming the file.
    @Test func reportFileMatchesStandardOutputAndFailuresExitTwo() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try good.write(to: folder.appendingPathComponent("plan.txt"), atomically: false, encoding: .utf8)
        let printed = try PlanlintProcess.run(["plan.txt", "--format", "json"], in: folder)
        let written = try PlanlintProcess.run(["plan.txt", "--format", "json", "-o", "report.json"], in: folder)
        #expect(written.status == printed.status && written.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8) == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.txt", "report.json"])
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try PlanlintProcess.run(["plan.txt", "-o", "/dev/full"], in: folder)
            #expect(full.status == 2)
            #expect(full.stderr.contains("/dev/full: cannot write report: \(String(cString: strerror(ENOSPC)))"))
        }
        let intoFolder = try PlanlintProcess.run(["plan.txt", "-o", folder.path], in: folder)
        #expect(intoFolder.status == 2 && intoFolder.stderr.contains("cannot write report: is a folder"))
    }

    /// `--format html -o DIR/` writes an index and a page per plan; other formats still
    /// refuse a folder, and the exit status is the single page's.
    @Test func htmlReportIntoAFolderHasAnIndexAndAPagePerPlan() throws {
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report")
        let single = try PlanlintProcess.run(["Examples/", "--format", "html", "-o", folder.appendingPathComponent("one.html").path])
        let result = try PlanlintProcess.run(["Examples/", "--format", "html", "-o", report.path + "/"])
        #expect(result.status == single.status && result.status == 1, "\(result.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: report.appendingPathComponent("plans").path)
        let examples = try FileManager.default.contentsOfDirectory(atPath: "Examples").filter { name in
            [".txt", ".md", ".docx"].contains { name.hasSuffix($0) }
        }
        #expect(plans.sorted() == (1...examples.count).map { "\($0).html" }.sorted())
        let index = try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"plans/\(examples.count).html\""))
        // An existing folder needs no slash; JSON into a folder is still an error.
        #expect(try PlanlintProcess.run(["Examples/", "--format", "html", "-o", report.path]).status == 1)
        let json = try PlanlintProcess.run(["Examples/", "--format", "json", "-o", report.path])
        #expect(json.status == 2 && json.stderr.contains("is a folder"))
    }

    /// `--quiet` prints the error findings exactly as a full run does, evidence and caret
    /// lines included (the linter skips the details only of findings it does not print).
    @Test func quietPrintsErrorsAsAFullRunDoes() throws {
        let full = try PlanlintProcess.run(["Examples/"])
        let quiet = try PlanlintProcess.run(["Examples/", "--quiet"])
        #expect(quiet.status == full.status)
        let fullLines = Set(full.stdout.split(separator: "\n"))
        let quietLines = quiet.stdout.split(separator: "\n").dropLast()
        #expect(quietLines.contains { $0.contains("  错误  ") })
        #expect(quietLines.contains { $0.hasPrefix("    ") && $0.contains("^") })
        #expect(!quietLines.contains { $0.contains("  警告  ") || $0.contains("  提示  ") })
        for line in quietLines where !line.isEmpty { #expect(fullLines.contains(line), "\(line)") }
    }
}
