import Foundation
import PlanlintDocument
import PlanlintRules

/// Lints documents against a compiled pack. Stateless after construction, so one linter
/// serves all threads.
public struct Linter: Sendable {
    public let pack: CompiledPack
    /// One check per rule of the pack, in pack order, made once: making them per document
    /// copied every rule's specification for every plan.
    private let ruleChecks: [any RuleCheck]
    /// The `document` rules that can set content rules aside, found once: matching every
    /// rule's kind for every plan copied each rule's specification twice per plan.
    private let offTopicRules: [(rule: Int, terms: TermSet)]
    private let kindFlagRules: [(rule: Int, kind: DocumentKind)]
    /// The rules that expect plans and weigh a body's words: they find an untitled report.
    private let reportRules: [(rule: Int, spec: DocumentSpec)]
    /// Each rule's `when`, in pack order, read once: `Rule.condition` copies the condition
    /// out of the rule (a retain and a release of each of its sets), and a plan asked it
    /// two or three times per rule.
    private let conditions: [RuleCondition]

    public init(pack: CompiledPack) {
        self.pack = pack
        self.ruleChecks = pack.pack.rules.map { Self.check(for: $0.kind, pack: pack) }
        self.conditions = pack.pack.rules.map(\.condition)
        var offTopicRules: [(rule: Int, terms: TermSet)] = []
        var kindFlagRules: [(rule: Int, kind: DocumentKind)] = []
        var reportRules: [(rule: Int, spec: DocumentSpec)] = []
        for (index, rule) in pack.pack.rules.enumerated() {
            guard case .document(let spec) = rule.kind else { continue }
            if let terms = spec.subjectTerms { offTopicRules.append((index, terms)) }
            for kind in spec.reportedKinds { kindFlagRules.append((index, kind)) }
            if DocumentCheck.weighsBody(spec) { reportRules.append((index, spec)) }
        }
        self.offTopicRules = offTopicRules
        self.kindFlagRules = kindFlagRules
        self.reportRules = reportRules
    }

    /// `knownAnalyses`: patterns read beforehand (see `CompiledPack.init`).
    public init(rules: RulePack, knownAnalyses: CompiledPack.KnownAnalyses = []) {
        self.init(pack: CompiledPack(pack: rules, knownAnalyses: knownAnalyses))
    }

    /// The metadata a document is linted with: what it says, with the options' overrides.
    public func metadata(of document: PlanDocument, options: LintOptions) -> PlanMetadata {
        var metadata = document.metadata
        if let profile = options.profile {
            metadata.profile = profile
            metadata.profileOrigin = .override
        }
        if let year = options.year {
            metadata.year = year
            metadata.yearOrigin = .override
        }
        return metadata
    }

    /// The rules that apply to a plan with this metadata under these options, before
    /// `when.mentions`, which the plan's text decides.
    public func applicableRules(for metadata: PlanMetadata, options: LintOptions) -> [Rule] {
        let rules = pack.pack.rules
        return rules.indices.filter { applies(rules[$0], at: $0, metadata: metadata, options: options) }.map { rules[$0] }
    }

    /// Whether `rule`, the pack's rule at `index`, applies.
    private func applies(_ rule: borrowing Rule, at index: Int, metadata: PlanMetadata, options: LintOptions) -> Bool {
        // Without rule options (most runs) the id is not asked for: each ask retained it.
        (options.disabledRules.isEmpty || !options.disabledRules.contains(rule.id))
            && (options.onlyRules?.contains(rule.id) ?? true)
            && rule.applies(to: metadata.profile)
            && conditions[index].holds(year: metadata.year, kind: metadata.kind)
    }

    public func lint(_ document: PlanDocument, options: LintOptions = LintOptions()) -> FileReport {
        lint(document, options: options, occurrences: nil)
    }

    /// Reads a plan and lints it, with one pass of this pack's automaton over its text: the
    /// pass that finds the rules' terms also counts the words the reader guesses the plan's
    /// organisation from (which it would otherwise scan the text for on its own).
    public func lint(data: Data, path: String, format: DocumentFormat, limits: DocumentLimits, options: LintOptions) throws
        -> FileReport
    {
        try lintReading(options: options) { counter in
            try DocumentReader.read(data: data, path: path, format: format, limits: limits, countProfileWords: counter)
        }
    }

    /// The same for a file.
    public func lint(path: String, limits: DocumentLimits, options: LintOptions) throws -> FileReport {
        try lintReading(options: options) { counter in
            try DocumentReader.read(path: path, limits: limits, countProfileWords: counter)
        }
    }

    /// The same for a file whose path is not UTF-8 (`rawPath`), reported as `path`.
    public func lint(path: String, rawPath: [UInt8], limits: DocumentLimits, options: LintOptions) throws -> FileReport {
        try lintReading(options: options) { counter in
            try DocumentReader.read(path: path, rawPath: rawPath, limits: limits, countProfileWords: counter)
        }
    }

    private func lintReading(options: LintOptions, _ read: (@escaping ProfileWords.Counter) throws -> PlanDocument) rethrows
        -> FileReport
    {
        // The counter runs inside `read`, on the document's normalised text; its pass is kept.
        var occurrences: TermOccurrences?
        let document = try read { normalized in
            let found = TermOccurrences(normalized, pack: pack)
            occurrences = found
            return pack.profileWordCounts(found)
        }
        return lint(document, options: options, occurrences: occurrences)
    }

    /// `occurrences`: the automaton's pass over the document's normalised text, if made.
    func lint(_ document: PlanDocument, options: LintOptions, occurrences: TermOccurrences?) -> FileReport {
        let metadata = metadata(of: document, options: options)
        let context = LintContext(
            document: document, pack: pack, metadata: metadata, occurrences: occurrences, options: options)
        let rules = pack.pack.rules
        var findings: [Finding] = []
        // Room for a finding per rule and then some: growing the list copied every finding
        // made so far (each a few hundred bytes), and most plans stay within this.
        findings.reserveCapacity(rules.count + 32)
        var checks: [CheckResult] = []
        checks.reserveCapacity(rules.count)
        let setAside = contentSetAside(context, metadata: metadata, options: options)
        for index in rules.indices where applies(rules[index], at: index, metadata: metadata, options: options) {
            if let mentions = conditions[index].mentions, !context.mentions(mentions) {
                continue
            }
            if let words = conditions[index].unlessTitle, context.titleHolds(words) { continue }
            if let setAside, Self.judgesContent(rules[index].kind), setAside.rules.excludes(rules[index]) { continue }
            let start = findings.count
            checks.append(ruleChecks[index].check(rules[index], in: context, into: &findings))
            if !options.severityOverrides.isEmpty, let severity = options.severityOverrides[rules[index].id] {
                for index in start..<findings.count { findings[index].severity = severity }
            }
        }
        if options.honoursSuppressions, let kept = applySuppressions(findings, in: document, options: options) { findings = kept }
        FindingOrder.sort(&findings)
        return FileReport(
            path: document.path, metadata: metadata, format: document.format, findings: findings, checks: checks,
            document: options.keepDocuments ? document : nil, contentSetAside: setAside?.reason)
    }

    /// Which content rules (`judgesContent`) a plan's own `document` rules set aside, if any.
    /// Another office's plan filed under a union title (a bank branch's, a youth league's),
    /// which a rule with `subject_terms` finds off topic: all of them, as every requirement
    /// would be missing and the other office's words (its 培训, its 服务站) would be read as the
    /// union's. A 总结 where plans are expected (a rule's `expect`; also a file of no known
    /// kind whose body the rule finds reporting the past), or an activity scheme (its
    /// `flag_kind`): those not written for its kind (`when.documents` naming it), as a report
    /// of last year, or one event's scheme, is not a plan missing a year's congress, holidays
    /// and funds. Each such rule's one finding says what the file is.
    private func contentSetAside(
        _ context: LintContext, metadata: PlanMetadata, options: LintOptions
    ) -> (reason: ContentSetAside, rules: SetAsideRules)? {
        if offTopicRules.contains(where: { entry in
            applies(pack.pack.rules[entry.rule], at: entry.rule, metadata: metadata, options: options) && context.isOffTopic(entry.terms)
        }) {
            return (.offTopic, .all)
        }
        if metadata.kind != .unknown, kindFlagRules.contains(where: { entry in
            entry.kind == metadata.kind && applies(pack.pack.rules[entry.rule], at: entry.rule, metadata: metadata, options: options)
        }) {
            return (.documentKind(metadata.kind), .unlessWrittenFor(metadata.kind))
        }
        if metadata.kind == .unknown, reportRules.contains(where: { entry in
            applies(pack.pack.rules[entry.rule], at: entry.rule, metadata: metadata, options: options) && DocumentCheck.isUntitledReport(entry.spec, context: context)
        }) {
            // A report, though still of no known kind: only the rules written for reports
            // run, if they also name `unknown` (a rule naming only summaries is for titled ones).
            return (.documentKind(.summary), .unlessWrittenFor(.summary))
        }
        return nil
    }

    private enum SetAsideRules {
        case all
        case unlessWrittenFor(DocumentKind)

        func excludes(_ rule: Rule) -> Bool {
            switch self {
            case .all: true
            case .unlessWrittenFor(let kind): !(rule.condition.documentKinds?.contains(kind) ?? false)
            }
        }
    }

    /// The kinds that judge a file as a plan (what it holds, and a plan's title), not how it is
    /// written: they are what `contentSetAside` leaves out. A report's or another office's
    /// title is no plan's title to complete; its defects (placeholders, a site's lines) are
    /// `forbid` rules and still there to remove. A rule written for the file's kind still runs
    /// (the bundled title rule names schemes, whose titles it reads as theirs).
    static func judgesContent(_ kind: RuleKind) -> Bool {
        switch kind {
        case .require, .coverage, .section, .title: true
        default: false
        }
    }

    private static func check(for kind: RuleKind, pack: CompiledPack) -> any RuleCheck {
        switch kind {
        case .require(let spec): RequireCheck(spec: spec)
        case .coverage(let spec): CoverageCheck(spec: spec)
        case .forbid(let spec): ForbidCheck(spec: spec)
        case .substitute(let spec): SubstituteCheck(spec: spec, pack: pack)
        case .section(let spec): SectionCheck(spec: spec)
        case .sequence(let spec): SequenceCheck(spec: spec)
        case .duplicate(let spec): DuplicateCheck(spec: spec)
        case .document(let spec): DocumentCheck(spec: spec)
        case .title(let spec): TitleCheck(spec: spec)
        case .pinyin: PinyinCheck()
        case .splitSpaces: SplitSpacesCheck()
        }
    }
}
