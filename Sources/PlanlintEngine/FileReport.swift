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
    /// The document, kept when a reporter needs its text (the HTML report); nil otherwise.
    public var document: PlanDocument?

    public init(
        path: String, metadata: PlanMetadata?, format: DocumentFormat?, findings: [Finding], checks: [CheckResult],
        error: String? = nil, document: PlanDocument? = nil
    ) {
        self.path = path
        self.metadata = metadata
        self.format = format
        self.findings = findings
        self.checks = checks
        self.error = error
        self.document = document
    }

    public static func failure(path: String, error: String) -> FileReport {
        FileReport(path: path, metadata: nil, format: nil, findings: [], checks: [], error: error)
    }

    public func count(_ category: FindingCategory) -> Int {
        findings.lazy.filter { $0.category == category }.count
    }

    public func count(atLeast severity: Severity) -> Int {
        findings.lazy.filter { $0.severity >= severity }.count
    }
}
