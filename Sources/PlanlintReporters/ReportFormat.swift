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
