import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// The report for review meetings: one self-contained HTML file (inline CSS, JS and SVG, no
/// network access) with an overview of all plans × themes, a chart of the requirements most
/// often missing, and a section per plan with its findings and highlighted text.
///
/// It prints on A4 with each plan on its own page. Plan text appears only when the run kept
/// the documents (`LintOptions.keepDocuments`).
public struct HTMLReporter: Reporter {
    public static let identifier = "html"

    /// Plans up to this many start expanded; with more, each starts collapsed so the page
    /// stays usable.
    public var expandUpTo: Int

    /// - Parameter expandUpTo: the number of plans up to which every plan starts expanded.
    public init(expandUpTo: Int = 3) {
        self.expandUpTo = expandUpTo
    }

    public func render(_ reports: [FileReport], options: ReportOptions) -> String {
        let overview = Overview(reports: reports, options: options)
        var body = overview.html(planLink: { "#plan-\($0)" })
        body += "<section id=\"plans\"><h2>\(overview.en ? "Plans" : "逐份审查")</h2>\n"
        let open = reports.count <= expandUpTo
        for (report, row) in zip(reports, overview.matrix.rows) {
            body += overview.section(report, row: row, open: open)
            body += "\n"
        }
        body += "</section>\n"
        return Self.page(title: overview.title, body: body, options: options)
    }

    /// The report as a folder, for runs of hundreds or thousands of plans that one page would
    /// make too heavy to open: `index.html` holds the overview and the chart, and links each
    /// plan to its own page `plans/N.html` (N its row number), which links back. Paths are
    /// relative to the folder; every page is self-contained as the single page is.
    public func renderFolder(_ reports: [FileReport], options: ReportOptions) -> [(path: String, html: String)] {
        let overview = Overview(reports: reports, options: options)
        var pages = [(path: "index.html", html: Self.page(title: overview.title, body: overview.html(planLink: { "plans/\($0).html" }), options: options))]
        let back = overview.en ? "← Overview" : "← 返回总览"
        for (report, row) in zip(reports, overview.matrix.rows) {
            let body = "<nav class=\"back\"><a href=\"../index.html#overview\">\(back)</a></nav>\n" + overview.section(report, row: row, open: true)
            pages.append((path: Self.planPage(row.number), html: Self.page(title: overview.title, body: body, options: options)))
        }
        return pages
    }

    /// Where `renderFolder` puts plan `number`'s page.
    public static func planPage(_ number: Int) -> String { "plans/\(number).html" }

    /// What both layouts show before the plans, and each plan's section.
    private struct Overview {
        let reports: [FileReport]
        let options: ReportOptions
        let matrix: CoverageMatrix
        let tally: ReportTally
        let ruleTitles: [String: String]
        var en: Bool { options.language == .en }
        var title: String { en ? "Trade-union work plan review" : "工会工作计划审查报告" }

        init(reports: [FileReport], options: ReportOptions) {
            self.reports = reports
            self.options = options
            matrix = CoverageMatrix(reports: reports, rules: options.rules)
            tally = ReportTally(reports)
            var titles: [String: String] = [:]
            for rule in options.rules.rules where titles[rule.id] == nil {
                titles[rule.id] = options.language == .en ? (rule.titleEn ?? rule.title) : rule.title
            }
            ruleTitles = titles
        }

        /// Header, overview table (each plan linked by `planLink(row number)`) and chart.
        func html(planLink: (Int) -> String) -> String {
            let reporter = HTMLReporter()
            var html = reporter.header(title: title, tally: tally, matrix: matrix, options: options)
            html += "<section class=\"card\" id=\"overview\"><h2>\(en ? "Overview" : "总览")</h2>\n"
            html += reporter.legend(en: en)
            html += reporter.overview(reports, matrix: matrix, options: options, ruleTitles: ruleTitles, planLink: planLink)
            html += "</section>\n"
            html += "<section class=\"card chart\" id=\"requirements\"><h2>\(en ? "Requirements most often missing or weak" : "最常缺失或薄弱的要求")</h2>\n"
            html += RequirementChart(
                requirements: matrix.requirements, planCount: reports.count - tally.unreadable, rules: options.rules,
                language: options.language
            ).render()
            return html + "\n</section>\n"
        }

        func section(_ report: FileReport, row: CoverageMatrix.Row, open: Bool) -> String {
            HTMLPlanSection(report: report, row: row, themes: matrix.themes, options: options, open: open, ruleTitles: ruleTitles).render()
        }
    }

    /// A whole page around `body`: the inline style and script every page carries.
    private static func page(title: String, body: String, options: ReportOptions) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"\(options.language == .en ? "en" : "zh-CN")\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"planlint \(XMLEscaping.attribute(options.toolVersion))\">\n"
        html += "<title>\(title)</title>\n<style>\n\(HTMLReportStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        html += body
        html += "<footer>planlint \(XMLEscaping.text(options.toolVersion))</footer>\n"
        html += "</main>\n<script>\n\(HTMLReportStyle.script)\n</script>\n</body>\n</html>\n"
        return html
    }

    func header(title: String, tally: ReportTally, matrix: CoverageMatrix, options: ReportOptions) -> String {
        let en = options.language == .en
        let average = matrix.averageScore.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
        let stats: [(String, String)] = [
            ("\(tally.files)", en ? "plans" : "份计划"),
            (average, en ? "average completeness" : "平均完整度"),
            ("\(tally.missing)", en ? "missing" : "缺失"),
            ("\(tally.weak)", en ? "weak" : "薄弱"),
            ("\(tally.defect)", en ? "defects" : "缺陷"),
        ] + (tally.unreadable > 0 ? [("\(tally.unreadable)", en ? "unreadable" : "无法读取")] : [])
        var html = "<header class=\"report-head\"><h1>\(title)</h1>"
        let rules = options.rules.rules.count
        html += "<div class=\"sub\">planlint \(XMLEscaping.text(options.toolVersion))"
        if rules > 0 { html += en ? " · \(rules) rules" : " · \(rules) 条审查规则" }
        html += "</div><div class=\"stats\">"
        for (value, label) in stats { html += "<div class=\"stat\"><b>\(XMLEscaping.text(value))</b><span>\(label)</span></div>" }
        return html + "</div></header>\n"
    }

    func legend(en: Bool) -> String {
        let marks: [CoverageMatrix.Mark] = [.present, .weak, .missing, .defect, .notApplicable]
        let items = marks.map { "<span>\(Self.markBadge($0, language: en ? .en : .zh))</span>" }.joined()
        let score = en
            ? "<span>Each theme shows its worst result and, below, requirements present / applicable. Completeness: share of applicable requirements present, weak ones counting half.</span>"
            : "<span>各主题显示最差一项的结果，下方为“已具备/适用”要求数。完整度：适用要求中已具备的比例，薄弱计一半。</span>"
        return "<div class=\"legend\">\(items)\(score)</div>\n"
    }

    func overview(
        _ reports: [FileReport], matrix: CoverageMatrix, options: ReportOptions, ruleTitles: [String: String], planLink: (Int) -> String
    ) -> String {
        let en = options.language == .en
        var html = "<div class=\"table-wrap\"><table class=\"matrix sortable\"><thead><tr>"
        html += "<th class=\"num\" data-type=\"number\"><button type=\"button\">#</button></th>"
        html += "<th data-type=\"text\"><button type=\"button\">\(en ? "Plan" : "计划")</button></th>"
        html += "<th class=\"num\" data-type=\"number\"><button type=\"button\">\(en ? "Year" : "年度")</button></th>"
        html += "<th data-type=\"text\"><button type=\"button\">\(en ? "Organisation" : "单位类型")</button></th>"
        html += "<th data-type=\"number\"><button type=\"button\">\(en ? "Completeness" : "完整度")</button></th>"
        for theme in matrix.themes {
            html += "<th class=\"theme\" data-type=\"number\"><button type=\"button\">\(XMLEscaping.text(ReportLabels.theme(theme, options.language)))</button></th>"
        }
        html += "<th class=\"num\" data-type=\"number\"><button type=\"button\">\(en ? "Findings" : "问题数")</button></th>"
        html += "</tr></thead><tbody>\n"
        for (report, row) in zip(reports, matrix.rows) {
            let title = report.metadata?.title ?? report.path
            let year = report.metadata?.year
            html += "<tr data-index=\"\(row.number)\"><td class=\"num\" data-sort=\"\(row.number)\">\(row.number)</td>"
            html += "<td class=\"plan-cell\" data-sort=\"\(XMLEscaping.attribute(title))\"><a class=\"plan-name\" href=\"\(planLink(row.number))\">\(XMLEscaping.text(title))</a>"
            html += Self.kindTag(report, options.language)
            if report.metadata?.title != nil { html += "<span class=\"path\">\(XMLEscaping.text(report.path))</span>" }
            html += "</td>"
            html += "<td class=\"num\" data-sort=\"\(year ?? 0)\">\(year.map(String.init) ?? "—")</td>"
            let profile = report.error == nil ? ReportLabels.profile(report.metadata?.profile, options.language) : "—"
            html += "<td data-sort=\"\(XMLEscaping.attribute(profile))\">\(XMLEscaping.text(profile))</td>"
            let score = report.error == nil
                ? Self.scoreBadge(row.score)
                : "<span class=\"mark m-missing\">✗ \(en ? "unreadable" : "无法读取")</span>"
            html += "<td data-sort=\"\(row.score.map { String(Int(($0 * 1000).rounded())) } ?? "-1")\">\(score)</td>"
            // The line that satisfied each passed check, for the cell's tooltip.
            var passLines: [String: Int] = [:]
            for check in report.checks { if let place = check.satisfiedAt { passLines[check.ruleID] = place.start.line } }
            for theme in matrix.themes {
                let cell = row.cells[theme]
                let mark = cell?.mark ?? .notApplicable
                let detail = (cell?.checks ?? []).map {
                    let line = passLines[$0.ruleID].map { en ? " (line \($0))" : "（第 \($0) 行）" } ?? ""
                    return "\(ReportLabels.status($0.status, options.language))\(en ? ": " : "：")\(ruleTitles[$0.ruleID] ?? $0.ruleID)\(line)"
                }
                    .joined(separator: "\n")
                // Worst mark first, then the lower theme score: a descending sort lists the plans in most trouble.
                let badness = mark.rawValue * 1000 + Int(((1 - (cell?.score ?? 1)) * 999).rounded())
                html += "<td class=\"mark-cell\" data-sort=\"\(badness)\""
                if !detail.isEmpty { html += " title=\"\(XMLEscaping.attribute(detail))\"" }
                html += ">"
                if report.error == nil {
                    html += Self.markBadge(mark, language: options.language)
                    // The worst mark alone hides how much of the theme is there: show present/applicable.
                    if let cell, !cell.checks.isEmpty {
                        html += "<span class=\"frac\">\(cell.passed)/\(cell.checks.count)</span>"
                    }
                }
                html += "</td>"
            }
            let count = report.error == nil ? "\(report.findings.count)" : "—"
            html += "<td class=\"num\" data-sort=\"\(report.error == nil ? report.findings.count : -1)\">\(count)</td></tr>\n"
        }
        html += "</tbody></table></div>\n"
        return html
    }

    /// Where a passed check was satisfied, for a tooltip: its line and the words there.
    static func placeLabel(_ place: CheckResult.Place, language: Language) -> String {
        language == .en
            ? "line \(place.start.line): \(place.evidence)"
            : "第 \(place.start.line) 行：\(place.evidence)"
    }

    /// A theme mark as symbol plus word, so it reads without colour.
    static func markBadge(_ mark: CoverageMatrix.Mark, language: Language) -> String {
        let en = language == .en
        switch mark {
        case .present: return "<span class=\"mark m-present\">✓ \(en ? "present" : "具备")</span>"
        case .weak: return "<span class=\"mark m-weak\">△ \(en ? "weak" : "薄弱")</span>"
        case .missing: return "<span class=\"mark m-missing\">✗ \(en ? "missing" : "缺失")</span>"
        case .defect: return "<span class=\"mark m-defect\">! \(en ? "defects" : "缺陷")</span>"
        case .notApplicable: return "<span class=\"mark m-na\">— \(en ? "n/a" : "不适用")</span>"
        }
    }

    /// A tag after the title of a file that is no plan (活动方案, 总结, another office's plan),
    /// which a reviewer who asked for plans should see first. Where the rules that judge a
    /// plan's content were set aside the tag says why, and the file has no completeness.
    static func kindTag(_ report: FileReport, _ language: Language) -> String {
        let label: String
        switch report.contentSetAside {
        case .offTopic?: label = language == .en ? "not a union plan" : "非工会计划"
        case .documentKind(let kind)?: label = ReportLabels.documentKind(kind, language)
        case nil:
            guard let kind = report.metadata?.kind, kind == .scheme || kind == .summary else { return "" }
            label = ReportLabels.documentKind(kind, language)
        }
        return "<span class=\"kind-tag\">\(XMLEscaping.text(label))</span>"
    }

    /// The completeness score as a percentage with a small meter.
    static func scoreBadge(_ score: Double?) -> String {
        guard let score else { return "<span class=\"score\">—</span>" }
        let percent = Int((score * 100).rounded())
        let grade = percent >= 80 ? "s-good" : percent >= 60 ? "s-fair" : "s-poor"
        return "<span class=\"score \(grade)\"><span class=\"meter\"><i style=\"width:\(percent)%\"></i></span>\(percent)%</span>"
    }
}
