import ArgumentParser
import Foundation
import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules

extension OrganisationProfile: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// `planlint [lint] PATH…`: lint files, folders and globs, or standard input as `-`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint plans (.txt, .md, .docx); folders are searched recursively, '-' reads standard input.",
        discussion: "Exit status: 0 when nothing reaches --fail-on, 1 when findings do, 2 on usage, configuration or rule errors."
    )

    @Argument(help: ArgumentHelp("Files, folders or globs to lint; '-' for standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var ruleOptions: RuleOptions

    @OptionGroup var fixOptions: FixOptions

    @Option(help: "Organisation profile instead of the detected one: \(OrganisationProfile.allCases.map(\.rawValue).joined(separator: ", ")).")
    var profile: OrganisationProfile?

    @Option(help: "Plan year instead of the one in the title.")
    var year: Int?

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .human

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to a file instead of standard output (html: a folder, DIR/, gets an index and a page per plan).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Exit with 1 when a finding reaches this severity: error, warning, info or never.", valueName: "level"))
    var failOn: String?

    @Option(help: "Language of messages: zh or en.")
    var lang: Language?

    @Flag(help: "Print only findings that fail the run, and the totals.")
    var quiet = false

    @Flag(help: "JSON: say where each passed requirement was satisfied (checks[].where; the HTML report always shows it).")
    var passPlaces = false

    @Flag(help: "Report what suppression comments in the plans (<!-- planlint-disable … -->) would hide.")
    var ignoreSuppressions = false

    @Flag(help: "Follow links in folders that lead outside them (by default reported and skipped).")
    var followLinks = false

    @Flag(help: "Colour the human report even when it is not written to a terminal (a CI log that shows ANSI colours).")
    var color = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (NO_COLOR is honoured too).")
    var noColor = false

    @Option(help: ArgumentHelp("Name (and format, by extension) of the document read from standard input.", valueName: "name"))
    var stdinFilename: String?

    @Option(help: ArgumentHelp("Refuse documents larger than this many bytes (default 20971520, i.e. 20 MB).", valueName: "bytes"))
    var maxFileSize: Int?

    @Option(name: [.short, .long], help: ArgumentHelp("Lint at most this many files at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let failOn, !["error", "warning", "info", "never"].contains(failOn) {
            throw ValidationError("--fail-on must be error, warning, info or never")
        }
        if let maxFileSize, maxFileSize < 1 {
            throw ValidationError("--max-file-size must be a positive number of bytes")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if let year, !(1949...2200).contains(year) {
            throw ValidationError("--year must be a year such as 2025")
        }
        if paths.isEmpty { throw ValidationError("give at least one file, folder or glob to lint ('-' for standard input)") }
    }

    func run() throws {
        try exitForLoadErrors {
            let configuration = try ruleOptions.loadConfiguration()
            let pack = try ruleOptions.loadPack(configuration)
            for id in configuration.unknownRuleIDs(in: pack) {
                FileHandle.standardError.write(Data("warning: \(configuration.path ?? ".planlint.yaml"): unknown rule id '\(id)'\n".utf8))
            }
            let linter = try ruleOptions.linter(for: pack, configuration)
            let failLevel = failOn ?? configuration.failOn ?? "error"
            let threshold = Severity(rawValue: failLevel)
            let reportOptions = ReportOptions(
                language: lang ?? configuration.language.flatMap(Language.init(rawValue:)) ?? .zh,
                color: useColor, toolVersion: Planlint.version, rules: pack, failOn: threshold, quiet: quiet)
            var options = LintOptions(configuration: configuration)
            if let profile { options.profile = profile }
            if let year { options.year = year }
            if ignoreSuppressions { options.honoursSuppressions = false }
            options.keepDocuments = format == .html
            options.detailSeverity = format.mildestShown(reportOptions)
            options.recordsPassPlaces = format.keepsPassPlaces(asked: passPlaces)
            var limits = DocumentLimits.default
            if let maxBytes = maxFileSize ?? configuration.maxFileSize { limits.maxBytes = maxBytes }
            let runner = LintRunner(linter: linter, options: options, configuration: configuration, limits: limits, jobs: jobs)

            var failed = false
            var unreadable = false
            func lint(part: (FileReport) -> [UInt8], _ consume: (FileReport, [UInt8]) -> Void) {
                lintInputs(runner, configuration: configuration, language: reportOptions.language, part: part) { report, text in
                    if let threshold, report.count(atLeast: threshold) > 0 { failed = true }
                    if report.error != nil { unreadable = true }
                    consume(report, text)
                }
            }
            // `--format html -o DIR/`: an index and a page per plan, for runs one page cannot hold.
            if format == .html, let output, HTMLReportFolder.isFolder(output) {
                var reports: [FileReport] = []
                lint(part: { _ in [] }) { report, _ in reports.append(report) }
                do throws(OutputFileError) {
                    try HTMLReportFolder.write(HTMLReporter().renderFolder(reports, options: reportOptions), to: output)
                } catch {
                    throw Self.cannotWriteReport(error)
                }
                if failed || unreadable { throw ExitCode(1) }
                return
            }
            let writer: OutputFile
            do throws(OutputFileError) {
                writer = if let output { try OutputFile(path: output) } else { .standardOutput() }
            } catch {
                throw Self.cannotWriteReport(error)
            }
            if let streaming = format.reporter.streaming {
                Self.stream(streaming, options: reportOptions, to: writer, lint: lint)
            } else {
                var reports: [FileReport] = []
                lint(part: { _ in [] }) { report, _ in reports.append(report) }
                writer.write(format.reporter.render(reports, options: reportOptions))
            }
            do {
                try writer.commit()
            } catch let error as OutputFileError {
                throw Self.cannotWriteReport(error)
            }
            if failed || unreadable { throw ExitCode(1) }
        }
    }

    /// Says why the report could not be written; the run then exits 2.
    private static func cannotWriteReport(_ error: OutputFileError) -> ExitCode {
        FileHandle.standardError.write(Data("\(error.path): cannot write report: \(error.reason)\n".utf8))
        return ExitCode(2)
    }

    /// Writes each file's part of the report as soon as it and every file before it are
    /// linted, so memory stays flat however many plans there are. Parts are rendered on the
    /// linting threads; only the joining is serial.
    private static func stream<R: StreamingReporter>(
        _ reporter: R, options: ReportOptions, to writer: OutputFile,
        lint: ((FileReport) -> [UInt8], (FileReport, [UInt8]) -> Void) -> Void
    ) {
        var stream = reporter.stream(options: options)
        let renderer = stream
        lint({ renderer.part(for: $0) }) { report, part in writer.write(stream.text(for: report, part: part)) }
        stream.finish { writer.write($0) }
    }

    /// Lints standard input (when `-` is given) and then the files, handing each report and
    /// its rendered `part` (computed on the thread that linted it) to `consume` in input order.
    private func lintInputs(
        _ runner: LintRunner, configuration: Configuration, language: Language, part: (FileReport) -> [UInt8],
        consume: (FileReport, [UInt8]) -> Void
    ) {
        func deliver(_ report: FileReport) { consume(report, part(report)) }
        let files = paths.filter { $0 != "-" }
        let base = configuration.path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? FileManager.default.currentDirectoryPath
        let collector = InputCollector(ignore: configuration.ignore, base: base, followsOutwardLinks: followLinks)
        // Standard input named as an ignored file (a hook piping a staged draft) is ignored like it.
        if paths.contains("-"), !(stdinFilename.map(collector.isIgnored) ?? false) {
            let name = stdinFilename ?? "<stdin>.txt"
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if fixOptions.enabled { fixOptions.applyToStandardInput(runner, data: data, name: name, language: language) }
            let format = DocumentFormat(path: name) ?? .text
            do {
                deliver(
                    try runner.linter.lint(
                        data: data, path: name, format: format, limits: runner.limits, options: runner.options(for: name)))
            } catch let error as DocumentError {
                deliver(.failure(path: name, error: error.localized))
            } catch {
                deliver(.failure(path: name, error: "\(error)"))
            }
        }
        let items = collector.collect(files)
        if fixOptions.enabled { fixOptions.apply(runner, to: items, language: language) }
        runner.run(items, prepare: { ($0, part($0)) }, consume: { consume($0.0, $0.1) })
    }

    private var useColor: Bool {
        guard format == .human, !noColor else { return false }
        if color { return true }  // asked for by name: wins over NO_COLOR and a file or pipe
        guard output == nil else { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
