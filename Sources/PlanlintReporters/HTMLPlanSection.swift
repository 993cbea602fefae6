import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// One plan's part of the HTML report: a `<details>` with its metadata, its findings grouped
/// by theme, and its text with the findings highlighted.
struct HTMLPlanSection {
    var report: FileReport
    var row: CoverageMatrix.Row
    var themes: [String]
    var options: ReportOptions
    var open: Bool
    /// Rule titles by id, in the report language.
    var ruleTitles: [String: String]

    var en: Bool { options.language == .en }
    var prefix: String { "p\(row.number)" }

    func render() -> String {
        let title = report.metadata?.title ?? report.path
        var html = "<details class=\"plan\" id=\"plan-\(row.number)\"\(open ? " open" : "")>"
        html += "<summary><span class=\"plan-title\">\(row.number). \(XMLEscaping.text(title))</span>"
        html += HTMLReporter.kindTag(report, options.language)
        html += HTMLReporter.scoreBadge(row.score)
        html += "<span class=\"counts\">\(countMarks())</span>"
        html += "<span class=\"path\">\(XMLEscaping.text(report.path))</span></summary>"
        html += "<div class=\"plan-body\">"
        if let error = report.errorWithoutPath(in: en ? .en : .zh) {
            html += "<p class=\"error-box\">\(en ? "Could not read the file: " : "无法读取文件：")\(XMLEscaping.text(error))</p>"
            return html + "</div></details>"
        }
        html += metadata()
        let lines = report.document?.lines.originalLines ?? []
        let inText = report.findings.map { !report.isDocumentLevel($0) }
        let anchored = HTMLTextHighlighter.anchored(report.findings, lineCount: lines.count).filter { inText[$0] }
        html += findingsByTheme(anchored: anchored, hasText: !lines.isEmpty)
        html += "<h3>\(en ? "Plan text" : "计划原文")</h3>"
        if lines.isEmpty {
            html += "<p class=\"note\">\(en ? "The text was not kept for this report." : "本报告未保留该计划的原文。")</p>"
        } else {
            html += HTMLTextHighlighter(prefix: prefix, language: options.language)
                .render(lines: lines, findings: report.findings, include: inText)
        }
        return html + "</div></details>"
    }

    func countMarks() -> String {
        let tally = ReportTally(report)
        guard report.error == nil else {
            return "<span class=\"mark m-missing\">\(en ? "unreadable" : "无法读取")</span>"
        }
        guard tally.findings > 0 else {
            return "<span class=\"mark m-present\">✓ \(en ? "no findings" : "未发现问题")</span>"
        }
        var parts: [String] = []
        if tally.missing > 0 { parts.append("<span class=\"mark m-missing\">✗ \(ReportLabels.category(.missing, options.language)) \(tally.missing)</span>") }
        if tally.weak > 0 { parts.append("<span class=\"mark m-weak\">△ \(ReportLabels.category(.weak, options.language)) \(tally.weak)</span>") }
        if tally.defect > 0 { parts.append("<span class=\"mark m-defect\">! \(ReportLabels.category(.defect, options.language)) \(tally.defect)</span>") }
        return parts.joined()
    }

    func metadata() -> String {
        let metadata = report.metadata
        let unknown = en ? "unknown" : "未识别"
        let entries: [(String, String)] = [
            (en ? "Title" : "标题", metadata?.title ?? unknown),
            (en ? "Year" : "年度", metadata?.year.map(String.init) ?? unknown),
            (en ? "Organisation" : "单位类型", ReportLabels.profile(metadata?.profile, options.language)),
            (en ? "Document" : "文档类型", ReportLabels.documentKind(metadata?.kind ?? .unknown, options.language)),
            (en ? "File" : "文件", report.path),
            (en ? "Requirements checked" : "适用要求", "\(report.checks.count)"),
        ]
        return "<dl class=\"meta\">" + entries.map { "<dt>\(XMLEscaping.text($0.0))</dt><dd>\(XMLEscaping.text($0.1))</dd>" }.joined() + "</dl>"
    }

    func findingsByTheme(anchored: Set<Int>, hasText: Bool) -> String {
        let indexed = Array(report.findings.enumerated())
        var html = ""
        let reportThemes = ReportLabels.orderedThemes(report.checks.map(\.theme) + report.findings.map(\.theme))
        for theme in themes where reportThemes.contains(theme) {
            let findings = indexed.filter { $0.element.theme == theme }
                .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            let cell = row.cells[theme]
            html += "<section class=\"theme-block\"><h3>\(XMLEscaping.text(ReportLabels.theme(theme, options.language)))"
            html += HTMLReporter.markBadge(cell?.mark ?? (findings.isEmpty ? .notApplicable : .defect), language: options.language)
            let passed = (cell?.checks ?? []).filter { $0.status == .passed }.map { passedRule($0.ruleID, hasText: hasText) }
            // A theme with nothing to report takes one line: reviewers skim past it.
            if !passed.isEmpty {
                html += "<span class=\"passed-list\">\(en ? "Passed: " : "已通过：")\(passed.joined(separator: en ? "; " : "；"))</span>"
            }
            html += "</h3>"
            if !findings.isEmpty {
                html += "<ol class=\"findings\">"
                for (index, finding) in findings {
                    html += item(finding, index: index, anchored: anchored.contains(index), hasText: hasText)
                }
                html += "</ol>"
            }
            html += "</section>"
        }
        return html
    }

    /// A passed rule's title; where the report kept the place that satisfied it, a link to
    /// that line of the plan's text (when shown) whose tooltip quotes it.
    func passedRule(_ ruleID: String, hasText: Bool) -> String {
        let title = XMLEscaping.text(ruleTitle(ruleID))
        guard let place = report.checks.first(where: { $0.ruleID == ruleID })?.satisfiedAt else { return title }
        let quote = XMLEscaping.attribute(HTMLReporter.placeLabel(place, language: options.language))
        return hasText
            ? "<a href=\"#\(prefix)-L\(place.start.line)\" title=\"\(quote)\">\(title)</a>"
            : "<span title=\"\(quote)\">\(title)</span>"
    }

    func item(_ finding: Finding, index: Int, anchored: Bool, hasText: Bool) -> String {
        let language = options.language
        let severity = finding.severity.rawValue
        var html = "<li class=\"finding sev-\(severity)\" id=\"\(prefix)-x\(index)\">"
        html += "<span class=\"badge sev-\(severity)\">\(ReportLabels.severity(finding.severity, language))</span>"
        html += "<span class=\"cat cat-\(finding.category.rawValue)\">\(ReportLabels.category(finding.category, language))</span>"
        html += "<span class=\"msg\">\(XMLEscaping.text(finding.message.text(language)))</span>"
        let documentLevel = report.isDocumentLevel(finding)
        if !hasText, !documentLevel, !finding.evidence.isEmpty {
            html += "<blockquote class=\"evidence\">\(XMLEscaping.text(finding.evidence))</blockquote>"
        }
        if let suggestion = finding.suggestion?.text(language) {
            html += "<div class=\"f-suggest\"><b>\(en ? "Suggestion" : "建议")</b>\(en ? ": " : "：")\(XMLEscaping.text(suggestion))</div>"
        }
        let place = en
            ? "line \(finding.start.line), column \(finding.start.column)"
            : "第 \(finding.start.line) 行第 \(finding.start.column) 列"
        var meta = documentLevel
            ? (en ? "not found anywhere in the plan" : "全文未涉及")
            : anchored ? "<a href=\"#\(prefix)-f\(index)\">\(place)</a>" : place
        meta += " · \(en ? "rule" : "规则") <code>\(XMLEscaping.text(finding.ruleID))</code>"
        if !finding.sectionPath.isEmpty {
            meta += " · \(en ? "section: " : "章节：")\(XMLEscaping.text(finding.sectionPath.joined(separator: " › ")))"
        }
        html += "<div class=\"f-meta\">\(meta)</div>"
        if !finding.basis.isEmpty {
            html += "<div class=\"f-basis\">\(en ? "Basis: " : "依据：")\(XMLEscaping.text(finding.basis))</div>"
        }
        return html + "</li>"
    }

    func ruleTitle(_ id: String) -> String {
        ruleTitles[id] ?? id
    }
}
