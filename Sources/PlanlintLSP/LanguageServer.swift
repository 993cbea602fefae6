import Foundation
import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// planlint as a Language Server (LSP 3.17, full document sync): lints open .txt and .md
/// plans on open, change and save, publishes the findings as diagnostics and offers their
/// fixes as quick fixes.
///
/// `handle(_:)` turns one incoming message into the messages to send back, so tests can
/// drive the server without a process; `run(input:output:)` is the stdio loop.
public final class LanguageServer {
    /// Builds the rule pack for a configuration (the bundled pack, the configuration's rule
    /// folders…); the command line supplies it, so the library does not depend on it.
    public typealias PackLoader = (Configuration) throws -> RulePack
    /// Builds the linter for a configuration: what the command line gives when it can
    /// reuse a pack compiled already (the bundled one, compiled once per process).
    public typealias LinterLoader = (Configuration) throws -> Linter

    public static let name = "planlint"

    private let linterLoader: LinterLoader
    /// `--config` of the command line: used for every document instead of searching.
    private let configurationPath: String?
    private let version: String

    private var initialized = false
    public private(set) var shutdownRequested = false
    public private(set) var exited = false
    private var rootPath: String?
    private var language: Language?
    private var ruleDocsTemplate: String?
    private let ruleDocs = RuleDocsFolder()
    private var documents: [String: OpenDocument] = [:]
    private var setups: [String: Setup] = [:]
    /// Configuration problems already shown, so a broken file is reported once per change.
    private var reportedProblems: Set<String> = []

    /// Where the server says why it stops on a broken stream (standard error: editors show
    /// it in the server's log).
    public var log: (String) -> Void = { FileHandle.standardError.write(Data(("planlint lsp: " + $0 + "\n").utf8)) }

    /// How long the last lint took, in seconds (for the latency figures).
    public private(set) var lastLintSeconds: Double = 0

    struct OpenDocument {
        var uri: String
        var path: String
        var format: DocumentFormat
        var text: String
        var version: Int?
        /// `plan`'s original lines, made once per lint: `originalLines` builds every line's
        /// string anew, and each diagnostic, quick fix and hover reads them.
        var lines: [String] = []
        var findings: [Finding] = []
        /// The plan as read at the last lint, for the outline, made only when the editor asks
        /// for it (it cost a fifth of a lint); nil for a document not linted.
        var plan: PlanDocument?
        /// The language its diagnostics were written in, for its quick fixes' titles.
        var language: Language = .zh
    }

    /// A loaded configuration and the linter for its pack.
    struct Setup {
        var configuration: Configuration
        var linter: Linter
        var stamp: String
        /// The configuration's `ignore` globs, relative to its folder as on the command line.
        var ignore: InputCollector
    }

    public init(linterLoader: @escaping LinterLoader, configurationPath: String? = nil, version: String = "0.1.0") {
        self.linterLoader = linterLoader
        self.configurationPath = configurationPath
        self.version = version
    }

    public convenience init(packLoader: @escaping PackLoader, configurationPath: String? = nil, version: String = "0.1.0") {
        self.init(linterLoader: { Linter(rules: try packLoader($0)) }, configurationPath: configurationPath, version: version)
    }

    // MARK: - Loop

    /// Serves until `exit` or the end of input; returns the process exit code (0 after an
    /// orderly shutdown, 1 otherwise, as LSP asks).
    public func run(input: Int32, output: Int32) -> Int32 {
        let reader = MessageReader(descriptor: input)
        let writer = MessageWriter(descriptor: output)
        // Messages read ahead while checking for a newer change; nil stands for unparsable.
        var queue: [JSON?] = []
        var ended = false
        while !exited {
            let next: JSON?
            if !queue.isEmpty {
                next = queue.removeFirst()
            } else if ended {
                break
            } else {
                let data: Data
                do {
                    data = try reader.next()
                } catch MessageReader.Failure.badHeader(let line) {
                    // Without a length the stream cannot be followed further: say why it ends.
                    log("malformed message header \"\(line.prefix(200))\" (expected Content-Length: N); stopping")
                    break
                } catch {
                    break
                }
                next = try? JSON.parse(data)
            }
            guard let message = next else {
                writer.send(Self.error(id: .null, code: -32700, message: "parse error"))
                continue
            }
            // While the user types, changes queue up: lint only the newest of a run of
            // changes to one document, so diagnostics keep pace with the text.
            var lintNow = true
            if message["method"].string == "textDocument/didChange" {
                if queue.isEmpty {
                    while !ended, reader.hasPendingInput {
                        guard let data = try? reader.next() else {
                            ended = true
                            break
                        }
                        queue.append(try? JSON.parse(data))
                    }
                }
                if let following = queue.first, let following, following["method"].string == "textDocument/didChange",
                    following["params"]["textDocument"]["uri"] == message["params"]["textDocument"]["uri"]
                {
                    lintNow = false
                }
            }
            for reply in handle(message, lint: lintNow) { writer.send(reply) }
        }
        return shutdownRequested ? 0 : 1
    }

    // MARK: - Dispatch

    /// The messages to send in answer to one incoming message.
    /// With `lint` false a change is recorded without linting (a newer one is waiting).
    public func handle(_ message: JSON, lint lintChanges: Bool = true) -> [JSON] {
        if case .array(let batch) = message { return handle(batch: batch, lint: lintChanges) }
        let method = message["method"].string
        let id = message["id"]
        let isRequest = !id.isNull && method != nil
        guard let method else { return [] }  // a response to something we never ask
        let params = message["params"]

        if method == "exit" {
            exited = true
            return []
        }
        if shutdownRequested {
            return isRequest ? [Self.error(id: id, code: -32600, message: "server is shut down")] : []
        }
        if !initialized && method != "initialize" {
            return isRequest ? [Self.error(id: id, code: -32002, message: "server not initialized")] : []
        }
        switch method {
        case "initialize":
            return [Self.result(id: id, initialize(params))]
        case "initialized":
            // Load the workspace's configuration and compile its pack now, so the first
            // document opened does not wait for it.
            var messages: [JSON] = []
            let folder = rootPath ?? FileManager.default.currentDirectoryPath
            _ = setup(for: URL(fileURLWithPath: folder).appendingPathComponent("plan.md").path, messages: &messages)
            return messages
        case "$/cancelRequest", "$/setTrace":
            return []
        case "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles":
            // Settings or watched files (a .planlint.yaml, a rule folder) changed: reload everything.
            return relintAll()
        case "shutdown":
            shutdownRequested = true
            return [Self.result(id: id, .null)]
        case "textDocument/didOpen":
            let item = params["textDocument"]
            guard let uri = item["uri"].string, let text = item["text"].string else { return [] }
            let path = Self.path(of: uri)
            var document = OpenDocument(
                uri: uri, path: path, format: Self.format(path: path, languageID: item["languageId"].string), text: text,
                version: item["version"].int)
            return lint(&document)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]["uri"].string, var document = documents[uri] else { return [] }
            for change in params["contentChanges"].array ?? [] {
                guard let text = change["text"].string else { continue }
                if change["range"].isNull {
                    document.text = text
                } else {
                    document.text = Self.apply(text, at: change["range"], to: document.text)
                }
            }
            document.version = params["textDocument"]["version"].int ?? document.version
            if !lintChanges {
                documents[uri] = document
                return []
            }
            return lint(&document)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]["uri"].string, var document = documents[uri] else { return [] }
            if let text = params["text"].string { document.text = text }
            return lint(&document)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]["uri"].string else { return [] }
            documents[uri] = nil
            return [Self.publish(uri: uri, version: nil, diagnostics: [])]
        case "textDocument/codeAction":
            let document = params["textDocument"]["uri"].string.flatMap { documents[$0] }
            return [Self.result(id: id, .array(document.map { Self.codeActions(params, for: $0) } ?? []))]
        case "textDocument/documentSymbol":
            let document = params["textDocument"]["uri"].string.flatMap { documents[$0] }
            let outline = document.flatMap { document in document.plan.map { PlanOutline($0, lines: document.lines) } }
            return [Self.result(id: id, .array(outline?.items.map(\.json) ?? []))]
        case "textDocument/hover":
            guard let document = params["textDocument"]["uri"].string.flatMap({ documents[$0] }) else {
                return [Self.result(id: id, .null)]
            }
            var ignored: [JSON] = []
            let pack = setup(for: document.path, messages: &ignored).linter.pack.pack
            return [Self.result(id: id, Self.hover(params, for: document, pack: pack))]
        default:
            return isRequest ? [Self.error(id: id, code: -32601, message: "method not found: \(method)")] : []
        }
    }

    private func initialize(_ params: JSON) -> JSON {
        initialized = true
        if let uri = params["rootUri"].string {
            rootPath = Self.path(of: uri)
        } else if let path = params["rootPath"].string {
            rootPath = path
        } else if let uri = params["workspaceFolders"][0]["uri"].string {
            rootPath = Self.path(of: uri)
        }
        let options = params["initializationOptions"]
        language = options["lang"].string.flatMap(Language.init(rawValue:))
        ruleDocsTemplate = options["ruleDocsURL"].string
        return [
            "capabilities": [
                "positionEncoding": "utf-16",
                "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix", "source.fixAll.planlint"]],
                "documentSymbolProvider": true,
                "hoverProvider": true,
            ],
            "serverInfo": ["name": .string(Self.name), "version": .string(version)],
        ]
    }

    // MARK: - Linting

    private func relintAll() -> [JSON] {
        setups = [:]
        var messages: [JSON] = []
        for uri in documents.keys.sorted() {
            guard var document = documents[uri] else { continue }
            messages += lint(&document)
        }
        return messages
    }

    /// Lints a document, stores it and returns the diagnostics notification (and any
    /// configuration problem to show).
    private func lint(_ document: inout OpenDocument) -> [JSON] {
        let clock = DispatchTime.now().uptimeNanoseconds
        var messages: [JSON] = []
        let setup = setup(for: document.path, messages: &messages)
        // A path `ignore` leaves out gets no diagnostics, as `planlint` would not lint it.
        if setup.ignore.isIgnored(document.path) {
            document.lines = []
            document.findings = []
            document.plan = nil
            documents[document.uri] = document
            messages.append(Self.publish(uri: document.uri, version: document.version, diagnostics: []))
            return messages
        }
        let plan = DocumentReader.document(text: document.text, path: document.path, format: document.format)
        let runner = LintRunner(linter: setup.linter, options: LintOptions(configuration: setup.configuration), configuration: setup.configuration)
        let report = runner.linter.lint(plan, options: runner.options(for: document.path))
        document.lines = plan.lines.originalLines
        document.findings = report.findings
        document.plan = plan
        let language = language ?? setup.configuration.language.flatMap(Language.init(rawValue:)) ?? .zh
        document.language = language
        documents[document.uri] = document
        let diagnostics = report.findings.map { diagnostic(for: $0, in: document, language: language, setup: setup) }
        messages.append(Self.publish(uri: document.uri, version: document.version, diagnostics: diagnostics))
        lastLintSeconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        return messages
    }

    /// The configuration for a document: `--config`, else the nearest `.planlint.yaml` from
    /// the document's folder up, else the workspace root's; reloaded when the file changes.
    private func setup(for path: String, messages: inout [JSON]) -> Setup {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let found = configurationPath
            ?? (path.hasPrefix("/") ? ConfigurationLoader.find(from: folder) : nil)
            ?? rootPath.flatMap { ConfigurationLoader.find(from: $0) }
        let key = found ?? ""
        let stamp = found.map(Self.stamp(of:)) ?? ""
        if let cached = setups[key], cached.stamp == stamp { return cached }
        var configuration = Configuration()
        var linter: Linter
        do {
            if let found { configuration = try ConfigurationLoader.load(path: found) }
            linter = try linterLoader(configuration)
            reportedProblems.remove(key)
        } catch {
            if !reportedProblems.contains(key + stamp) {
                reportedProblems.insert(key + stamp)
                messages.append(
                    Self.notification(
                        "window/showMessage",
                        ["type": 1, "message": .string(
                            (language == .en
                                ? "planlint: the configuration or rules have errors; the defaults are used for now.\n"
                                : "planlint：配置或规则有误，暂用默认设置。\n") + "\(error)")]))
            }
            configuration = Configuration()
            linter = (try? linterLoader(Configuration())) ?? Linter(rules: RulePack(rules: []))
        }
        let base = configuration.path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? rootPath ?? FileManager.default.currentDirectoryPath
        let ignore = InputCollector(ignore: configuration.ignore, base: base, workingDirectory: base)
        let setup = Setup(configuration: configuration, linter: linter, stamp: stamp, ignore: ignore)
        setups[key] = setup
        return setup
    }

    private static func stamp(of path: String) -> String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
        return "\(date):\(size)"
    }

    // MARK: - Diagnostics

    private func diagnostic(for finding: Finding, in document: OpenDocument, language: Language, setup: Setup) -> JSON {
        var message = finding.message.text(language)
        if let suggestion = finding.suggestion?.text(language), !suggestion.isEmpty {
            message += (language == .zh ? "\n建议：" : "\nSuggestion: ") + suggestion
        }
        let range = Self.diagnosticRange(of: finding, lines: document.lines)
        let severity: Int
        switch finding.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .info: severity = 3
        }
        var data: [String: JSON] = ["category": .string(finding.category.rawValue)]
        if let fix = finding.fix { data["replacement"] = .string(fix.replacement) }
        var diagnostic: [String: JSON] = [
            "range": range.json,
            "severity": .int(severity),
            "code": .string(finding.ruleID),
            "source": .string(Self.name),
            "message": .string(message),
            "data": .object(data),
        ]
        if let href = docsURL(for: finding.ruleID, setup: setup) { diagnostic["codeDescription"] = ["href": .string(href)] }
        return .object(diagnostic)
    }

    /// Where a rule is documented: the `ruleDocsURL` initialisation option (`{id}` replaced),
    /// else the rule's `planlint explain` page written to a temporary folder.
    private func docsURL(for id: String, setup: Setup) -> String? {
        if let template = ruleDocsTemplate { return template.replacingOccurrences(of: "{id}", with: id) }
        return setup.linter.pack.pack.rule(id: id).flatMap(ruleDocs.url(for:))
    }
}
