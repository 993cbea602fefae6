import PlanlintDocument
import PlanlintRules

/// Everything planlint found in one file, or why the file could not be read.
public struct FileReport: Sendable {
    public var path: String
    public var metadata: PlanMetadata?
    public var format: DocumentFormat?
    public var findings: [Finding]
    public var checks: [CheckResult]
    /// Set when the file could not be read; there are then no findings.
    public var error: String?
    /// `error` in both languages, when planlint wrote it (reporters fall back to `error`).
    public var localizedError: LocalizedText?
    /// The document, kept when a reporter needs its text (the HTML report); nil otherwise.
    public var document: PlanDocument?
    /// Set when the rules that judge what a plan holds did not run on the file, and why.
    public var contentSetAside: ContentSetAside?

    public init(
        path: String, metadata: PlanMetadata?, format: DocumentFormat?, findings: [Finding], checks: [CheckResult],
        error: String? = nil, document: PlanDocument? = nil, contentSetAside: ContentSetAside? = nil
    ) {
        self.path = path
        self.metadata = metadata
        self.format = format
        self.findings = findings
        self.checks = checks
        self.error = error
        self.document = document
        self.contentSetAside = contentSetAside
    }

    public static func failure(path: String, error: String) -> FileReport {
        FileReport(path: path, metadata: nil, format: nil, findings: [], checks: [], error: error)
    }

    /// A file that could not be read, with the reason in both languages (`error` is the English).
    public static func failure(path: String, error: LocalizedText) -> FileReport {
        var report = FileReport.failure(path: path, error: error.en)
        report.localizedError = error
        return report
    }

    /// Why the file could not be read, in `language`; nil when it was read.
    public func error(in language: Language) -> String? {
        guard error != nil else { return nil }
        return localizedError?.text(language) ?? error
    }

    public func count(_ category: FindingCategory) -> Int {
        findings.lazy.filter { $0.category == category }.count
    }

    public func count(atLeast severity: Severity) -> Int {
        findings.lazy.filter { $0.severity >= severity }.count
    }
}
