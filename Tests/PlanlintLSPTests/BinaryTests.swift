import Foundation
import PlanlintTestSupport
import Testing

@testable import PlanlintLSP

/// The built `planlint` binary, as editors, hooks and users run it.
enum Binary {
    static var packageRoot: URL { PlanlintProcess.packageRoot }
    static var url: URL { PlanlintProcess.binary }
    typealias Result = PlanlintProcess.Result

    static func run(_ executable: String = url.path, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        try PlanlintProcess.run(arguments, in: directory, environment: environment, executable: URL(fileURLWithPath: executable))
    }

    static func folder() throws -> URL { try PlanlintProcess.temporaryFolder() }

    /// Runs git in `folder` as a user with a name, failing the test when git does.
    static func git(_ arguments: [String], in folder: URL) throws {
        let result = try run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@t"] + arguments, in: folder)
        try #require(result.status == 0, "\(result.stderr)")
    }

    static func bytes(_ url: URL) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: url.path) ?? Data()) }
}

@Suite(.serialized) struct BinaryTests {
    @Test func languageServerProcessOverStdio() throws {
        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["lsp", "--stdio"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = MessageWriter(descriptor: input.fileHandleForWriting.fileDescriptor)
        let reader = MessageReader(descriptor: output.fileHandleForReading.fileDescriptor)
        func next(where accept: (JSON) -> Bool) throws -> JSON {
            while true {
                let message = try JSON.parse(try reader.next(timeout: 60))
                if accept(message) { return message }
            }
        }
        writer.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": .null, "capabilities": [:]]])
        #expect(try next { $0["id"] == 1 }["result"]["capabilities"]["textDocumentSync"]["change"] == 1)
        writer.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
        let uri = "file:///nonexistent-planlint-test/plan.md"
        writer.send(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": "# 某公司工会2025年工作计划\n团结广阔职工，效劳大局。\n"],
        ]])
        let diagnostics = try next { $0["method"] == "textDocument/publishDiagnostics" }["params"]["diagnostics"].array ?? []
        let conversion = diagnostics.filter { $0["code"] == "hygiene.conversion" }
        #expect(conversion.map { $0["range"]["start"]["character"] } == [2, 7])
        #expect(conversion.allSatisfy { $0["source"] == "planlint" && $0["severity"].int != nil })
        writer.send(["jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": [
            "textDocument": ["uri": .string(uri)], "range": ["start": ["line": 1, "character": 7], "end": ["line": 1, "character": 9]],
            "context": ["diagnostics": []],
        ]])
        let actions = try next { $0["id"] == 2 }["result"].array ?? []
        #expect(actions.contains { $0["kind"] == "quickfix" && $0["edit"]["changes"][uri][0]["newText"] == "服务" })
        writer.send(["jsonrpc": "2.0", "id": 3, "method": "shutdown"])
        _ = try next { $0["id"] == 3 }
        writer.send(["jsonrpc": "2.0", "method": "exit"])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func fixRewritesTextPlansAndLeavesDocxAlone() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.md")
        let text = "# 某公司工会2025年工作计划\r\n\r\n团结广阔职工，效劳大局。\r\n"
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.utf8)).write(to: plan)
        let docx = folder.appendingPathComponent("plan.docx")
        try FileManager.default.copyItem(at: Binary.packageRoot.appendingPathComponent("Examples/community-plan.docx"), to: docx)
        let docxBefore = Binary.bytes(docx)

        let dry = try Binary.run(Binary.url.path, ["--fix-dry-run", "--quiet", "plan.md"], in: folder)
        // Diff lines keep the file's CRLF, so the diff applies with patch as it is.
        #expect(dry.stdout.hasPrefix("--- a/plan.md\n+++ b/plan.md\n@@ -1,3 +1,3 @@\n # 某公司工会2025年工作计划\r\n \r\n-团结广阔职工，效劳大局。\r\n+团结广大职工，服务大局。\r\nplan.md:"))
        #expect(Binary.bytes(plan) == [0xEF, 0xBB, 0xBF] + Array(text.utf8))

        // Notes about the fixes come in the run's language, Chinese unless --lang en.
        let english = try Binary.run(Binary.url.path, ["--fix", "--quiet", "--lang", "en", "plan.docx"], in: folder)
        #expect(english.stderr.contains("plan.docx: .docx files are never rewritten"))
        let fixed = try Binary.run(Binary.url.path, ["--fix", "--quiet", "plan.md", "plan.docx"], in: folder)
        #expect(fixed.stderr.contains("plan.docx：不会改写 .docx 文件"))
        #expect(fixed.stderr.contains("plan.md：已修正 2 处"))
        #expect(Binary.bytes(plan) == [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "广阔职工，效劳", with: "广大职工，服务").utf8))
        #expect(Binary.bytes(docx) == docxBefore)
        // The report is of the fixed file: no conversion finding is left.
        #expect(!fixed.stdout.contains("hygiene.conversion"))

        let again = try Binary.run(Binary.url.path, ["--fix", "--quiet", "plan.md"], in: folder)
        #expect(!again.stderr.contains("已修正"))
    }

    @Test func gitHookLintsStagedPlansOnly() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws { try Binary.git(arguments, in: folder) }
        try git("init", "-q")
        let hook = Binary.packageRoot.appendingPathComponent("scripts/git-pre-commit-hook.sh").path
        let environment = ["PLANLINT": Binary.url.path, "PLANLINT_ARGS": "--quiet --fail-on warning"]
        try Data("# 某公司工会2025年工作计划\n团结广阔职工。\n".utf8).write(to: folder.appendingPathComponent("bad plan.md"))
        try Data("print(1)\n".utf8).write(to: folder.appendingPathComponent("tool.py"))
        try git("add", "tool.py")
        #expect(try Binary.run("/bin/bash", [hook], in: folder, environment: environment).status == 0)
        try git("add", "bad plan.md")
        let failed = try Binary.run("/bin/bash", [hook], in: folder, environment: environment)
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("bad plan.md"))
    }

    /// Plans under `ignore` in .planlint.yaml (drafts, the archive) do not stop a commit: the
    /// hook pipes each staged file with --stdin-filename, which is ignored like the file.
    @Test func gitHookLeavesIgnoredPlansAlone() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws { try Binary.git(arguments, in: folder) }
        try git("init", "-q")
        try Data("ignore: [\"archive/**\", \"**/*草稿*\"]\n".utf8).write(to: folder.appendingPathComponent(".planlint.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("archive"), withIntermediateDirectories: true)
        for name in ["archive/2019.md", "计划草稿.md"] {
            try Data("# 某公司工会2025年工作计划\n团结广阔职工。\n".utf8).write(to: folder.appendingPathComponent(name))
            try git("add", name)
        }
        let hook = Binary.packageRoot.appendingPathComponent("scripts/git-pre-commit-hook.sh").path
        let result = try Binary.run("/bin/bash", [hook], in: folder, environment: ["PLANLINT": Binary.url.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("广阔职工"))
    }

    /// Plans saved on Windows often end in .TXT or .DOCX; planlint reads them, so both hooks
    /// must pass them on.
    @Test func hooksTakePlansWhateverTheCaseOfTheirExtension() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws { try Binary.git(arguments, in: folder) }
        try git("init", "-q")
        try Data("# 某公司工会2025年工作计划\n团结广阔职工。\n".utf8).write(to: folder.appendingPathComponent("计划.TXT"))
        try git("add", "计划.TXT")
        let hook = Binary.packageRoot.appendingPathComponent("scripts/git-pre-commit-hook.sh").path
        let result = try Binary.run("/bin/bash", [hook], in: folder, environment: ["PLANLINT": Binary.url.path, "PLANLINT_ARGS": "--fail-on warning"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("计划.TXT:2:3"))
        // The pre-commit framework's hooks: their `files` pattern (Python's re, as NSRegularExpression reads it).
        let hooks = try String(contentsOf: Binary.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let patterns = hooks.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "files: '") else { return nil }
            return String(line[range.upperBound...].dropLast())
        }
        #expect(patterns.count == 2)
        for pattern in patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            for name in ["plans/计划.DOCX", "a.Md", "b.txt", "c.markdown"] {
                #expect(regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil, "\(pattern) \(name)")
            }
            #expect(regex.firstMatch(in: "tool.py", range: NSRange(location: 0, length: 7)) == nil)
        }
    }

    /// A staged plan whose name starts with a dash is linted, not taken for an option.
    @Test func gitHookLintsAPlanNamedWithALeadingDash() throws {
        let folder = try Binary.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws { try Binary.git(arguments, in: folder) }
        try git("init", "-q")
        let hook = Binary.packageRoot.appendingPathComponent("scripts/git-pre-commit-hook.sh").path
        let environment = ["PLANLINT": Binary.url.path, "PLANLINT_ARGS": "--fail-on never"]
        try Data("# 某公司工会2025年工作计划\n团结广阔职工。\n".utf8).write(to: folder.appendingPathComponent("-草稿.md"))
        try git("add", "--", "-草稿.md")
        let result = try Binary.run("/bin/bash", [hook], in: folder, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("-草稿.md:2:3"))
    }
}
