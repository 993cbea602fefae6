import PlanlintEngine
import PlanlintRules

/// What SARIF says about one rule in `tool.driver.rules`.
struct RuleDescriptor: Sendable {
    var id: String
    var title: String
    var titleEn: String?
    var message: LocalizedText
    var suggestion: LocalizedText?
    var basis: String
    var theme: String
    var severity: Severity

    init(
        id: String, title: String, titleEn: String?, message: LocalizedText, suggestion: LocalizedText?, basis: String,
        theme: String, severity: Severity
    ) {
        self.id = id
        self.title = title
        self.titleEn = titleEn
        self.message = message
        self.suggestion = suggestion
        self.basis = basis
        self.theme = theme
        self.severity = severity
    }

    init(rule: Rule) {
        id = rule.id
        title = rule.title
        titleEn = rule.titleEn
        // Rule messages are templates; a descriptor describes the rule, not one finding.
        message = LocalizedText(zh: Self.withoutPlaceholders(rule.message), en: Self.withoutPlaceholders(rule.messageEn))
        suggestion = rule.suggestion.map { LocalizedText(zh: $0, en: rule.suggestionEn ?? $0) }
        basis = rule.basis
        theme = rule.theme
        severity = rule.severity
    }

    /// The template with each `{name}` placeholder replaced by an ellipsis.
    static func withoutPlaceholders(_ template: String) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  rest[rest.index(after: open)..<close].allSatisfy({ $0.isLetter || $0 == "_" }) else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += "…"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// planlint's own rule for a suppression comment naming a rule the pack lacks
    /// (`Suppressions.unknownRuleFindings`), described in every log: any run can report it.
    static let unknownSuppression = RuleDescriptor(
        id: Suppressions.unknownRuleID, title: "抑制注释中的规则不存在", titleEn: "Suppression comment names an unknown rule",
        message: LocalizedText(
            zh: "抑制注释（planlint-disable）中的规则 id 不在规则包里，这条注释不起作用。",
            en: "A suppression comment (planlint-disable) names a rule id the pack does not have, so it silences nothing."),
        suggestion: LocalizedText(zh: "改为 planlint rules 列出的规则 id。", en: "Use a rule id that planlint rules lists."),
        basis: "planlint", theme: "planlint", severity: .warning)

    init(finding: Finding) {
        id = finding.ruleID
        title = finding.ruleID
        message = finding.message
        suggestion = finding.suggestion
        basis = finding.basis
        theme = finding.theme
        severity = finding.severity
    }

    func json(language: Language) -> JSONValue {
        let shortText = language == .en ? (titleEn ?? title) : title
        let fullText = message.text(language)
        let suggestionText = suggestion?.text(language)
        let (suggestionLabel, basisLabel) = language == .en ? ("Suggestion", "Basis") : ("建议", "依据")
        let colon = language == .en ? ": " : "："
        var helpLines = [fullText]
        var helpMarkdown = ["**\(shortText)**", "", fullText]
        if let suggestionText {
            helpLines.append("\(suggestionLabel)\(colon)\(suggestionText)")
            helpMarkdown += ["", "**\(suggestionLabel)**\(colon)\(suggestionText)"]
        }
        if !basis.isEmpty {
            helpLines.append("\(basisLabel)\(colon)\(basis)")
            helpMarkdown += ["", "**\(basisLabel)**\(colon)\(basis)"]
        }
        return .object([
            "id": .string(id),
            "name": .string(id),
            "shortDescription": .object(["text": .string(shortText)]),
            "fullDescription": .object(["text": .string(fullText)]),
            "help": .object(["text": .string(helpLines.joined(separator: "\n")), "markdown": .string(helpMarkdown.joined(separator: "\n"))]),
            "defaultConfiguration": .object(["level": .string(SarifReporter.level(severity))]),
            "properties": .object(["tags": .array([.string(theme)]), "severity": .string(severity.rawValue)]),
        ])
    }
}
