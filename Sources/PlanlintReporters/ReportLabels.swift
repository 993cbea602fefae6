import PlanlintEngine
import PlanlintRules

/// The words reporters print for severities, categories, statuses and themes, in both
/// languages. Kept in one place so the human, Markdown and HTML reports agree.
public enum ReportLabels {
    /// 错误 / 警告 / 提示, or error / warning / info.
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        switch (severity, language) {
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.info, .zh): "提示"
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.info, .en): "info"
        }
    }

    /// 缺失 / 薄弱 / 缺陷, or missing / weak / defect.
    public static func category(_ category: FindingCategory, _ language: Language) -> String {
        switch (category, language) {
        case (.missing, .zh): "缺失"
        case (.weak, .zh): "薄弱"
        case (.defect, .zh): "缺陷"
        case (.missing, .en): "missing"
        case (.weak, .en): "weak"
        case (.defect, .en): "defect"
        }
    }

    /// The outcome of a check as reviewers say it: 具备 (present) for a pass.
    public static func status(_ status: CheckResult.Status, _ language: Language) -> String {
        switch (status, language) {
        case (.passed, .zh): "具备"
        case (.passed, .en): "present"
        case (.weak, _): category(.weak, language)
        case (.missing, _): category(.missing, language)
        case (.defect, _): category(.defect, language)
        }
    }

    /// The themes reviewers go through, in the order they go through them; rule packs may
    /// add others, which follow in alphabetical order.
    public static let standardThemes = ["structure", "democracy", "welfare", "funds", "rights", "organisation", "hygiene"]

    /// The display name of a theme; unknown themes are shown as they are spelt in the pack.
    public static func theme(_ theme: String, _ language: Language) -> String {
        switch (theme, language) {
        case ("structure", .zh): "结构要素"
        case ("democracy", .zh): "民主管理"
        case ("welfare", .zh): "职工福利"
        case ("funds", .zh): "经费管理"
        case ("rights", .zh): "维权服务"
        case ("organisation", .zh): "组织建设"
        case ("hygiene", .zh): "文字规范"
        case ("structure", .en): "Structure"
        case ("democracy", .en): "Democracy"
        case ("welfare", .en): "Welfare"
        case ("funds", .en): "Funds"
        case ("rights", .en): "Rights"
        case ("organisation", .en): "Organisation"
        case ("hygiene", .en): "Hygiene"
        default: theme
        }
    }

    /// Themes in display order: the standard seven first, then the rest sorted.
    public static func orderedThemes(_ themes: some Sequence<String>) -> [String] {
        let unique = Set(themes)
        let standard = standardThemes.filter(unique.contains)
        let others = unique.subtracting(standardThemes).sorted()
        return standard + others
    }

    /// 计划 / 总结 / 活动方案 / 未识别.
    public static func documentKind(_ kind: DocumentKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.plan, .zh): "计划"
        case (.summary, .zh): "总结"
        case (.scheme, .zh): "活动方案"
        case (.unknown, .zh): "未识别"
        case (.plan, .en): "plan"
        case (.summary, .en): "summary"
        case (.scheme, .en): "activity scheme"
        case (.unknown, .en): "unknown"
        }
    }

    /// The organisation profile as reviewers name it (Chinese) or its identifier (English).
    public static func profile(_ profile: OrganisationProfile?, _ language: Language) -> String {
        guard let profile else { return language == .en ? "unknown" : "未识别" }
        return language == .en ? profile.rawValue : profile.chineseName
    }
}
