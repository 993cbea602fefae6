import PlanlintDocument
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

    /// Counts a file and its findings.
    public mutating func add(_ report: FileReport) {
        files += 1
        if report.error != nil { unreadable += 1 }
        for finding in report.findings { add(finding) }
    }

    /// Counts one finding by category and severity.
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

    /// All findings counted.
    public var findings: Int { error + warning + info }

    /// Findings of a category.
    public func count(_ category: FindingCategory) -> Int {
        switch category {
        case .missing: missing
        case .weak: weak
        case .defect: defect
        }
    }

    /// Findings of a severity.
    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }
}

extension FileReport {
    /// Whether a finding is about the plan as a whole: something absent, which the engine
    /// places at the title (or the top of the file) for want of a better spot. Reporters
    /// show such findings without pointing into the text, where they would only repeat the
    /// title once per missing requirement.
    public func isDocumentLevel(_ finding: Finding) -> Bool {
        isDocumentLevel(category: finding.category, range: finding.range, start: finding.start)
    }

    /// The same from a finding's parts, for a reporter reading them in place.
    func isDocumentLevel(category: FindingCategory, range: Range<Int>, start: SourcePosition) -> Bool {
        guard category == .missing else { return false }
        if let title = metadata?.titleRange { return range == title }
        return range.isEmpty && start == SourcePosition(line: 1, column: 1)
    }

    /// The read error without the leading `path: ` the reader usually puts in, for formats
    /// that already show the path next to it.
    func errorWithoutPath(in language: Language) -> String? {
        guard let error = error(in: language) else { return nil }
        for prefix in [path + ": ", path + "："] where error.hasPrefix(prefix) { return String(error.dropFirst(prefix.count)) }
        return error
    }
}
