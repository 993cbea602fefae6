import PlanlintRules

/// The output formats `--format` accepts, each backed by one reporter.
public enum ReportFormat: String, CaseIterable, Sendable {
    case human
    case json
    case sarif
    case junit
    case github
    case markdown
    case html

    /// The reporter that renders this format.
    public var reporter: any Reporter {
        switch self {
        case .human: HumanReporter()
        case .json: JSONReporter()
        case .sarif: SarifReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .markdown: MarkdownReporter()
        case .html: HTMLReporter()
        }
    }

    /// The mildest severity whose findings this format prints with `options`. In quiet mode
    /// the human and GitHub formats print only what would fail the run (errors when nothing
    /// would) and count the rest; the linter can skip the details of those
    /// (`LintOptions.detailSeverity`). Every other format prints every finding.
    public func mildestShown(_ options: ReportOptions) -> Severity {
        switch self {
        case .human, .github: options.quiet ? options.quietThreshold : .info
        case .json, .sarif, .junit, .markdown, .html: .info
        }
    }

    /// Whether the run keeps where each passed requirement was satisfied
    /// (`CheckResult.satisfiedAt`, `LintOptions.recordsPassPlaces`) for this format: always
    /// for the HTML report, whose reviewers jump to the passage; for JSON when `asked`
    /// (`--pass-places`): placing and quoting every pass cost a JSON run 1.2 % more
    /// instructions, which a report read by programs need not pay unless it uses them.
    /// The other formats print no passes' places.
    public func keepsPassPlaces(asked: Bool) -> Bool {
        switch self {
        case .html: true
        case .json: asked
        case .human, .github, .sarif, .junit, .markdown: false
        }
    }

    /// The usual file extension of the format, for `--output` defaults and CI artefacts.
    public var fileExtension: String {
        switch self {
        case .human, .github: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "xml"
        case .markdown: "md"
        case .html: "html"
        }
    }
}
