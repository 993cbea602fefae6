import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// Machine-readable output with a stable shape (`schema_version` 1, described in
/// docs/output-formats.md and docs/json-schema.json). Keys are sorted and the output is
/// pretty-printed, so two runs over the same input give the same bytes.
///
/// Fields are only ever added within a schema version; renaming or removing one bumps
/// `schema_version`.
public struct JSONReporter: StreamingReporter, Sendable {
    public static let identifier = "json"
    /// The version of the output shape, written as `schema_version`.
    public static let schemaVersion = 1

    public init() {}

    public func stream(options: ReportOptions) -> Stream {
        Stream(reporter: self, options: options)
    }

    /// The JSON document of one run, written file by file: `files` is the first key and
    /// `summary` and `version` follow it, so the sorted-key layout of `document` is kept.
    public struct Stream: ReportStream {
        let reporter: JSONReporter
        let options: ReportOptions
        var tally = ReportTally()

        public func part(for report: FileReport) -> String {
            reporter.file(report, options: options).serialized(indentLevel: 2)
        }

        public mutating func text(for report: FileReport, part: String) -> String {
            let opening = tally.files == 0 ? "{\n  \"files\": [" : ","
            tally.add(report)
            return opening + "\n    " + part
        }

        public mutating func finish() -> String {
            var text = tally.files == 0 ? "{\n  \"files\": []" : "\n  ]"
            text += ",\n  \"schema_version\": " + String(JSONReporter.schemaVersion)
            text += ",\n  \"summary\": " + JSONReporter.summary(tally).serialized(indentLevel: 1)
            text += ",\n  \"version\": " + JSONValue.string(options.toolVersion).serialized(indentLevel: 1)
            return text + "\n}\n"
        }
    }

    /// Counts by category and severity; the run's summary also counts files.
    static func summary(_ tally: ReportTally, countingFiles: Bool = true) -> JSONValue {
        var members: [String: JSONValue] = [
            "missing": .int(tally.missing),
            "weak": .int(tally.weak),
            "defect": .int(tally.defect),
            "error": .int(tally.error),
            "warning": .int(tally.warning),
            "info": .int(tally.info),
        ]
        if countingFiles {
            members["files"] = .int(tally.files)
            members["files_with_errors"] = .int(tally.unreadable)
        }
        return .object(members)
    }

    /// The whole report as a JSON value.
    public func document(_ reports: [FileReport], options: ReportOptions) -> JSONValue {
        let tally = ReportTally(reports)
        return .object([
            "schema_version": .int(Self.schemaVersion),
            "version": .string(options.toolVersion),
            "files": .array(reports.map { file($0, options: options) }),
            "summary": Self.summary(tally),
        ])
    }

    func file(_ report: FileReport, options: ReportOptions) -> JSONValue {
        var members: [String: JSONValue] = [
            "path": .string(report.path),
            "title": .optional(report.metadata?.title),
            "profile": .optional(report.metadata?.profile?.rawValue),
            "year": .optional(report.metadata?.year),
            "kind": .optional(report.metadata?.kind.rawValue),
            "findings": .array(report.findings.map { finding($0, language: options.language) }),
            "checks": .array(report.checks.map(check)),
            "summary": Self.summary(ReportTally(report), countingFiles: false),
        ]
        if let error = report.error { members["error"] = .string(error) }
        return .object(members)
    }

    func finding(_ finding: Finding, language: Language) -> JSONValue {
        .object([
            "rule": .string(finding.ruleID),
            "severity": .string(finding.severity.rawValue),
            "category": .string(finding.category.rawValue),
            "theme": .string(finding.theme),
            "message": .string(finding.message.text(language)),
            "line": .int(finding.start.line),
            "column": .int(finding.start.column),
            "end_line": .int(finding.end.line),
            "end_column": .int(finding.end.column),
            "section": .array(finding.sectionPath.map(JSONValue.string)),
            "evidence": .string(finding.evidence),
            "fix": finding.fix.map(fix) ?? .null,
            "suggestion": .optional(finding.suggestion?.text(language)),
            "basis": .string(finding.basis),
        ])
    }

    func fix(_ fix: Fix) -> JSONValue {
        .object([
            "replacement": .string(fix.replacement),
            "line": .int(fix.start.line),
            "column": .int(fix.start.column),
            "end_line": .int(fix.end.line),
            "end_column": .int(fix.end.column),
        ])
    }

    func check(_ check: CheckResult) -> JSONValue {
        .object([
            "rule": .string(check.ruleID),
            "theme": .string(check.theme),
            "status": .string(check.status.rawValue),
            "items_found": .array(check.itemsFound.map(JSONValue.string)),
            "items_missing": .array(check.itemsMissing.map(JSONValue.string)),
        ])
    }
}
