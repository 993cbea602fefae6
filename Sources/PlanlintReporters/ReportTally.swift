import PlanlintEngine
import PlanlintRules

/// Counts of findings by category and by severity: the numbers every summary prints.
public struct ReportTally: Sendable, Equatable {
    public var missing = 0
    public var weak = 0
    public var defect = 0
    public var error = 0
    public var warning = 0
    public var info = 0
    /// Reports counted.
    public var files = 0
    /// Reports of files that could not be read.
    public var unreadable = 0

    public init() {}

    /// The tally of one file.
    public init(_ report: FileReport) {
        add(report)
    }

    /// The tally of a whole run.
    public init(_ reports: [FileReport]) {
        for report in reports { add(report) }
    }

    public mutating func add(_ report: FileReport) {
        files += 1
        if report.error != nil { unreadable += 1 }
        for finding in report.findings { add(finding) }
    }

    public mutating func add(_ finding: Finding) {
        switch finding.category {
        case .missing: missing += 1
        case .weak: weak += 1
        case .defect: defect += 1
        }
        switch finding.severity {
        case .error: error += 1
        case .warning: warning += 1
        case .info: info += 1
        }
    }

    public var findings: Int { error + warning + info }

    public func count(_ category: FindingCategory) -> Int {
        switch category {
        case .missing: missing
        case .weak: weak
        case .defect: defect
        }
    }

    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }
}
