import PlanlintEngine
import PlanlintRules

/// GitHub Actions workflow commands, which the runner turns into annotations on the
/// pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
///
/// `endColumn` is the last column covered (GitHub's columns are inclusive) and is given only
/// for single-line findings, the only ones GitHub places by column.
public struct GitHubReporter: StreamingReporter, Sendable {
    public static let identifier = "github"

    public init() {}

    public func stream(options: ReportOptions) -> Stream {
        Stream(reporter: self, options: options)
    }

    /// One workflow command per line, file by file: nothing joins one file's lines to
    /// another's, so a run holds one file's at a time.
    public struct Stream: ReportStream {
        let reporter: GitHubReporter
        let options: ReportOptions

        public func part(for report: FileReport) -> [UInt8] {
            var text = ""
            for line in reporter.lines(for: report, options: options) {
                text += line
                text += "\n"
            }
            return Array(text.utf8)
        }

        public func text(for report: FileReport, part: [UInt8]) -> [UInt8] { part }

        public func finish() -> [UInt8] { [] }
    }

    /// A file's commands: its findings in reading order (under `--quiet`, those at or above
    /// the threshold), or the reason it could not be read.
    func lines(for report: FileReport, options: ReportOptions) -> [String] {
        if let error = report.errorWithoutPath(in: options.language) {
            return [command("error", properties: [("file", Self.repositoryPath(report.path)), ("title", "planlint")], message: error)]
        }
        var lines: [String] = []
        let threshold = options.quietThreshold
        for finding in HumanReporter.ordered(report.findings) where !options.quiet || finding.severity >= threshold {
            var properties = [
                ("file", Self.repositoryPath(report.path)),
                ("line", String(finding.start.line)),
                ("col", String(finding.start.column)),
                ("endLine", String(max(finding.end.line, finding.start.line))),
            ]
            if finding.end.line == finding.start.line {
                properties.append(("endColumn", String(max(finding.end.column - 1, finding.start.column))))
            }
            properties.append(("title", finding.ruleID))
            var message = finding.message.text(options.language)
            if let suggestion = finding.suggestion?.text(options.language) {
                message += "\n" + (options.language == .en ? "Suggestion: " : "建议：") + suggestion
            }
            lines.append(command(Self.command(finding.severity), properties: properties, message: message))
        }
        return lines
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    func command(_ name: String, properties: [(String, String)], message: String) -> String {
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(Self.escapeData(message))"
    }

    /// The path as GitHub matches it against the files of a pull request: `planlint .` names
    /// `./plans/a.txt`, which GitHub does not find, so leading `./` are dropped.
    static func repositoryPath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2).drop { $0 == "/" } }
        return String(path)
    }

    /// Escaping for the message: the runner decodes `%25`, `%0D` and `%0A`.
    public static func escapeData(_ value: String) -> String {
        value.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escaping for property values, where `:` and `,` also separate fields.
    public static func escapeProperty(_ value: String) -> String {
        escapeData(value).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Replaces every occurrence of a single-scalar `target` (Foundation-free).
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
