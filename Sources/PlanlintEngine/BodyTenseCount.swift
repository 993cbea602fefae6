import PlanlintDocument
import PlanlintRules

/// The words of a body that report the past and those that plan, as a `document` rule with
/// `expect: plan` weighs them: all of each, less a plan's look back at last year
/// (`review_headings`) and, with `ignore_plan_terms_in_summary_clauses`, less the plan words
/// of clauses that tell what was done.
struct BodyTenseCount {
    /// Where `summary_terms` occur that count, in order.
    let summary: [Range<Int>]
    /// Where `plan_terms` occur that count, in order.
    let plan: [Range<Int>]
    /// Farthest a clause is followed either way from a plan word: a summary word farther
    /// than this shares no clause with it. Text pasted without commas or full stops must not
    /// make each plan word a scan of the whole line.
    static let clauseScanBytes = 240

    init(spec: DocumentSpec, summaryTerms: TermSet, context: LintContext) {
        var summary = context.occurrences(of: summaryTerms)
        var plan = context.occurrences(of: spec.planTerms)
        // Both settings only take words away, and summary words under the minimum make no
        // finding: most plans stop here, before any heading or clause is looked at.
        guard summary.count >= spec.minSummaryTerms else {
            self.summary = summary
            self.plan = plan
            return
        }
        // A plan opens with last year's results under its own heading (一、2024年工作回顾)
        // and then plans: those results are the design, not a report filed as a plan. Only
        // where the title says plan, as a report's own headings (一、工作回顾) are no look back.
        if let reviewHeadings = spec.reviewHeadings, context.metadata.kind == .plan || context.metadata.kind == .scheme,
            context.mentions(reviewHeadings)
        {
            let reviews = context.sectionRanges(headedBy: reviewHeadings)
            if !reviews.isEmpty {
                summary.removeAll { hit in reviews.contains { $0.contains(hit.lowerBound) } }
                plan.removeAll { hit in reviews.contains { $0.contains(hit.lowerBound) } }
            }
        }
        if spec.ignorePlanTermsInSummaryClauses, !summary.isEmpty, !plan.isEmpty {
            let found = summary
            plan = context.document.normalized.withUnsafeBufferPointer { bytes in
                plan.filter { !Self.sharesClause($0, withAnyOf: found, in: bytes) }
            }
        }
        self.summary = summary
        self.plan = plan
    }

    /// Whether `hit` and one of `sorted` (ranges in order of their starts) stand in one
    /// clause: the nearest of them before and after it with no clause mark in between. Only
    /// the gaps to those two are read, so a plan word far from any summary word costs a
    /// binary search.
    static func sharesClause(_ hit: Range<Int>, withAnyOf sorted: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The first that starts at or after the hit; the one before it starts before.
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].lowerBound < hit.lowerBound { low = mid + 1 } else { high = mid }
        }
        if low < sorted.count {
            let after = sorted[low]
            if after.lowerBound < hit.upperBound { return true }
            if after.lowerBound - hit.upperBound <= clauseScanBytes, !hasClauseMark(hit.upperBound..<after.lowerBound, in: bytes) {
                return true
            }
        }
        if low > 0 {
            let before = sorted[low - 1]
            if before.upperBound > hit.lowerBound { return true }
            if hit.lowerBound - before.upperBound <= clauseScanBytes, !hasClauseMark(before.upperBound..<hit.lowerBound, in: bytes) {
                return true
            }
        }
        return false
    }

    /// Whether a clause mark starts inside `range`.
    private static func hasClauseMark(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            if startsClauseMark(at: offset, in: bytes) { return true }
            offset += 1
        }
        return false
    }

    /// Whether a clause mark starts at `offset`: a comma, semicolon, colon, full stop, ! ? or
    /// a line break (full-width forms are ASCII in the normalised text, 。 is not). 、 parts
    /// a list within a clause and does not end one.
    private static func startsClauseMark(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isASCIIClauseMark(bytes[offset]) { return true }
        return offset + 2 < bytes.count && bytes[offset] == 0xE3 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82
    }

    /// ASCII bytes never occur inside a multi-byte UTF-8 scalar, so a byte compare is enough.
    private static func isASCIIClauseMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0D: true
        default: false
        }
    }
}
