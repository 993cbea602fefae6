import Foundation
import PlanlintBundledRules
import PlanlintRules
import Testing

@testable import PlanlintLSP

/// Two substitute rules, shared by the language server's test suites.
let testRules = """
    rules:
      - id: test.wrong
        title: 错词
        kind: substitute
        severity: warning
        replace:
          效劳: 服务
        message: "「{wrong}」应为「{right}」"
        message_en: "'{wrong}' should be '{right}'"
        basis: 测试
      - id: test.other
        title: 另一个错词
        kind: substitute
        severity: info
        replace:
          广阔职工: 广大职工
        message: "「{wrong}」应为「{right}」"
        message_en: "'{wrong}' should be '{right}'"
        basis: 测试
    """

/// A client talking to an in-process server through two pipes, as an editor would.
final class PipeClient {
    let toServer = Pipe()
    let fromServer = Pipe()
    let reader: MessageReader
    let writer: MessageWriter
    private let done = DispatchSemaphore(value: 0)
    private let box = ExitBox()
    /// Notifications read while waiting for something else.
    var pending: [JSON] = []

    final class ExitBox: @unchecked Sendable { var code: Int32? }

    init(server: LanguageServer) {
        reader = MessageReader(descriptor: fromServer.fileHandleForReading.fileDescriptor)
        writer = MessageWriter(descriptor: toServer.fileHandleForWriting.fileDescriptor)
        let input = toServer.fileHandleForReading.fileDescriptor
        let output = fromServer.fileHandleForWriting.fileDescriptor
        let box = box
        let done = done
        nonisolated(unsafe) let server = server
        Thread.detachNewThread {
            box.code = server.run(input: input, output: output)
            done.signal()
        }
    }

    func notify(_ method: String, _ params: JSON = .null) {
        writer.send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    func request(_ id: Int, _ method: String, _ params: JSON = .null) throws -> JSON {
        writer.send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        while true {
            let message = try JSON.parse(try reader.next(timeout: 30))
            if message["id"] == .int(id) && message["method"].isNull { return message }
            pending.append(message)
        }
    }

    /// The next notification with this method (earlier ones read meanwhile are kept).
    func next(_ method: String) throws -> JSON {
        if let index = pending.firstIndex(where: { $0["method"].string == method }) { return pending.remove(at: index) }
        while true {
            let message = try JSON.parse(try reader.next(timeout: 30))
            if message["method"].string == method { return message }
            pending.append(message)
        }
    }

    /// Waits for the server loop to end and returns its exit code.
    func exitCode() -> Int32? {
        _ = done.wait(timeout: .now() + 10)
        return box.code
    }
}

private func makeWorkspace(config: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
    try config.write(to: folder.appendingPathComponent(".planlint.yaml"), atomically: true, encoding: .utf8)
    return folder
}

@Suite(.serialized) struct LanguageServerTests {
    @Test func fullSessionThroughPipes() throws {
        let workspace = try makeWorkspace(config: "disable: [test.other]\nseverity:\n  test.wrong: error\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        let client = PipeClient(server: server)

        let initialize = try client.request(1, "initialize", ["processId": .null, "rootUri": .string(workspace.absoluteString), "capabilities": [:]])
        let capabilities = initialize["result"]["capabilities"]
        #expect(capabilities["textDocumentSync"]["change"] == 1)
        #expect(capabilities["textDocumentSync"]["openClose"] == true)
        #expect(!capabilities["textDocumentSync"]["save"].isNull)
        #expect(capabilities["codeActionProvider"]["codeActionKinds"].array?.contains("quickfix") == true)
        #expect(initialize["result"]["serverInfo"]["name"] == "planlint")
        client.notify("initialized", [:])

        let uri = workspace.appendingPathComponent("plans/plan.md").absoluteString
        client.notify("textDocument/didOpen", [
            "textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1,
                             "text": "# 计划\n𠀀效劳职工，广阔职工\n"],
        ])
        let opened = try client.next("textDocument/publishDiagnostics")["params"]
        #expect(opened["uri"].string == uri)
        #expect(opened["version"] == 1)
        let diagnostics = try #require(opened["diagnostics"].array)
        // test.other is disabled by the workspace's .planlint.yaml; test.wrong is raised to error there.
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        #expect(diagnostic["code"] == "test.wrong")
        #expect(diagnostic["severity"] == 1)
        #expect(diagnostic["source"] == "planlint")
        #expect(diagnostic["message"].string?.hasPrefix("「效劳」应为「服务」") == true)
        // 𠀀 is one scalar but two UTF-16 code units.
        #expect(diagnostic["range"] == ["start": ["line": 1, "character": 2], "end": ["line": 1, "character": 4]])
        let href = try #require(diagnostic["codeDescription"]["href"].string)
        #expect(href.hasPrefix("file://") && href.hasSuffix("/test.wrong.md"))
        let page = try String(contentsOf: try #require(URL(string: href)), encoding: .utf8)
        #expect(page.hasPrefix("test.wrong"))

        client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(uri), "version": 2],
            "contentChanges": [["text": "# 计划\n\n一、效劳大局，效劳职工。\n"]],
        ])
        let changed = try client.next("textDocument/publishDiagnostics")["params"]
        #expect(changed["version"] == 2)
        let ranges = changed["diagnostics"].array?.map { $0["range"] }
        #expect(ranges == [
            ["start": ["line": 2, "character": 2], "end": ["line": 2, "character": 4]],
            ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 9]],
        ])

        let actions = try client.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": .string(uri)],
            "range": ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 7]],
            "context": ["diagnostics": .array(changed["diagnostics"].array ?? [])],
        ])["result"].array ?? []
        let quickfixes = actions.filter { $0["kind"] == "quickfix" }
        #expect(quickfixes.count == 1)
        #expect(quickfixes.first?["edit"]["changes"][uri] == [
            ["range": ["start": ["line": 2, "character": 7], "end": ["line": 2, "character": 9]], "newText": "服务"]
        ])
        #expect(quickfixes.first?["diagnostics"].array?.count == 1)
        // Two fixable findings: a fix-all action edits both.
        let fixAll = actions.first { $0["kind"] == "source.fixAll.planlint" }
        #expect(fixAll?["edit"]["changes"][uri].array?.count == 2)

        client.notify("textDocument/didSave", ["textDocument": ["uri": .string(uri)]])
        #expect(try client.next("textDocument/publishDiagnostics")["params"]["diagnostics"].array?.count == 2)

        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        #expect(try client.next("textDocument/publishDiagnostics")["params"]["diagnostics"] == [])

        let shutdown = try client.request(3, "shutdown")
        #expect(shutdown["result"] == .null)
        #expect(shutdown["error"] == .null)
        client.notify("exit")
        #expect(client.exitCode() == 0)
    }

    @Test func burstOfChangesIsLintedOnceForTheNewestText() throws {
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        let client = PipeClient(server: server)
        _ = try client.request(1, "initialize", [:])
        let uri = "file:///nonexistent-planlint/plan.txt"
        client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": ""]])
        _ = try client.next("textDocument/publishDiagnostics")
        // Five changes written at once (one pipe write, under PIPE_BUF), as a fast typist's editor would.
        var burst = Data()
        for version in 2...6 {
            let message: JSON = [
                "jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": ["textDocument": ["uri": .string(uri), "version": .int(version)],
                           "contentChanges": [["text": .string(String(repeating: "效劳", count: version))]]],
            ]
            let body = message.data()
            burst += Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        }
        #expect(burst.count < 4096)
        client.toServer.fileHandleForWriting.write(burst)
        let actions = try client.request(7, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 99]], "context": ["diagnostics": []]])
        let published = client.pending.filter { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(published.map { $0["params"]["version"] } == [6])
        #expect(published.last?["params"]["diagnostics"].array?.count == 6)
        #expect(actions["result"].array?.filter { $0["kind"] == "quickfix" }.count == 6)
        _ = try client.request(8, "shutdown")
        client.notify("exit")
        #expect(client.exitCode() == 0)
    }

    @Test func requestsBeforeInitializeAndUnknownMethodsGetErrors() throws {
        let server = LanguageServer(packLoader: { _ in RulePack(rules: []) })
        let early = server.handle(["jsonrpc": "2.0", "id": 1, "method": "textDocument/codeAction", "params": [:]])
        #expect(early.first?["error"]["code"] == -32002)
        _ = server.handle(["jsonrpc": "2.0", "id": 2, "method": "initialize", "params": [:]])
        let unknown = server.handle(["jsonrpc": "2.0", "id": 3, "method": "workspace/symbol", "params": [:]])
        #expect(unknown.first?["error"]["code"] == -32601)
        // Unknown notifications are ignored.
        #expect(server.handle(["jsonrpc": "2.0", "method": "workspace/didChangeWatchedFiles", "params": [:]]).isEmpty)
    }

    /// A header that is not `Name: value` (or a length that is not a number) ends the stream;
    /// the server says so in its log instead of vanishing without a word.
    @Test func malformedHeaderIsLoggedBeforeStopping() throws {
        for header in ["hello world", "Content-Length: abc"] {
            final class Lines: @unchecked Sendable { var all: [String] = [] }
            let lines = Lines()
            let server = LanguageServer(packLoader: { _ in RulePack(rules: []) })
            server.log = { lines.all.append($0) }
            let client = PipeClient(server: server)
            _ = try client.request(1, "initialize", [:])
            client.toServer.fileHandleForWriting.write(Data("\(header)\r\n\r\n{}".utf8))
            #expect(client.exitCode() == 1)
            #expect(lines.all.count == 1)
            #expect(lines.all.first?.contains("malformed message header \"\(header)\"") == true, "\(lines.all)")
        }
    }

    /// The `ignore` globs of .planlint.yaml leave the documents they match without diagnostics.
    @Test func ignoredDocumentsGetNoDiagnostics() throws {
        let workspace = try makeWorkspace(config: "ignore: [\"archive/**\", \"**/*草稿*\"]\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("archive"), withIntermediateDirectories: true)
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": .string(workspace.absoluteString)]])
        func diagnostics(_ path: String) -> [JSON]? {
            let uri = workspace.appendingPathComponent(path).absoluteString
            return server.handle([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": "效劳职工"]],
            ]).last?["params"]["diagnostics"].array
        }
        #expect(diagnostics("plans/plan.txt")?.count == 1)
        #expect(diagnostics("archive/2019.txt") == [])
        #expect(diagnostics("plans/计划草稿.txt") == [])
    }

    @Test func exitWithoutShutdownEndsWithOne() throws {
        let client = PipeClient(server: LanguageServer(packLoader: { _ in RulePack(rules: []) }))
        _ = try client.request(1, "initialize", [:])
        client.notify("exit")
        #expect(client.exitCode() == 1)
    }

    @Test func brokenConfigurationIsShownAndDefaultsAreUsed() throws {
        let workspace = try makeWorkspace(config: "disable: [\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootPath": .string(workspace.path)]])
        let uri = workspace.appendingPathComponent("plan.txt").absoluteString
        let replies = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": "广阔职工"]],
        ])
        #expect(replies.first?["method"] == "window/showMessage")
        #expect(replies.last?["params"]["diagnostics"].array?.first?["code"] == "test.other")
    }

    /// `lang: en` in the workspace's .planlint.yaml: quick fixes are titled in English, like
    /// the diagnostics they fix.
    @Test func quickFixTitlesFollowTheConfigurationsLanguage() throws {
        let workspace = try makeWorkspace(config: "lang: en\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        _ = server.handle(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["rootUri": .string(workspace.absoluteString)]])
        let uri = workspace.appendingPathComponent("plans/plan.txt").absoluteString
        let published = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": .string(uri), "languageId": "plaintext", "version": 1, "text": "效劳职工，广阔职工"]],
        ])
        #expect(published.last?["params"]["diagnostics"].array?.first?["message"].string?.hasPrefix("'效劳' should be '服务'") == true)
        let actions = server.handle([
            "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
            "params": ["textDocument": ["uri": .string(uri)], "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 9]],
                       "context": ["diagnostics": []]],
        ]).first?["result"].array ?? []
        let titles = actions.compactMap { $0["title"].string }
        #expect(titles.count == 3)
        #expect(titles.allSatisfy { $0.hasPrefix("planlint: ") }, "\(titles)")
    }

    /// With `lang: en` asked for by the editor, the broken-configuration message is English too.
    @Test func brokenConfigurationMessageFollowsTheEditorsLanguage() throws {
        let workspace = try makeWorkspace(config: "disable: [\n")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load([RuleSource(path: "t.yaml", text: testRules)]) })
        _ = server.handle([
            "jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": ["rootPath": .string(workspace.path), "initializationOptions": ["lang": "en"]],
        ])
        let replies = server.handle([
            "jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": ["textDocument": ["uri": .string(workspace.appendingPathComponent("plan.txt").absoluteString), "languageId": "plaintext",
                                        "version": 1, "text": "广阔职工"]],
        ])
        let message = try #require(replies.first?["params"]["message"].string)
        #expect(message.hasPrefix("planlint: the configuration or rules have errors"), "\(message)")
    }

    /// A 30 KB plan with the bundled rules: each change gets the diagnostics of its own
    /// version, the new wrong word among them. (How fast is measured by
    /// `scripts/lsp-latency.py`, not here: timing belongs in the benchmark.)
    @Test func everyChangeOfA30KBPlanGetsItsOwnDiagnostics() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try Self.plan30KB(root: root)
        #expect(text.utf8.count >= 30_000)
        let server = LanguageServer(packLoader: { _ in try RuleLoader().load(BundledRules.sources) })
        let client = PipeClient(server: server)
        _ = try client.request(1, "initialize", ["rootUri": .null, "capabilities": [:]])
        let uri = "file:///nonexistent-planlint-bench/plan.md"
        client.notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text)]])
        let opened = try client.next("textDocument/publishDiagnostics")
        let baseline = opened["params"]["diagnostics"].array?.count ?? 0
        #expect(baseline > 0)
        for version in 2...6 {
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(uri), "version": .int(version)],
                "contentChanges": [["text": .string(text + "\n效劳\(version)")]],
            ])
            let published = try client.next("textDocument/publishDiagnostics")
            #expect(published["params"]["version"] == .int(version))
            let diagnostics = published["params"]["diagnostics"].array ?? []
            #expect(diagnostics.count == baseline + 1)
            #expect(diagnostics.contains { $0["code"].string == "hygiene.conversion" && $0["range"]["start"]["line"].int == text.split(separator: "\n", omittingEmptySubsequences: false).count })
        }
        _ = try client.request(99, "shutdown")
        client.notify("exit")
        #expect(client.exitCode() == 0)
    }

    /// The example plans joined until they make 30 KB, as one Markdown document.
    static func plan30KB(root: URL) throws -> String {
        let examples = root.appendingPathComponent("Examples")
        var text = try String(contentsOf: examples.appendingPathComponent("strong-school-plan.md"), encoding: .utf8)
        let others = try ["weak-enterprise-plan.txt", "template-placeholders.txt", "traditional-hospital-plan.txt"].map {
            try String(contentsOf: examples.appendingPathComponent($0), encoding: .utf8)
        }
        var index = 0
        while text.utf8.count < 30_000 {
            text += "\n\n" + others[index % others.count]
            index += 1
        }
        return text
    }
}
