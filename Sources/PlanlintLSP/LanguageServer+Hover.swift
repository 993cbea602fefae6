import PlanlintEngine
import PlanlintReporters
import PlanlintRules

extension LanguageServer {
    /// The `textDocument/hover` answer: every finding whose diagnostic covers the position,
    /// with what a diagnostic line has no room for: the rule's title, the finding's category
    /// and the regulation it rests on. Null where no finding lies.
    static func hover(_ params: JSON, for document: OpenDocument, pack: RulePack) -> JSON {
        guard let position = Position(params["position"]) else { return .null }
        let language = document.language
        var covering: [(Finding, Range)] = []
        for finding in document.findings {
            let range = diagnosticRange(of: finding, lines: document.lines)
            if range.start <= position && position <= range.end { covering.append((finding, range)) }
        }
        guard let first = covering.first else { return .null }
        let sections = covering.map { finding, _ in
            markdown(finding, title: pack.rule(id: finding.ruleID).map { language == .en ? $0.titleEn ?? $0.title : $0.title }, language)
        }
        return [
            "contents": ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))],
            "range": first.1.json,
        ]
    }

    /// One finding as Markdown: title and labels, message, suggestion, basis.
    private static func markdown(_ finding: Finding, title: String?, _ language: Language) -> String {
        let labels = [ReportLabels.severity(finding.severity, language), ReportLabels.category(finding.category, language)]
        var lines = ["**\(escaped(title ?? finding.ruleID))** · `\(finding.ruleID)` · \(labels.joined(separator: " · "))", ""]
        lines.append(escaped(finding.message.text(language)))
        if let suggestion = finding.suggestion?.text(language), !suggestion.isEmpty {
            lines += ["", (language == .zh ? "建议：" : "Suggestion: ") + escaped(suggestion)]
        }
        if !finding.basis.isEmpty {
            lines += ["", (language == .zh ? "依据：" : "Basis: ") + escaped(finding.basis)]
        }
        return lines.joined(separator: "\n")
    }

    /// Markdown's marks in plan text (20__年, *工组, `) shown as written, not as emphasis.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>#|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
