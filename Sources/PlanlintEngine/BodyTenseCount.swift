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
    /// Farthest a clause is followed either way from a plan word. A clause runs to the next
    /// comma or full stop; text pasted without either must not make each plan word a scan
    /// of the whole line.
    static let clauseScanBytes = 240

    init(spec: DocumentSpec, summaryTerms: TermSet, context: LintContext) {
        var summary = context.occurrences(of: summaryTerms)
        var plan = context.occurrences(of: spec.planTerms)
        // A plan opens with last year's results under its own heading (一、2024年工作回顾)
        // and then plans: those results are the design, not a report filed as a plan. Only
        // where the title says plan, as a report's own headings (一、工作回顾) are no look back.
        if let reviewHeadings = spec.reviewHeadings, context.metadata.kind == .plan {
            let reviews = context.sectionRanges(headedBy: reviewHeadings)
            if !reviews.isEmpty {
                summary.removeAll { hit in reviews.contains { $0.contains(hit.lowerBound) } }
                plan.removeAll { hit in reviews.contains { $0.contains(hit.lowerBound) } }
            }
        }
        if spec.ignorePlanTermsInSummaryClauses, !summary.isEmpty, !plan.isEmpty {
            let found = summary
            plan = context.document.normalized.withUnsafeBufferPointer { bytes in
                plan.filter { !Self.clause(around: $0, in: bytes).overlapsAny(of: found) }
            }
        }
        self.summary = summary
        self.plan = plan
    }

    /// The clause holding `hit`: from after the clause mark before it to the one after it
    /// (comma, semicolon, colon, full stop, ! ? or a line break; full-width forms are ASCII
    /// in the normalised text, 。 is not). 、 parts a list within a clause and does not end one.
    static func clause(around hit: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = hit.lowerBound
        let earliest = max(0, hit.lowerBound - clauseScanBytes)
        while start > earliest, !endsClause(before: start, in: bytes) { start -= 1 }
        var end = hit.upperBound
        let latest = min(bytes.count, hit.upperBound + clauseScanBytes)
        while end < latest, !startsClauseMark(at: end, in: bytes) { end += 1 }
        return start..<end
    }

    /// Whether a clause mark ends just before `offset`.
    private static func endsClause(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isASCIIClauseMark(bytes[offset - 1]) { return true }
        return offset >= 3 && bytes[offset - 3] == 0xE3 && bytes[offset - 2] == 0x80 && bytes[offset - 1] == 0x82
    }

    /// Whether a clause mark starts at `offset`.
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

extension Range<Int> {
    /// Whether any of `sorted` (ranges in order of their starts) starts inside this one. A
    /// summary word holds no clause mark, so one that touches a clause starts in it; the
    /// starts are in order where the ends need not be (取得了 inside 取得了良好).
    fileprivate func overlapsAny(of sorted: [Range<Int>]) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].lowerBound < lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low].lowerBound < upperBound
    }
}
