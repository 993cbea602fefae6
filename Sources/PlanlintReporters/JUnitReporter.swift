import PlanlintEngine
import PlanlintRules

/// JUnit XML for CI test dashboards: a `<testsuite>` per file and a `<testcase>` per rule
/// that applied to it (`classname` the theme, `name` the rule id).
///
/// A test case fails exactly when one of its findings is at or above `--fail-on`, so the
/// dashboard goes red exactly when planlint's exit status does; findings below the
/// threshold are listed in `<system-out>` of a passing test case. With no threshold
/// (`--fail-on none`) nothing fails. A file that could not be read is a suite with one
/// `<error>`.
public struct JUnitReporter: StreamingReporter, Sendable {
    public static let identifier = "junit"

    public init() {}

    public func stream(options: ReportOptions) -> Stream {
        Stream(reporter: self, options: options)
    }

    /// The report rendered file by file on the linting threads. The root element's totals
    /// come before the suites, so each file's suite is kept until the last file: a run holds
    /// the XML it will write, not every file's report (431 MB for the 50 MB benchmark corpus,
    /// against 89 MB of XML), and hands the suites on one by one rather than joined.
    public struct Stream: ReportStream {
        let reporter: JUnitReporter
        let options: ReportOptions
        var tests = 0
        var failures = 0
        var errors = 0
        var suites: [[UInt8]] = []

        public func part(for report: FileReport) -> [UInt8] {
            Array(reporter.suite(report, options: options).xml.utf8)
        }

        /// Counts the file's suite into the totals; its text goes out after them.
        public mutating func text(for report: FileReport, part: [UInt8]) -> [UInt8] {
            let counts = reporter.counts(report, options: options)
            tests += counts.tests
            failures += counts.failures
            errors += counts.errors
            suites.append(part)
            return []
        }

        public mutating func finish(writing write: ([UInt8]) -> Void) {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            xml += "<testsuites name=\"planlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            write(Array(xml.utf8))
            // Each suite is let go once written.
            for index in suites.indices { write(suites[index]); suites[index] = [] }
            suites = []
            write(Array("</testsuites>\n".utf8))
        }

        public mutating func finish() -> [UInt8] {
            var bytes: [UInt8] = []
            finish { bytes += $0 }
            return bytes
        }
    }

    struct Suite {
        var tests = 0
        var failures = 0
        var errors = 0
        var xml = ""
    }

    func suite(_ report: FileReport, options: ReportOptions) -> Suite {
        let language = options.language
        var suite = Suite()
        var body = ""
        if let error = report.error(in: language) {
            suite.tests = 1
            suite.errors = 1
            body += "    <testcase classname=\"planlint\" name=\"read\">\n"
            body += "      <error message=\"\(XMLEscaping.attribute(error))\" type=\"unreadable\"/>\n"
            body += "    </testcase>\n"
        } else {
            var byRule: [String: [Finding]] = [:]
            for finding in HumanReporter.ordered(report.findings) { byRule[finding.ruleID, default: []].append(finding) }
            for entry in cases(report) {
                suite.tests += 1
                let findings = byRule[entry.ruleID] ?? []
                let failing = findings.filter { finding in options.failOn.map { finding.severity >= $0 } ?? false }
                let passing = findings.filter { finding in !failing.contains(finding) }
                var inner = ""
                if !failing.isEmpty {
                    suite.failures += 1
                    let worst = failing.map(\.severity).max()!
                    let message = failing.count == 1
                        ? failing[0].message.text(language)
                        : (language == .en ? "\(failing.count) findings: " : "\(failing.count) 处问题：") + failing[0].message.text(language)
                    inner += "      <failure message=\"\(XMLEscaping.attribute(message))\" type=\"\(worst.rawValue)\">"
                    inner += XMLEscaping.text(describe(failing, language: language))
                    inner += "</failure>\n"
                }
                var notes: [String] = []
                if let status = entry.status, status != .passed, findings.isEmpty {
                    notes.append((language == .en ? "status: " : "状态：") + ReportLabels.status(status, language))
                }
                if !passing.isEmpty { notes.append(describe(passing, language: language)) }
                if !notes.isEmpty {
                    inner += "      <system-out>\(XMLEscaping.text(notes.joined(separator: "\n")))</system-out>\n"
                }
                let open = "    <testcase classname=\"\(XMLEscaping.attribute(entry.theme))\" name=\"\(XMLEscaping.attribute(entry.ruleID))\""
                body += inner.isEmpty ? open + "/>\n" : open + ">\n" + inner + "    </testcase>\n"
            }
        }
        let name = XMLEscaping.attribute(report.path)
        suite.xml = "  <testsuite name=\"\(name)\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" errors=\"\(suite.errors)\" skipped=\"0\">\n"
            + body + "  </testsuite>\n"
        return suite
    }

    /// A readable file's test cases: each rule that applied, then each rule that reported
    /// without a check entry (whose findings would otherwise vanish).
    func cases(_ report: FileReport) -> [(ruleID: String, theme: String, status: CheckResult.Status?)] {
        var cases = report.checks.map { (ruleID: $0.ruleID, theme: $0.theme, status: Optional($0.status)) }
        let checked = Set(report.checks.map(\.ruleID))
        for finding in report.findings where !checked.contains(finding.ruleID) && !cases.contains(where: { $0.ruleID == finding.ruleID }) {
            cases.append((finding.ruleID, finding.theme, nil))
        }
        return cases
    }

    /// A file's suite's counts, as `suite(_:options:)` writes them, without its text.
    func counts(_ report: FileReport, options: ReportOptions) -> (tests: Int, failures: Int, errors: Int) {
        if report.error(in: options.language) != nil { return (1, 0, 1) }
        let failing = Set(report.findings.lazy.filter { finding in options.failOn.map { finding.severity >= $0 } ?? false }.map(\.ruleID))
        let cases = cases(report)
        return (cases.count, cases.filter { failing.contains($0.ruleID) }.count, 0)
    }

    /// One block per finding: `line:col severity message`, the evidence, and the suggestion.
    func describe(_ findings: [Finding], language: Language) -> String {
        findings.map { finding in
            var lines = ["\(finding.start.line):\(finding.start.column) \(ReportLabels.severity(finding.severity, language)) \(finding.message.text(language))"]
            if !finding.evidence.isEmpty { lines.append("  " + finding.evidence) }
            if let suggestion = finding.suggestion?.text(language) {
                lines.append("  " + (language == .en ? "Suggestion: " : "建议：") + suggestion)
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
