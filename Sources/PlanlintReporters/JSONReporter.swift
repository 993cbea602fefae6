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
    /// `summary` and `version` follow it, so the document's keys stay in sorted order.
    public struct Stream: ReportStream {
        let reporter: JSONReporter
        let options: ReportOptions
        var tally = ReportTally()

        /// Every part starts with the separator that follows an earlier file, so that
        /// `text(for:part:)` passes all parts but the first on as they are: prefixing each
        /// copied the whole report once more.
        public func part(for report: FileReport) -> [UInt8] {
            // Written straight into the array that is returned, sized for the report: a finding
            // takes about 1.1 KB (the 50 MB benchmark: 194 MB for 168,194 findings), a check
            // under 200 bytes. A report that outgrows the estimate is copied out once.
            let estimate = 4096 + 440 * report.checks.count + 1280 * report.findings.count
            var spilled: [UInt8]?
            let bytes = [UInt8](unsafeUninitializedCapacity: estimate) { buffer, written in
                var writer = JSONWriter(level: 2, into: buffer)
                writer.verbatim(Self.separator)
                reporter.write(report, language: options.language, to: &writer)
                if writer.isInPlace {
                    written = writer.byteCount
                } else {
                    spilled = writer.bytes
                    written = 0
                }
            }
            return spilled ?? bytes
        }

        private static let separator: StaticString = ",\n    "
        private static let opening: StaticString = "{\n  \"files\": ["

        public mutating func text(for report: FileReport, part: [UInt8]) -> [UInt8] {
            defer { tally.add(report) }
            guard tally.files == 0 else { return part }
            // The first file follows the opening of the document, not a comma.
            return Array(UnsafeBufferPointer(start: Self.opening.utf8Start, count: Self.opening.utf8CodeUnitCount)) + part.dropFirst()
        }

        public mutating func finish() -> [UInt8] {
            var text = tally.files == 0 ? "{\n  \"files\": []" : "\n  ]"
            text += ",\n  \"schema_version\": " + String(JSONReporter.schemaVersion)
            var summary = JSONWriter(level: 1)
            reporter.writeSummary(tally, countingFiles: true, to: &summary)
            text += ",\n  \"summary\": " + String(decoding: summary.bytes, as: UTF8.self)
            text += ",\n  \"version\": " + JSONValue.string(options.toolVersion).serialized(indentLevel: 1)
            return Array((text + "\n}\n").utf8)
        }
    }

    /// Counts by category and severity, and for the run's summary the files, written member
    /// by member in key order (building and sorting a dictionary for each file cost a tenth
    /// of writing its report).
    func writeSummary(_ tally: ReportTally, countingFiles: Bool, to writer: inout JSONWriter) {
        writer.openObject()
        writer.key("defect")
        writer.int(tally.defect)
        writer.key("error")
        writer.int(tally.error)
        if countingFiles {
            writer.key("files")
            writer.int(tally.files)
            writer.key("files_with_errors")
            writer.int(tally.unreadable)
        }
        writer.key("info")
        writer.int(tally.info)
        writer.key("missing")
        writer.int(tally.missing)
        writer.key("warning")
        writer.int(tally.warning)
        writer.key("weak")
        writer.int(tally.weak)
        writer.closeObject()
    }

    // Members are written in the byte order of their keys (the layout `JSONValue` gives an
    // object); the JSON tests check each part against its own sorted re-serialisation.
    func write(_ report: FileReport, language: Language, to writer: inout JSONWriter) {
        writer.openObject()
        writer.key("checks")
        writer.openArray()
        for check in report.checks {
            writer.element()
            write(check, to: &writer)
        }
        writer.closeArray()
        if let error = report.error(in: language) {
            writer.key("error")
            writer.string(error)
        }
        writer.key("findings")
        writer.openArray()
        // Read in place: a loop variable copied each finding (a retain and a release of each
        // of its references), and so did handing `findings[index]` on.
        report.findings.withUnsafeBufferPointer { findings in
            guard let first = findings.baseAddress else { return }
            for finding in first..<(first + findings.count) {
                writer.element()
                write(finding, language: language, to: &writer)
            }
        }
        writer.closeArray()
        writer.key("kind")
        writer.string(report.metadata?.kind.rawValue)
        writer.key("path")
        writer.string(report.path)
        writer.key("profile")
        writer.string(report.metadata?.profile?.rawValue)
        if let setAside = report.contentSetAside {
            writer.key("set_aside")
            writer.string(setAside.name)
        }
        writer.key("summary")
        writeSummary(ReportTally(report), countingFiles: false, to: &writer)
        writer.key("title")
        writer.string(report.metadata?.title)
        writer.key("year")
        if let year = report.metadata?.year { writer.int(year) } else { writer.null() }
        writer.closeObject()
    }

    /// A finding, read in place (`write(_:language:to:)` for a report).
    func write(_ finding: UnsafePointer<Finding>, language: Language, to writer: inout JSONWriter) {
        // Stored properties only: a computed one (`ruleID`, `basis`) or a method of the
        // finding read through the pointer copies the whole finding first.
        let rule = finding.pointee.rule
        writer.openObject()
        writer.key("basis")
        writer.sharedString(rule.basis)
        writer.key("category")
        writer.verbatim(Self.quoted(finding.pointee.category))
        writeSpan(from: finding.pointee.start, to: finding.pointee.end, to: &writer)
        writer.key("evidence")
        // From the plan's bytes, in place: making the string first was an allocation a finding.
        writer.string { emit in finding.pointee.evidenceBytes.withUTF8(emit) }
        writer.key("fix")
        if let fix = finding.pointee.fix { write(fix, to: &writer) } else { writer.null() }
        writer.key("line")
        writer.int(finding.pointee.start.line)
        writer.key("message")
        writer.string { finding.pointee.message.forEachPiece(language, $0) }
        writer.key("rule")
        writer.string(rule.id)
        writer.key("section")
        writer.repeatedStrings(finding.pointee.sectionPath)
        writer.key("severity")
        writer.verbatim(Self.quoted(finding.pointee.severity))
        writer.key("suggestion")
        writer.sharedString(rule.suggestion?.text(language))
        writer.key("theme")
        writer.string(rule.theme)
        writer.closeObject()
    }

    /// The JSON string of a category or severity, written as it is: two members of every
    /// finding that need no escaping look.
    static func quoted(_ category: FindingCategory) -> StaticString {
        switch category {
        case .missing: "\"missing\""
        case .weak: "\"weak\""
        case .defect: "\"defect\""
        }
    }

    static func quoted(_ severity: Severity) -> StaticString {
        switch severity {
        case .error: "\"error\""
        case .warning: "\"warning\""
        case .info: "\"info\""
        }
    }

    func write(_ fix: Fix, to writer: inout JSONWriter) {
        writer.openObject()
        writeSpan(from: fix.start, to: fix.end, to: &writer)
        writer.key("line")
        writer.int(fix.start.line)
        writer.key("replacement")
        writer.string(fix.replacement)
        writer.closeObject()
    }

    /// `column`, `end_column`, `end_line`: the three position keys that sort together (the
    /// start line, `line`, sorts after other keys in both findings and fixes).
    private func writeSpan(from start: SourcePosition, to end: SourcePosition, to writer: inout JSONWriter) {
        writer.key("column")
        writer.int(start.column)
        writer.key("end_column")
        writer.int(end.column)
        writer.key("end_line")
        writer.int(end.line)
    }

    func write(_ check: CheckResult, to writer: inout JSONWriter) {
        writer.openObject()
        writer.key("items_found")
        writer.strings(check.itemsFound)
        writer.key("items_missing")
        writer.strings(check.itemsMissing)
        writer.key("rule")
        writer.string(check.ruleID)
        writer.key("status")
        writer.string(check.status.rawValue)
        writer.key("theme")
        writer.string(check.theme)
        if let place = check.satisfiedAt {
            writer.key("where")
            writer.openObject()
            writer.key("column")
            writer.int(place.start.column)
            writer.key("evidence")
            writer.string(place.evidence)
            writer.key("line")
            writer.int(place.start.line)
            writer.closeObject()
        }
        writer.closeObject()
    }
}
