import PlanlintDocument
import PlanlintRules

/// `section`: a heading matching the terms must exist; its body must be long and concrete
/// enough.
struct SectionCheck: RuleCheck {
    let spec: SectionSpec
    /// A paragraph that opens with the heading words ("指导思想：…") counts as a heading
    /// when the words start within this many bytes of it (room for a number or a bracket).
    static let leadInBytes = 12

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        guard let (headingRange, body) = locate(in: context) else {
            if spec.acceptSchedule && context.document.schedule.isPresent {
                return CheckResult(rule: rule, findings: [])
            }
            return CheckResult(rule: rule, appending: builder.finding(.missing, at: context.documentAnchor), to: &findings)
        }
        if let minChars = spec.minChars {
            // Counted only as far as the minimum: a section body can be most of the plan.
            let characters = Self.nonWhitespaceCount(context.document.normalized[body], upTo: minChars)
            if characters < minChars {
                let values = FindingBuilder.Values(["found": ("\(characters)", "\(characters)"), "expected": ("\(minChars)", "\(minChars)")])
                return CheckResult(rule: rule, appending: builder.finding(.weak, at: headingRange, values: values), to: &findings)
            }
        }
        if let requirement = spec.weakUnless, !context.satisfies(requirement, in: body) {
            let values = FindingBuilder.Values([
                "expected": (requirement.chineseNames.joined(separator: "、"), requirement.names.joined(separator: ", "))
            ])
            return CheckResult(rule: rule, appending: builder.finding(.weak, at: headingRange, values: values), to: &findings)
        }
        return CheckResult(rule: rule, findings: [])
    }

    /// The first matching heading (or lead-in paragraph) and the text of its section.
    /// `byOccurrence: false` asks of each heading in turn whether it holds the words (tests
    /// compare the two).
    func locate(in context: LintContext, byOccurrence: Bool = true) -> (Range<Int>, Range<Int>)? {
        let document = context.document
        if byOccurrence {
            // The occurrences of the words, in text order, each placed in the section around
            // it: one inside a heading's words lies in that heading's own section (its
            // subsections start after it), and the first such is in the first heading that
            // holds them (headings do not overlap). Asking every heading cost a search per
            // word per heading, for each section rule of each plan.
            for occurrence in context.occurrences(of: spec.heading) {
                let node = document.sections.nodes[document.sections.innermost(containing: occurrence.lowerBound)]
                guard let index = node.headingIndex else { continue }
                let heading = document.headings[index]
                let words = heading.titleRange.isEmpty ? heading.range : heading.titleRange
                guard words.lowerBound <= occurrence.lowerBound, occurrence.upperBound <= words.upperBound else { continue }
                return (heading.range, heading.range.upperBound..<max(heading.range.upperBound, node.range.upperBound))
            }
        } else {
            for node in document.sections.nodes {
                guard let index = node.headingIndex else { continue }
                let heading = document.headings[index]
                if context.contains(spec.heading, in: heading.titleRange.isEmpty ? heading.range : heading.titleRange) {
                    return (heading.range, heading.range.upperBound..<max(heading.range.upperBound, node.range.upperBound))
                }
            }
        }
        for block in document.blocks where block.headingIndex == nil {
            let leadIn = block.range.lowerBound..<min(block.range.upperBound, block.range.lowerBound + Self.leadInBytes)
            guard let hit = context.firstOccurrence(of: spec.heading, in: block.range, startingBefore: leadIn.upperBound)
            else { continue }
            let section = document.sections.nodes[document.sections.innermost(containing: block.range.lowerBound)]
            return (hit, hit.upperBound..<max(hit.upperBound, section.range.upperBound))
        }
        return nil
    }

    /// Scalars of valid UTF-8 `bytes` that are not Unicode white space, counted on the bytes,
    /// and no further than `limit`.
    static func nonWhitespaceCount(_ bytes: ArraySlice<UInt8>, upTo limit: Int = .max) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, count < limit {
            let lead = bytes[index]
            if lead < 0x80 {
                if !UnicodeWhiteSpace.isASCII(lead) { count += 1 }
                index += 1
                continue
            }
            let length = UTF8Scalar.length(ofLead: lead)
            // The non-ASCII white space (White_Space) all starts with C2, E1, E2 or E3.
            if lead == 0xC2 || (0xE1...0xE3).contains(lead), index + length <= bytes.endIndex {
                var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if !UnicodeWhiteSpace.isNonASCII(value) { count += 1 }
            } else {
                count += 1
            }
            index += length
        }
        return count
    }
}
