import PlanlintEngine
import PlanlintRules

/// An inline-SVG horizontal bar chart of the requirements plans most often miss or write
/// weakly: one stacked bar per rule (missing, then weak), scaled to the number of plans.
struct RequirementChart {
    var requirements: [CoverageMatrix.Requirement]
    /// Plans that were read, the length of a full bar.
    var planCount: Int
    var rules: RulePack
    var language: Language
    var limit = 15

    static let width = 960
    static let labelWidth = 380
    static let rowHeight = 38
    static let barHeight = 16

    func render() -> String {
        let shown = Array(requirements.prefix(limit))
        let en = language == .en
        guard !shown.isEmpty, planCount > 0 else {
            return "<p class=\"empty\">\(en ? "No requirement is missing or weak in any plan." : "所有计划均未出现缺失或薄弱的要求。")</p>"
        }
        let top = 28
        let height = top + shown.count * Self.rowHeight + 8
        let barSpace = Double(Self.width - Self.labelWidth - 150)
        let label = en ? "Requirements most often missing or weak" : "最常缺失或薄弱的要求"
        var svg = "<svg viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\" aria-label=\"\(XMLEscaping.attribute(label))\">"
        svg += "<title>\(XMLEscaping.text(label))</title>"
        // Grid lines at whole numbers of plans: every plan when there are few, else about four steps.
        let step = max(1, (planCount + 3) / 4)
        for value in stride(from: 0, through: planCount, by: step) {
            let x = Double(Self.labelWidth) + barSpace * Double(value) / Double(planCount)
            svg += "<line x1=\"\(fmt(x))\" y1=\"\(top - 6)\" x2=\"\(fmt(x))\" y2=\"\(height - 6)\" stroke=\"#e3e7ec\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(top - 12)\" font-size=\"11\" fill=\"#8c959f\" text-anchor=\"middle\">\(value)</text>"
        }
        for (index, requirement) in shown.enumerated() {
            let y = top + index * Self.rowHeight
            let title = rules.rule(id: requirement.ruleID).map { en ? ($0.titleEn ?? $0.title) : $0.title } ?? requirement.ruleID
            svg += "<g>"
            svg += "<title>\(XMLEscaping.text("\(requirement.ruleID) \(title)\(en ? ": " : "：")" + counts(requirement)))</title>"
            svg += "<text x=\"\(Self.labelWidth - 12)\" y=\"\(y + 14)\" font-size=\"14\" fill=\"#1f2328\" text-anchor=\"end\" font-weight=\"600\">\(XMLEscaping.text(Self.truncated(title, columns: 44)))</text>"
            svg += "<text x=\"\(Self.labelWidth - 12)\" y=\"\(y + 30)\" font-size=\"11\" fill=\"#6e7781\" text-anchor=\"end\" font-family=\"ui-monospace,Menlo,Consolas,monospace\">\(XMLEscaping.text(Self.truncated(requirement.ruleID, columns: 52)))</text>"
            let missingWidth = barSpace * Double(requirement.missing) / Double(planCount)
            let weakWidth = barSpace * Double(requirement.weak) / Double(planCount)
            let barY = y + 7
            svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(barY)\" width=\"\(fmt(barSpace))\" height=\"\(Self.barHeight)\" rx=\"3\" fill=\"#f2f4f7\"/>"
            if requirement.missing > 0 {
                svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(barY)\" width=\"\(fmt(missingWidth))\" height=\"\(Self.barHeight)\" rx=\"3\" fill=\"#d1242f\"/>"
            }
            if requirement.weak > 0 {
                svg += "<rect x=\"\(fmt(Double(Self.labelWidth) + missingWidth))\" y=\"\(barY)\" width=\"\(fmt(weakWidth))\" height=\"\(Self.barHeight)\" rx=\"3\" fill=\"#e3b341\"/>"
            }
            let countX = Double(Self.labelWidth) + barSpace + 10
            svg += "<text x=\"\(fmt(countX))\" y=\"\(barY + 13)\" font-size=\"12.5\" fill=\"#1f2328\">\(XMLEscaping.text(counts(requirement)))</text>"
            svg += "</g>"
        }
        svg += "</svg>"
        let legend = en
            ? "<span><span class=\"mark m-missing\">✗ missing</span></span><span><span class=\"mark m-weak\">△ weak</span></span><span>Bar length: share of \(planCount) plan(s)</span>"
            : "<span><span class=\"mark m-missing\">✗ 缺失</span></span><span><span class=\"mark m-weak\">△ 薄弱</span></span><span>条长：占 \(planCount) 份计划的比例</span>"
        return "<div class=\"legend\">\(legend)</div>" + svg
    }

    func counts(_ requirement: CoverageMatrix.Requirement) -> String {
        language == .en
            ? "\(requirement.missing) missing · \(requirement.weak) weak"
            : "缺失 \(requirement.missing) · 薄弱 \(requirement.weak)"
    }

    /// Cuts text to a number of display columns, ending with an ellipsis when cut.
    static func truncated(_ text: String, columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        var result = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let width = DisplayWidth.of(scalar)
            if used + width > columns - 1 { break }
            used += width
            result.unicodeScalars.append(scalar)
        }
        return result + "…"
    }

    /// Fixed-point text for SVG coordinates, so output does not depend on float printing.
    func fmt(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
