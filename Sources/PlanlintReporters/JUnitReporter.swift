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
public struct JUnitReporter: Reporter {
    public static let identifier = "junit"

    public init() {}

    public func render(_ reports: [FileReport], options: ReportOptions) -> String {
        let suites = reports.map { suite($0, options: options) }
        let tests = suites.reduce(0) { $0 + $1.tests }
        let failures = suites.reduce(0) { $0 + $1.failures }
        let errors = suites.reduce(0) { $0 + $1.errors }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"planlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for suite in suites { xml += suite.xml }
        xml += "</testsuites>\n"
        return xml
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
            // Findings of a rule with no check entry still need a test case, or they would vanish.
            var cases = report.checks.map { (ruleID: $0.ruleID, theme: $0.theme, status: Optional($0.status)) }
            let checked = Set(report.checks.map(\.ruleID))
            for finding in report.findings where !checked.contains(finding.ruleID) && !cases.contains(where: { $0.ruleID == finding.ruleID }) {
                cases.append((finding.ruleID, finding.theme, nil))
            }
            for entry in cases {
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
