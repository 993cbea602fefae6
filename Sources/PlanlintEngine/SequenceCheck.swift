import Foundation
import PlanlintDocument
import PlanlintRules

/// `sequence`: among sibling headings of one numbering style, and among the 一是/二是 of one
/// paragraph, numbers must run on: no gaps, no repeats.
struct SequenceCheck: RuleCheck {
    let spec: SequenceSpec
    /// Months may be skipped in a schedule and parts are reported elsewhere.
    static let defaultStyles: Set<String> = [
        "chinese", "parenChinese", "arabic", "parenArabic", "circled", "ordinal", "enumeration",
    ]
    /// The heading styles checked, and whether 一是/二是 runs are: resolved once, because a
    /// raw-value enum hashes its raw string, and each heading of each plan asked a set.
    private let headingStyles: [NumberingStyle]
    private let checksEnumerations: Bool

    init(spec: SequenceSpec) {
        self.spec = spec
        let names = spec.styles.map(Set.init) ?? Self.defaultStyles
        headingStyles = NumberingStyle.allCases.filter { names.contains($0.rawValue) }
        checksEnumerations = names.contains("enumeration")
    }

    /// A (3) with no words of its own (the line ends, or the next part's 四、 follows at once)
    /// numbers no item: it is a page of a table of contents (目录一、组织建设 (1)二、工作目标 (2)…).
    static func isPageNumber(_ heading: Heading, _ numbering: Numbering, in document: PlanDocument) -> Bool {
        guard numbering.style == .parenArabic else { return false }
        let words = heading.titleRange
        guard !words.isEmpty else { return true }
        // The first two characters of the words: a Chinese numeral and 、 open another heading.
        let prefix = document.normalized[words.lowerBound..<min(words.upperBound, words.lowerBound + 6)]
        let scalars = Array(String(decoding: prefix, as: UTF8.self).unicodeScalars.prefix(2))
        guard scalars.count == 2, scalars[1] == "、" else { return false }
        return "一二三四五六七八九十".unicodeScalars.contains(scalars[0])
    }

    /// A numbered item of a run; its label (the number as written) is made only for a finding.
    struct Item {
        var value: Int
        var range: Range<Int>
        /// The heading's index, or nil for an enumeration mark (labelled by its own text).
        var heading: Int?
    }

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let document = context.document
        // The runs one after another in one list, each ending where `runEnds` says: a list
        // per run, and one per style of every section's children, were allocations for
        // every section of every plan, most of which hold a run of one or none.
        var items: [Item] = []
        var runEnds: [Int] = []
        // A section's numbered children with their styles, reused from section to section.
        var numbered: [(style: NumberingStyle, item: Item)] = []
        for node in document.sections.nodes where !node.children.isEmpty {
            numbered.removeAll(keepingCapacity: true)
            for child in node.children {
                guard let index = document.sections.nodes[child].headingIndex,
                    let numbering = document.headings[index].numbering,
                    headingStyles.contains(numbering.style),
                    !Self.isPageNumber(document.headings[index], numbering, in: document)
                else { continue }
                numbered.append((numbering.style, Item(value: numbering.value, range: document.headings[index].range, heading: index)))
            }
            // One run per style, in the order the styles first appear (a section's children
            // use one or two).
            for (position, entry) in numbered.enumerated()
            where !numbered[..<position].contains(where: { $0.style == entry.style }) {
                for later in numbered[position...] where later.style == entry.style { items.append(later.item) }
                runEnds.append(items.count)
            }
        }
        if checksEnumerations {
            var block: Range<Int>?
            for mark in document.enumerations {
                if mark.blockRange != block, items.count > runEnds.last ?? 0 { runEnds.append(items.count) }
                block = mark.blockRange
                items.append(Item(value: mark.value, range: mark.range, heading: nil))
            }
            if items.count > runEnds.last ?? 0 { runEnds.append(items.count) }
        }

        let builder = FindingBuilder(rule: rule, context: context)
        let start = findings.count
        var runStart = 0
        for runEnd in runEnds {
            let run = items[runStart..<runEnd]
            runStart = runEnd
            // The 一是 marks before each restart of a paragraph's run: the outer lists a nested
            // one may hand back to.
            var outer: [Int] = []
            for (previous, next) in zip(run, run.dropFirst()) {
                if next.value == previous.value + 1 { continue }
                if next.value == 1 {
                    if next.heading == nil { outer.append(previous.value) }
                    continue
                }
                if Self.resumesOuter(next, outer: &outer) { continue }
                if Self.restartsUnseen(before: next, after: previous, in: document) { continue }
                let nextLabel = Self.label(next, context)
                let problem: (String, String)
                if next.value == previous.value {
                    problem = ("「\(nextLabel)」重复", "'\(nextLabel)' repeats")
                } else {
                    let previousLabel = Self.label(previous, context)
                    problem = ("「\(previousLabel)」之后是「\(nextLabel)」", "'\(previousLabel)' is followed by '\(nextLabel)'")
                }
                let values = FindingBuilder.Values([
                    "found": problem, "match": (nextLabel, nextLabel),
                    "expected": ("\(previous.value + 1)", "\(previous.value + 1)"),
                ])
                findings.append(builder.finding(.defect, at: next.range, values: values))
            }
        }
        findings[start...].sort { $0.range.lowerBound < $1.range.lowerBound }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    /// An item of 二是 that lists its own points (二是健全机制：一是……；二是……；三是……。三是……)
    /// restarts the marks at 一是, and after its last point the paragraph's own list goes on
    /// with 三是: a number one past an outer list's last is that list resuming, no repeat and
    /// no gap. Any other number after the nested points is still reported (…三是……。五是).
    /// Only for 一是 marks: headings nest by the section tree.
    static func resumesOuter(_ next: Item, outer: inout [Int]) -> Bool {
        guard next.heading == nil, let last = outer.last, next.value == last + 1 else { return false }
        outer.removeLast()
        return true
    }

    /// A 2、 after 3、 whose 1、 the reader could not see: in a line that lost its breaks a new
    /// part's first item is often glued to its heading's words (（二）营造两种氛围1、营造民主氛围；
    /// 2、…), and a number after an ideograph opens no item, as 第1、2项 shows. The list did
    /// start again, so neither the step back nor the repeat is the writer's: the 1 in the style
    /// of the 2, between the two items, right after an ideograph and before one, is taken for
    /// the missed restart (not 做好1、2月份: a figure follows that 1、).
    static func restartsUnseen(before next: Item, after previous: Item, in document: PlanDocument) -> Bool {
        guard next.value == 2, previous.value >= 2, let heading = next.heading,
            previous.range.upperBound < next.range.lowerBound
        else { return false }
        let marker = document.headings[heading].range.lowerBound..<document.headings[heading].titleRange.lowerBound
        guard let first = restartMarker(Array(document.normalized[marker])) else { return false }
        return document.normalized.withUnsafeBufferPointer { bytes in
            var index = previous.range.upperBound
            let last = next.range.lowerBound - first.count
            while index <= last {
                if bytes[index] == first[0], bytes[index..<index + first.count].elementsEqual(first),
                    UTF8Scalar.isIdeograph(bytes, at: index - 3), UTF8Scalar.isIdeograph(bytes, at: index + first.count)
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// The bytes of the 1 written as a 2 marker is (2、 → 1、, (二) → (一), 2. → 1.), the
    /// marker's trailing blanks left out; nil when its number is not a lone 2 or 二.
    private static func restartMarker(_ marker: [UInt8]) -> [UInt8]? {
        var bytes = marker
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let two: [UInt8] = Array("二".utf8), one: [UInt8] = Array("一".utf8)
        if let at = bytes.firstIndex(of: 0x32) {
            if at + 1 < bytes.count, (0x30...0x39).contains(bytes[at + 1]) { return nil }
            bytes[at] = 0x31
            return bytes
        }
        guard let at = (0...max(0, bytes.count - two.count)).first(where: { bytes.count >= two.count && Array(bytes[$0..<$0 + two.count]) == two })
        else { return nil }
        bytes.replaceSubrange(at..<at + two.count, with: one)
        return bytes
    }

    private static func label(_ item: Item, _ context: LintContext) -> String {
        guard let heading = item.heading else { return context.document.text(item.range) }
        return marker(context.document.headings[heading], context)
    }

    /// The number as written (三、 （二） 4.), for messages.
    private static func marker(_ heading: Heading, _ context: LintContext) -> String {
        let prefix = heading.range.lowerBound..<max(heading.range.lowerBound, heading.titleRange.lowerBound)
        let text = HeadingLabel.trimmingBlanks(context.writtenText(prefix))
        return text.isEmpty ? context.headingText(heading) : text
    }
}
