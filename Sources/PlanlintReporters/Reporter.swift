import PlanlintEngine
import PlanlintRules

/// Turns the reports of one run into text. Every reporter is a pure function of its input:
/// same reports, same options, same bytes.
public protocol Reporter {
    /// The `--format` name.
    static var identifier: String { get }
    func render(_ reports: [FileReport], options: ReportOptions) -> String
    /// This reporter as one that writes each file's part as soon as it is linted, when it
    /// streams. A requirement rather than a cast to `any StreamingReporter`: that cast had
    /// the runtime scan the binary's conformance records (0.4 M instructions of a one-plan run).
    var streaming: (any StreamingReporter)? { get }
}

extension Reporter {
    public var streaming: (any StreamingReporter)? { nil }
}

/// What reporters need besides the findings.
public struct ReportOptions: Sendable {
    public var language: Language
    /// ANSI colours (human output on a terminal only).
    public var color: Bool
    public var toolVersion: String
    /// The rules of the run, for formats that describe rules (SARIF, JUnit, HTML).
    public var rules: RulePack
    /// Severity at or above which the run fails.
    public var failOn: Severity?
    /// When true, per-file details are left out (`--quiet`): only errors and the totals.
    public var quiet: Bool
    /// The severity quiet mode keeps: what would fail the run, or errors when nothing would.
    public var quietThreshold: Severity { failOn ?? .error }
    /// Where the tool is documented, for SARIF viewers; omitted when nil.
    public var informationURI: String?

    public init(
        language: Language = .zh, color: Bool = false, toolVersion: String = "0.0.0", rules: RulePack = RulePack(rules: []),
        failOn: Severity? = .error, quiet: Bool = false, informationURI: String? = nil
    ) {
        self.language = language
        self.color = color
        self.toolVersion = toolVersion
        self.rules = rules
        self.failOn = failOn
        self.quiet = quiet
        self.informationURI = informationURI
    }
}
