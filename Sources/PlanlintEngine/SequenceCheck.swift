import Foundation
import PlanlintDocument
import PlanlintRules

/// `sequence`: among sibling headings of one numbering style, and among the 一是/二是 of one
/// paragraph, numbers must run on: no gaps, no repeats.
struct SequenceCheck: RuleCheck {
    let spec: SequenceSpec
    /// Months may be skipped in a schedule and parts are reported elsewhere.
    static let defaultStyles: Set<String> = ["chinese", "parenChinese", "arabic", "parenArabic", "ordinal", "enumeration"]

    func check(_ rule: Rule, in context: LintContext) -> RuleOutcome {
        let styles = spec.styles.map(Set.init) ?? Self.defaultStyles
        let document = context.document
        var runs: [[(value: Int, range: Range<Int>, label: String)]] = []
        for node in document.sections.nodes {
            var byStyle: [NumberingStyle: [(Int, Range<Int>, String)]] = [:]
            var order: [NumberingStyle] = []
            for child in node.children {
                guard let index = document.sections.nodes[child].headingIndex,
                    let numbering = document.headings[index].numbering,
                    styles.contains(numbering.style.rawValue)
                else { continue }
                if byStyle[numbering.style] == nil { order.append(numbering.style) }
                let heading = document.headings[index]
                byStyle[numbering.style, default: []].append((numbering.value, heading.range, Self.marker(heading, context)))
            }
            runs += order.compactMap { byStyle[$0] }
        }
        if styles.contains("enumeration") {
            var current: [(Int, Range<Int>, String)] = []
            var block: Range<Int>?
            for mark in document.enumerations {
                if mark.blockRange != block, !current.isEmpty {
                    runs.append(current)
                    current = []
                }
                block = mark.blockRange
                current.append((mark.value, mark.range, document.text(mark.range)))
            }
            if !current.isEmpty { runs.append(current) }
        }

        let builder = FindingBuilder(rule: rule, context: context)
        var findings: [Finding] = []
        for run in runs {
            for (previous, next) in zip(run, run.dropFirst()) {
                if next.value == previous.value + 1 || next.value == 1 { continue }
                let problem = next.value == previous.value
                    ? ("「\(next.label)」重复", "'\(next.label)' repeats")
                    : ("「\(previous.label)」之后是「\(next.label)」", "'\(previous.label)' is followed by '\(next.label)'")
                let values = FindingBuilder.Values([
                    "found": problem, "match": (next.label, next.label),
                    "expected": ("\(previous.value + 1)", "\(previous.value + 1)"),
                ])
                findings.append(builder.finding(.defect, at: next.range, values: values))
            }
        }
        findings.sort { $0.range.lowerBound < $1.range.lowerBound }
        return RuleOutcome(rule: rule, findings: findings)
    }

    /// The number as written (三、 （二） 4.), for messages.
    private static func marker(_ heading: Heading, _ context: LintContext) -> String {
        let prefix = heading.range.lowerBound..<max(heading.range.lowerBound, heading.titleRange.lowerBound)
        let text = LintContext.trimmingBlanks(context.document.text(prefix))
        return text.isEmpty ? context.headingText(heading) : text
    }
}
