import PlanlintDocument
import PlanlintRules

/// `section`: a heading matching the terms must exist; its body must be long and concrete
/// enough.
struct SectionCheck: RuleCheck {
    let spec: SectionSpec
    /// A paragraph that opens with the heading words ("指导思想：…") counts as a heading
    /// when the words start within this many bytes of it (room for a number or a bracket).
    static let leadInBytes = 12

    /// Headings (or lead-in paragraphs) tried before the first one's verdict stands.
    static let maxCandidates = 8

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        let first = candidates(in: context, limit: 1)
        guard let (firstHeading, firstBody) = first.first else {
            if spec.acceptSchedule && context.document.schedule.isPresent {
                return CheckResult(rule: rule, findings: [])
            }
            return CheckResult(rule: rule, appending: builder.finding(.missing, at: context.documentAnchor), to: &findings)
        }
        // The words can also stand in a line that is no such part (2、…为工作重点。 before
        // 三、工作措施): the part is there when any heading that names it is full enough, and
        // weak, at the first, when none is.
        // The others are looked for only when the first falls short: most plans pass on it.
        guard let weak = weakness(of: firstHeading, body: firstBody, builder: builder, in: context) else {
            return CheckResult(rule: rule, findings: [])
        }
        for (headingRange, body) in candidates(in: context, limit: Self.maxCandidates).dropFirst()
        where weakness(of: headingRange, body: body, builder: builder, in: context) == nil {
            return CheckResult(rule: rule, findings: [])
        }
        return CheckResult(rule: rule, appending: weak, to: &findings)
    }

    /// The weak finding for a section too short or without what makes it concrete; nil when
    /// it is neither.
    private func weakness(of headingRange: Range<Int>, body: Range<Int>, builder: FindingBuilder, in context: LintContext) -> Finding? {
        if let minChars = spec.minChars {
            // Counted only as far as the minimum: a section body can be most of the plan.
            let characters = Self.nonWhitespaceCount(context.document.normalized[body], upTo: minChars)
            if characters < minChars {
                let values = FindingBuilder.Values(["found": ("\(characters)", "\(characters)"), "expected": ("\(minChars)", "\(minChars)")])
                return builder.finding(.weak, at: headingRange, values: values)
            }
        }
        if let requirement = spec.weakUnless, !context.satisfies(requirement, in: body) {
            let values = FindingBuilder.Values([
                "expected": (requirement.chineseNames.joined(separator: "、"), requirement.names.joined(separator: ", "))
            ])
            return builder.finding(.weak, at: headingRange, values: values)
        }
        return nil
    }

    /// The first matching heading (or lead-in paragraph) and the text of its section.
    /// `byOccurrence: false` asks of each heading in turn whether it holds the words (tests
    /// compare the two).
    func locate(in context: LintContext, byOccurrence: Bool = true) -> (Range<Int>, Range<Int>)? {
        candidates(in: context, byOccurrence: byOccurrence, limit: 1).first
    }

    /// The matching headings in text order, or else the lead-in paragraphs, with the text of
    /// their sections; at most `limit`.
    ///
    /// An occurrence belongs to a heading when it ends inside the heading's words and starts
    /// in them, in its number, or in what opens its line (blanks, `#`, `>`, bullets): so a
    /// pattern anchored at the line's start (`^[ \t]*一、\s*加强`) names a heading as well as a
    /// term inside the words does, and is tried once per line instead of at every place.
    func candidates(in context: LintContext, byOccurrence: Bool = true, limit: Int) -> [(Range<Int>, Range<Int>)] {
        let document = context.document
        var found: [(Range<Int>, Range<Int>)] = []
        var seen = Set<Int>()
        if byOccurrence {
            // The occurrences of the words, in text order, each placed in the section around
            // its end: one inside a heading's words lies in that heading's own section (its
            // subsections start after it), and the first such is in the first heading that
            // holds them (headings do not overlap). Asking every heading cost a search per
            // word per heading, for each section rule of each plan.
            for occurrence in context.occurrences(of: spec.heading) where !occurrence.isEmpty {
                let node = document.sections.nodes[document.sections.innermost(containing: occurrence.upperBound - 1)]
                guard let index = node.headingIndex, !seen.contains(index), Self.names(document.headings[index], occurrence, in: document)
                else { continue }
                seen.insert(index)
                let heading = document.headings[index]
                // The extent, not the range: a heading that announces a list (具体工作安排如下：)
                // speaks for its items even where the outline made them its siblings.
                found.append((heading.range, heading.range.upperBound..<max(heading.range.upperBound, node.extent.upperBound)))
                if found.count >= limit { return found }
            }
        } else {
            for node in document.sections.nodes {
                guard let index = node.headingIndex else { continue }
                let heading = document.headings[index]
                let line = document.lines.byteRange(ofLine: document.lines.line(of: heading.range.lowerBound))
                let words = heading.titleRange.isEmpty ? heading.range : heading.titleRange
                let candidates = context.occurrences(of: spec.heading, in: line.lowerBound..<words.upperBound)
                if candidates.contains(where: { Self.names(heading, $0, in: document) }) {
                    found.append((heading.range, heading.range.upperBound..<max(heading.range.upperBound, node.extent.upperBound)))
                    if found.count >= limit { return found }
                }
            }
        }
        // A paragraph that opens with the words counts only where no heading holds them.
        guard found.isEmpty else { return found }
        for block in document.blocks where block.headingIndex == nil {
            let leadIn = block.range.lowerBound..<min(block.range.upperBound, block.range.lowerBound + Self.leadInBytes)
            let opening = Self.lineOpening(before: block.range.lowerBound, in: document)
            guard let hit = context.firstOccurrence(of: spec.heading, in: opening..<block.range.upperBound, startingBefore: leadIn.upperBound)
            else { continue }
            let section = document.sections.nodes[document.sections.innermost(containing: block.range.lowerBound)]
            // A paragraph that announces a list (具体工作安排如下：) runs on over the list, which
            // may outlast the section the paragraph stands in (the items restart a numbering
            // the outline already placed at that level).
            var end = max(section.extent.upperBound, document.sections.listEnd(introducedAt: block.range.lowerBound) ?? 0)
            // A plan that marks its parts by labels (目标： … 措施： …) ends the part at the next
            // label, which the outline does not hold as a heading.
            if let label = document.nextPartLabel(after: block.range.lowerBound, before: end) { end = label }
            let start = max(hit.lowerBound, block.range.lowerBound)
            found.append((start..<max(start, hit.upperBound), hit.upperBound..<max(hit.upperBound, end)))
            if found.count >= limit { return found }
        }
        return found
    }

    /// Whether `occurrence` names `heading`: it ends in the heading's words (and not before
    /// they start) and starts no earlier than what opens the heading's line.
    static func names(_ heading: Heading, _ occurrence: Range<Int>, in document: PlanDocument) -> Bool {
        let words = heading.titleRange.isEmpty ? heading.range : heading.titleRange
        guard occurrence.upperBound <= words.upperBound, occurrence.upperBound > words.lowerBound else { return false }
        let start = min(words.lowerBound, heading.range.lowerBound)
        return occurrence.lowerBound >= start || occurrence.lowerBound >= lineOpening(before: start, in: document)
    }

    /// Where the line holding `offset` opens, when only blanks and Markdown's marks (`#`,
    /// `>`, bullets, emphasis) come before `offset` on it; otherwise `offset` itself.
    static func lineOpening(before offset: Int, in document: PlanDocument) -> Int {
        document.normalized.withUnsafeBufferPointer { text in
            var start = offset
            while start > 0 {
                let byte = text[start - 1]
                guard byte == 0x20 || byte == 0x09 || byte == 0x23 || byte == 0x3E || byte == 0x2A || byte == 0x2D || byte == 0x2B
                else { break }
                start -= 1
            }
            return start == 0 || text[start - 1] == 0x0A ? start : offset
        }
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
