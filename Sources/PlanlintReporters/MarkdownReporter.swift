import PlanlintEngine
import PlanlintRules

/// A summary to post as a pull-request comment: a table of files with their counts, then
/// the findings of each file.
///
/// GitHub rejects comments over 65,536 characters, so the comment stays within
/// `characterBudget`: findings of files that no longer fit are left out (their counts stay
/// in the table), and with thousands of files the table itself is cut.
public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"

    /// Characters the whole comment may take (a little is kept free for closing notes).
    public var characterBudget: Int

    /// - Parameter characterBudget: the most characters the comment may take.
    public init(characterBudget: Int = 64_000) {
        self.characterBudget = characterBudget
    }

    public func render(_ reports: [FileReport], options: ReportOptions) -> String {
        let en = options.language == .en
        let tally = ReportTally(reports)
        var out = en ? "## planlint report\n\n" : "## planlint 检查报告\n\n"
        out += en
            ? "\(tally.files) file(s) checked: **\(tally.missing)** missing, **\(tally.weak)** weak, **\(tally.defect)** defects "
                + "(\(tally.error) errors, \(tally.warning) warnings, \(tally.info) info)."
            : "共检查 \(tally.files) 个文件：缺失 **\(tally.missing)** 项，薄弱 **\(tally.weak)** 项，缺陷 **\(tally.defect)** 项"
                + "（错误 \(tally.error)，警告 \(tally.warning)，提示 \(tally.info)）。"
        if tally.unreadable > 0 {
            out += en ? " \(tally.unreadable) file(s) could not be read." : "\(tally.unreadable) 个文件无法读取。"
        }
        out += "\n\n"
        out += en
            ? "| File | Missing | Weak | Defects | Errors | Warnings |\n"
            : "| 文件 | 缺失 | 薄弱 | 缺陷 | 错误 | 警告 |\n"
        out += "|---|--:|--:|--:|--:|--:|\n"
        // The table comes first and is cut too when thousands of files would overflow it.
        var tableRows = 0
        for report in reports {
            guard out.count < characterBudget * 3 / 4 else { break }
            tableRows += 1
            if let error = report.errorWithoutPath(in: options.language) {
                out += "| \(Self.cell(report.path)) | \(en ? "unreadable: " : "无法读取：")\(Self.cell(error)) | | | | |\n"
                continue
            }
            let file = ReportTally(report)
            out += "| \(Self.cell(report.path)) | \(file.missing) | \(file.weak) | \(file.defect) | \(file.error) | \(file.warning) |\n"
        }
        if tableRows < reports.count {
            let rest = reports.count - tableRows
            out += en ? "\n_\(rest) more file(s) not shown._\n" : "\n_另有 \(rest) 个文件未列出。_\n"
        }

        var detail = ""
        var omitted = 0
        for report in reports where report.error == nil && !report.findings.isEmpty {
            let section = self.section(report, options: options)
            if out.count + detail.count + section.count > characterBudget {
                omitted += 1
                continue
            }
            detail += section
        }
        if !detail.isEmpty { out += "\n" + detail }
        if omitted > 0 {
            out += en
                ? "\n_Findings of \(omitted) more file(s) left out to keep this comment short; see the full report._\n"
                : "\n_另有 \(omitted) 个文件的问题未列出（评论长度有限），请查看完整报告。_\n"
        }
        return out
    }

    func section(_ report: FileReport, options: ReportOptions) -> String {
        let language = options.language
        let en = language == .en
        // A heading ends at a line break: one in a file's name would spill the rest below it.
        var out = "### \(Self.inline(report.path).replacingAll("\n", " ").replacingAll("\r", " "))"
        if let title = report.metadata?.title { out += " — \(Self.inline(title))" }
        out += "\n\n"
        out += en ? "| Line | Severity | Category | Finding | Rule |\n" : "| 行 | 严重程度 | 类别 | 问题 | 规则 |\n"
        out += "|--:|---|---|---|---|\n"
        for finding in HumanReporter.ordered(report.findings) {
            var message = Self.cell(finding.message.text(language))
            if let suggestion = finding.suggestion?.text(language) {
                message += "<br>" + (en ? "Suggestion: " : "建议：") + Self.cell(suggestion)
            }
            let line = report.isDocumentLevel(finding) ? (en ? "whole plan" : "全文") : "\(finding.start.line)"
            out += "| \(line) | \(Self.severityBadge(finding.severity, language)) "
                + "| \(ReportLabels.category(finding.category, language)) | \(message) | `\(finding.ruleID)` |\n"
        }
        return out + "\n"
    }

    static func severityBadge(_ severity: Severity, _ language: Language) -> String {
        let icon = switch severity {
        case .error: "🔴"
        case .warning: "🟡"
        case .info: "🔵"
        }
        return "\(icon) \(ReportLabels.severity(severity, language))"
    }

    /// Text safe inside a table cell: pipes escaped, line breaks as `<br>`, HTML escaped so
    /// plan text cannot inject markup into the comment.
    static func cell(_ text: String) -> String {
        inline(text).replacingAll("|", "\\|").replacingAll("\n", "<br>").replacingAll("\r", "")
    }

    /// Text safe in running Markdown: HTML-escaped, and the characters that would start
    /// emphasis, code or links backslash-escaped.
    static func inline(_ text: String) -> String {
        var result = ""
        for scalar in XMLEscaping.text(text).unicodeScalars {
            if "\\`*_[]#".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
