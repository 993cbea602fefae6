import PlanlintEngine
import PlanlintRules

/// Plans × themes: how each plan fares on each theme, how complete each plan is, and which
/// requirements plans most often miss. The HTML report draws its overview from this.
public struct CoverageMatrix: Sendable {
    /// The state of one plan on one theme: the worst status among the theme's checks.
    public enum Mark: Int, Sendable, Comparable, CaseIterable {
        /// No rule of the theme applied to the plan.
        case notApplicable
        case present
        case weak
        case defect
        case missing

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        init(_ status: CheckResult.Status) {
            switch status {
            case .passed: self = .present
            case .weak: self = .weak
            case .defect: self = .defect
            case .missing: self = .missing
            }
        }
    }

    /// One plan on one theme.
    public struct Cell: Sendable, Equatable {
        public var mark: Mark
        /// The checks of the theme, as rule id and status, in report order.
        public var checks: [(ruleID: String, status: CheckResult.Status)]

        /// Checks of the theme that passed.
        public var passed: Int { checks.lazy.filter { $0.status == .passed }.count }

        /// Passed checks plus half the weak ones, over the theme's checks (0 when none applied).
        public var score: Double {
            guard !checks.isEmpty else { return 0 }
            let points = checks.reduce(0.0) { $0 + ($1.status == .passed ? 1 : $1.status == .weak ? 0.5 : 0) }
            return points / Double(checks.count)
        }

        public static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.mark == rhs.mark && lhs.checks.map(\.ruleID) == rhs.checks.map(\.ruleID)
                && lhs.checks.map(\.status) == rhs.checks.map(\.status)
        }
    }

    /// One plan: its cells by theme and its completeness.
    public struct Row: Sendable {
        /// 1-based position of the report in the input.
        public var number: Int
        public var cells: [String: Cell]
        /// Passed checks plus half the weak ones, over all applicable checks; nil when the
        /// file could not be read, no rule applied or the plan's content rules were set aside.
        public var score: Double?
    }

    /// How often a requirement was missing or weak across plans.
    public struct Requirement: Sendable, Equatable {
        public var ruleID: String
        public var missing: Int
        public var weak: Int
        /// Plans in which the requirement was missing or weak.
        public var total: Int { missing + weak }

        public init(ruleID: String, missing: Int, weak: Int) {
            self.ruleID = ruleID
            self.missing = missing
            self.weak = weak
        }
    }

    public var themes: [String]
    public var rows: [Row]
    /// Requirements with at least one missing or weak plan, most frequent first.
    public var requirements: [Requirement]

    /// The matrix of a run; `rules` contributes themes no plan touched, so every theme of the
    /// pack gets a column.
    public init(reports: [FileReport], rules: RulePack) {
        var themeNames = rules.rules.map(\.theme)
        for report in reports {
            themeNames += report.checks.map(\.theme)
            themeNames += report.findings.map(\.theme)
        }
        themes = ReportLabels.orderedThemes(themeNames)

        var counts: [String: Requirement] = [:]
        rows = reports.enumerated().map { index, report in
            var cells: [String: Cell] = [:]
            for check in report.checks {
                var cell = cells[check.theme] ?? Cell(mark: .notApplicable, checks: [])
                cell.checks.append((check.ruleID, check.status))
                cell.mark = max(cell.mark, Mark(check.status))
                cells[check.theme] = cell
                if check.status == .missing || check.status == .weak {
                    var requirement = counts[check.ruleID] ?? Requirement(ruleID: check.ruleID, missing: 0, weak: 0)
                    if check.status == .missing { requirement.missing += 1 } else { requirement.weak += 1 }
                    counts[check.ruleID] = requirement
                }
            }
            return Row(number: index + 1, cells: cells, score: Self.score(report))
        }
        requirements = counts.values.sorted {
            ($0.total, $0.missing) != ($1.total, $1.missing)
                ? ($0.total, $0.missing) > ($1.total, $1.missing)
                : $0.ruleID < $1.ruleID
        }
    }

    /// Share of applicable checks passed, a weak one counting half; nil where the rules that
    /// judge a plan's content did not run (a 总结, a scheme, another office's plan), whose
    /// few checks of how it is written would score it above real plans.
    public static func score(_ report: FileReport) -> Double? {
        guard report.error == nil, report.contentSetAside == nil, !report.checks.isEmpty else { return nil }
        let points = report.checks.reduce(0.0) { total, check in
            switch check.status {
            case .passed: total + 1
            case .weak: total + 0.5
            case .missing, .defect: total
            }
        }
        return points / Double(report.checks.count)
    }

    /// The mean score of the plans that have one.
    public var averageScore: Double? {
        let scores = rows.compactMap(\.score)
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }
}
