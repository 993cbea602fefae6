import PlanlintDocument
import PlanlintRules

/// `document`: whether the file is the kind of document expected (a plan, not a 总结 filed
/// as one), whether it holds one plan or several pasted together, whether its body is
/// about a union's work at all, and whether it is a kind reported as such (an activity scheme).
struct DocumentCheck: RuleCheck {
    let spec: DocumentSpec
    /// A part's own title is among its first lines and short.
    static let partTitleScalars = 40
    /// Fewest characters (blanks aside) before a body without `subject_terms` is reported: a
    /// snippet or a test's one line is too short to say what a text is about.
    static let subjectBodyScalars = 200

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        let start = findings.count
        if let expect = spec.expect, let other = spec.unexpectedKind {
            findings += kindFindings(expect: expect, other: other, context: context, builder: builder)
        }
        if let flagKind = spec.flagKind, context.metadata.kind == flagKind {
            let title = context.metadata.title ?? Self.opening(of: context)
            findings.append(builder.finding(.defect, at: context.documentAnchor, values: FindingBuilder.Values(["match": (title, title)])))
        }
        if let subjectTerms = spec.subjectTerms {
            if let finding = offTopicFinding(subjectTerms, context: context, builder: builder) {
                findings.append(finding)
            } else {
                findings += offTopicParts(subjectTerms, context: context, builder: builder)
            }
        }
        if spec.unfinishedEnd, let end = UnfinishedEnd.brokenEnd(of: context.document) {
            let text = builder.quoted(end, as: .defect)
            findings.append(builder.finding(.defect, at: end, values: FindingBuilder.Values(["match": (text, text)])))
        }
        if let maxParts = spec.maxParts {
            let parts = Self.partHeadings(context)
            if parts.count > maxParts {
                let values = FindingBuilder.Values(["found": ("\(parts.count)", "\(parts.count)"), "expected": ("\(maxParts)", "\(maxParts)")])
                findings.append(builder.finding(.defect, at: parts[maxParts].range, values: values))
            }
        }
        return CheckResult(rule: rule, findings: findings[start...])
    }

    private func kindFindings(expect: DocumentKind, other: DocumentKind, context: LintContext, builder: FindingBuilder) -> [Finding] {
        if context.metadata.kind == other {
            // A report without a title is quoted, and pointed at, by its opening sentence.
            if context.metadata.title == nil, let lead = context.metadata.reportLead {
                let text = builder.quoted(lead, as: .defect)
                return [builder.finding(.defect, at: lead, values: FindingBuilder.Values(["match": (text, text)]))]
            }
            let title = context.metadata.title ?? Self.opening(of: context)
            let values = FindingBuilder.Values(["match": (title, title)])
            return [builder.finding(.defect, at: context.documentAnchor, values: values)]
        }
        var findings: [Finding] = []
        // A part of a multi-plan file whose own title says it is a summary.
        if expect == .plan, let titles = spec.summaryTitles {
            for part in Self.partHeadings(context) {
                if let hit = summaryTitle(after: part, titles: titles, context: context) {
                    let text = builder.quoted(hit, as: .defect)
                    findings.append(builder.finding(.defect, at: hit, values: FindingBuilder.Values(["match": (text, text)])))
                }
            }
        }
        if findings.isEmpty, let body = context.reportingBody(spec) {
            let text = builder.quoted(body.first, as: .defect)
            let values = FindingBuilder.Values([
                "match": (text, text), "found": ("\(body.past)", "\(body.past)"), "expected": ("\(body.future)", "\(body.future)"),
            ])
            findings.append(builder.finding(.defect, at: body.first, values: values))
        }
        return findings
    }

    /// A body that mostly reports the past, where a plan is expected: its first word that
    /// reports and how many report and plan. Not where the title says the file reports and
    /// plans (工作总结及2025年工作计划), as a combined document does by design. Asked through
    /// `LintContext.reportingBody`, once a plan.
    static func reportingBody(_ spec: DocumentSpec, context: LintContext) -> ReportingBody? {
        guard weighsBody(spec), !context.metadata.titleNamesReportAndPlan, let summaryTerms = spec.summaryTerms else { return nil }
        let count = BodyTenseCount(spec: spec, summaryTerms: summaryTerms, context: context)
        guard count.summary.count >= spec.minSummaryTerms, count.summary.count > count.plan.count, let first = count.summary.first
        else { return plansNothing(count, context: context) }
        return ReportingBody(first: first, past: count.summary.count, future: count.plan.count)
    }

    /// A file of no known kind that plans nothing: no heading, numbered item (1、, 一是), line
    /// opening with a month (3月8日，举办…) or month's entry to hold tasks, and not one of the
    /// words a plan says what it will do with (将, 继续, 进一步, 确保…).
    /// A news item, an encyclopaedia's or a blog's article, a site's page of one keyword
    /// line: neither a plan nor a report a rule counts, but no plan missing its congress and
    /// funds either (audit of real pages, twenty-second pass: such pages drew 20–40 missing
    /// requirements each). Quoted by its first block. A plan without its title has its
    /// numbered tasks or says what it will do.
    private static func plansNothing(_ count: BodyTenseCount, context: LintContext) -> ReportingBody? {
        let document = context.document
        guard context.metadata.kind == .unknown, count.plan.isEmpty, document.headings.isEmpty, document.enumerations.isEmpty,
            !document.schedule.isPresent, let first = document.blocks.first, !Self.hasLineOpeningWithMonth(document.normalized)
        else { return nil }
        return ReportingBody(first: first.range, past: count.summary.count, future: 0)
    }

    /// Whether a line opens, after blanks, with a month: one or two figures or 一…十二 and 月
    /// (3月8日，举办女职工座谈会; 十月：秋游), as an untitled schedule's lines do.
    static func hasLineOpeningWithMonth(_ text: [UInt8]) -> Bool {
        let month: [UInt8] = Array("月".utf8)
        let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "元"].map { Array($0.utf8) }
        var start = 0
        while start < text.count {
            let index = LineBlanks.end(in: text, from: start)
            var after = index
            while after < text.count, after - index < 2, (0x30...0x39).contains(text[after]) { after += 1 }
            if after == index {
                // Up to two numerals (十二月).
                for _ in 0..<2 {
                    guard let numeral = numerals.first(where: { text[after...].starts(with: $0) }) else { break }
                    after += numeral.count
                }
            }
            if after > index, text[after...].starts(with: month) { return true }
            guard let newline = text[start...].firstIndex(of: 0x0A) else { break }
            start = newline + 1
        }
        return false
    }

    /// Whether a rule weighs a body's words for a report (`reportingBody`): it expects a plan
    /// and names the words that report.
    static func weighsBody(_ spec: DocumentSpec) -> Bool { spec.expect == .plan && spec.summaryTerms != nil }

    struct ReportingBody {
        var first: Range<Int>
        var past: Int
        var future: Int
    }

    /// Whether a file of no known kind is a report as a whole: one document (no parts, which
    /// may each be a plan) whose body mostly reports the past. An untitled report, a speech or
    /// a letter to members is not a plan missing its congress and funds: only the content rules
    /// written for files of unknown kind run on it.
    static func isUntitledReport(_ spec: DocumentSpec, context: LintContext) -> Bool {
        context.metadata.kind == .unknown && partHeadings(context).isEmpty && context.reportingBody(spec) != nil
    }

    /// A defect when a long enough body never names the union's own work outside its title
    /// and part headings: a site filed another office's plan under 工会工作计划, whose title
    /// and the site's lines (以下是小编整理的工会工作计划) are all that mention the union.
    private func offTopicFinding(_ terms: TermSet, context: LintContext, builder: FindingBuilder) -> Finding? {
        guard context.isOffTopic(terms) else { return nil }
        // An untitled file is quoted by how it opens, as `flag_kind` quotes it: an empty 「」
        // told the reader nothing of which text was meant.
        let title = context.metadata.title ?? Self.opening(of: context)
        return builder.finding(.defect, at: context.documentAnchor, values: FindingBuilder.Values(["match": (title, title)]))
    }

    /// Parts of a collection whose long enough body never names the union's work: a site's
    /// 工会工作计划 篇1 that is a student volunteer corps' term plan, beside a 篇2 that is a
    /// union's. The file still holds a union's piece, so its rules run; the part is pointed
    /// out at its heading.
    private func offTopicParts(_ terms: TermSet, context: LintContext, builder: FindingBuilder) -> [Finding] {
        let parts = Self.partHeadings(context)
        guard parts.count > 1 else { return [] }
        let document = context.document
        var findings: [Finding] = []
        for (index, part) in parts.enumerated() {
            let end = index + 1 < parts.count ? parts[index + 1].range.lowerBound : document.normalized.count
            let body = part.range.upperBound..<max(part.range.upperBound, end)
            guard SectionCheck.nonWhitespaceCount(document.normalized[body], upTo: Self.subjectBodyScalars) >= Self.subjectBodyScalars,
                !context.contains(terms, in: body)
            else { continue }
            let heading = builder.quoted(part.range, as: .defect)
            findings.append(builder.finding(.defect, at: part.range, values: FindingBuilder.Values(["match": (heading, heading)])))
        }
        return findings
    }

    /// Whether a long enough body never names the union's own work (`subject_terms`) outside
    /// its title and part headings: another office's plan, in which the linter does not look
    /// for what a union's plan should hold. Asked through `LintContext.isOffTopic`, once a plan.
    static func isOffTopic(_ terms: TermSet, context: LintContext) -> Bool {
        let document = context.document
        guard SectionCheck.nonWhitespaceCount(document.normalized[...], upTo: subjectBodyScalars) >= subjectBodyScalars
        else { return false }
        // The body is what lies between the title and the part headings: asked gap by gap
        // whether a term occurs there, without collecting every 工会 of the plan.
        let named = ([context.metadata.titleRange].compactMap { $0 } + partHeadings(context).map(\.range))
            .sorted { $0.lowerBound < $1.lowerBound }
        var start = 0
        for range in named + [document.normalized.count..<document.normalized.count] {
            if range.lowerBound > start, context.contains(terms, in: start..<range.lowerBound) { return false }
            start = max(start, range.upperBound)
        }
        return true
    }

    /// Most characters of an untitled file's opening quoted in its place.
    static let openingScalars = 30

    /// How an untitled file opens, for the message to quote in place of a title: its first
    /// line as written, cut after `openingScalars` characters.
    static func opening(of context: LintContext) -> String {
        guard let block = context.document.blocks.first else { return "" }
        let line = context.document.lines.byteRange(ofLine: block.line)
        let text = context.writtenText(max(block.range.lowerBound, line.lowerBound)..<min(block.range.upperBound, line.upperBound))
        let scalars = text.unicodeScalars
        guard scalars.count > openingScalars else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(openingScalars))) + "…"
    }

    private static func partHeadings(_ context: LintContext) -> [Heading] {
        context.document.headings.filter { $0.numbering?.style == .part }
    }

    /// A summary title in the part heading itself or in one of the two short lines after it;
    /// not one that goes on to name a plan (上半年工作总结下半年工作计划 篇一), a part that reports
    /// and plans by design, as a title that does (`titleNamesReportAndPlan`).
    private func summaryTitle(after part: Heading, titles: TermSet, context: LintContext) -> Range<Int>? {
        let document = context.document
        var candidates = [part.range]
        if let index = document.blocks.firstIndex(where: { $0.range.lowerBound >= part.range.upperBound }) {
            candidates += document.blocks[index..<min(index + 2, document.blocks.count)].map(\.range)
        }
        // Counted on the bytes: a block after a heading can be the rest of a plan with no
        // line breaks, and making it a string to count it was a fiftieth of a run.
        for range in candidates where document.normalized[range].withUnsafeBytes({ UTF8Count.scalars(in: $0) }) <= Self.partTitleScalars {
            if let hit = context.occurrences(of: titles, in: range).first {
                // The part reports and plans: none of its lines is a summary's title.
                if hit.upperBound < range.upperBound, PlanMetadata.namesPlanType(document.text(hit.upperBound..<range.upperBound)) {
                    return nil
                }
                return hit
            }
        }
        return nil
    }
}
