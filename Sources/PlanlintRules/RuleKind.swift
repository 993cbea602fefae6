/// What a rule checks. Each case carries the fields of that kind; docs/rules.md describes them.
public enum RuleKind: Sendable, Equatable {
    case require(RequireSpec)
    case coverage(CoverageSpec)
    case forbid(ForbidSpec)
    case substitute(SubstituteSpec)
    case section(SectionSpec)
    case sequence(SequenceSpec)
    case duplicate(DuplicateSpec)
    case document(DocumentSpec)
    case title(TitleSpec)
    /// Pinyin a web page printed after characters (學(xué)習(xí)): one finding a line that holds
    /// some, with a fix that removes them. The reader finds them (`PinyinAnnotations`).
    case pinyin
    /// The spaces a PDF's extraction put between characters (工 会 经 费): one finding a line
    /// that holds some, with a fix that removes them. The reader finds them (`SplitWordSpaces`).
    case splitSpaces

    /// The name used for the kind in rule files.
    public var name: String {
        switch self {
        case .require: "require"
        case .coverage: "coverage"
        case .forbid: "forbid"
        case .substitute: "substitute"
        case .section: "section"
        case .sequence: "sequence"
        case .duplicate: "duplicate"
        case .document: "document"
        case .title: "title"
        case .pinyin: "pinyin"
        case .splitSpaces: "split-spaces"
        }
    }

    public static let names = [
        "require", "coverage", "forbid", "substitute", "section", "sequence", "duplicate", "document", "title", "pinyin",
        "split-spaces",
    ]
}

/// The plan must mention something; without the `weak_unless` signals the mention is weak.
public struct RequireSpec: Sendable, Equatable {
    public var match: TermSet
    /// A mention overlapped by one of these is no mention (工会经费 in 工会经费税务代收: the
    /// dues collected, not the union's budget).
    public var except: TermSet?
    /// Terms that must occur together with a `match` term within `withScope`.
    public var with: TermSet?
    public var withScope: MatchScope
    /// Whether a mention inside an entry of the month-by-month schedule counts without `with`:
    /// the schedule plans what it lists for its month (二月：本院职代会).
    public var withInSchedule: Bool
    /// Only mentions inside sections whose heading matches count.
    public var inSections: TermSet?
    public var weakUnless: SignalRequirement?
    public var weakScope: MatchScope
    /// Where a mention in a heading on a line of its own looks for `weakUnless`.
    public var weakHeadingScope: HeadingScope

    public init(
        match: TermSet, except: TermSet? = nil, with: TermSet? = nil, withScope: MatchScope = .sentence, withInSchedule: Bool = false,
        inSections: TermSet? = nil, weakUnless: SignalRequirement? = nil, weakScope: MatchScope = .paragraph,
        weakHeadingScope: HeadingScope = .body
    ) {
        self.match = match
        self.except = except
        self.with = with
        self.withScope = withScope
        self.withInSchedule = withInSchedule
        self.inSections = inSections
        self.weakUnless = weakUnless
        self.weakScope = weakScope
        self.weakHeadingScope = weakHeadingScope
    }
}

/// One named item of a coverage rule (a holiday, a duty), found by any of its terms.
public struct CoverageItem: Sendable, Equatable {
    public var name: String
    public var nameEn: String?
    public var match: TermSet
    /// Profiles the item applies to; nil for all.
    public var appliesTo: Set<OrganisationProfile>?
    /// The first plan year the item is asked of (a day instituted that year, 医师节 in 2018);
    /// nil for every year. A plan of unknown year is asked.
    public var yearFrom: Int?

    public init(
        name: String, nameEn: String? = nil, match: TermSet, appliesTo: Set<OrganisationProfile>? = nil, yearFrom: Int? = nil
    ) {
        self.name = name
        self.nameEn = nameEn
        self.match = match
        self.appliesTo = appliesTo
        self.yearFrom = yearFrom
    }

    /// Whether a plan of `profile` and `year` is asked for the item.
    public func applies(to profile: OrganisationProfile?, year: Int?) -> Bool {
        if let appliesTo, !(profile.map(appliesTo.contains) ?? false) { return false }
        if let yearFrom, let year, year < yearFrom { return false }
        return true
    }
}

/// The plan should cover named items; `min` items (default: all that apply) must be present.
public struct CoverageSpec: Sendable, Equatable {
    public var items: [CoverageItem]
    public var min: Int?
    public var inSections: TermSet?

    public init(items: [CoverageItem], min: Int? = nil, inSections: TermSet? = nil) {
        self.items = items
        self.min = min
        self.inSections = inSections
    }
}

/// Terms or patterns that must not appear; each occurrence is a defect.
public struct ForbidSpec: Sendable, Equatable {
    public var match: TermSet
    /// A match overlapped by one of these is allowed (到达 in 到达现场).
    public var except: TermSet?
    /// Report a match only when the year written in it differs from the plan year
    /// ("2023年工作要点" inside a plan for 2025).
    public var onlyOtherYears: Bool

    public init(match: TermSet, except: TermSet? = nil, onlyOtherYears: Bool = false) {
        self.match = match
        self.except = except
        self.onlyOtherYears = onlyOtherYears
    }
}

/// A wrong → right pair of a substitution rule.
public struct Substitution: Sendable, Equatable {
    public var wrong: String
    public var right: String

    public init(wrong: String, right: String) {
        self.wrong = wrong
        self.right = right
    }
}

/// Known wrong words with their fixes; every finding carries the replacement.
public struct SubstituteSpec: Sendable, Equatable {
    public var pairs: [Substitution]
    public var except: TermSet?

    public init(pairs: [Substitution], except: TermSet? = nil) {
        self.pairs = pairs
        self.except = except
    }
}

/// A section whose heading matches must exist, with enough and concrete content.
public struct SectionSpec: Sendable, Equatable {
    public var heading: TermSet
    /// Fewer characters of body than this makes the section weak.
    public var minChars: Int?
    public var weakUnless: SignalRequirement?
    /// A month-by-month or quarterly schedule satisfies the rule too.
    public var acceptSchedule: Bool

    public init(heading: TermSet, minChars: Int? = nil, weakUnless: SignalRequirement? = nil, acceptSchedule: Bool = false) {
        self.heading = heading
        self.minChars = minChars
        self.weakUnless = weakUnless
        self.acceptSchedule = acceptSchedule
    }
}

/// Heading numbers must run on without gaps or repeats among siblings.
public struct SequenceSpec: Sendable, Equatable {
    /// Numbering styles to check (see `SequenceSpec.styleNames`); nil for all.
    public var styles: [String]?

    public init(styles: [String]? = nil) {
        self.styles = styles
    }

    /// The style names rule files may use; they match the document model's numbering styles.
    public static let styleNames = [
        "chinese", "parenChinese", "arabic", "parenArabic", "circled", "ordinal", "enumeration", "month", "part",
    ]
}

/// Paragraphs of at least `minChars` characters must not repeat.
public struct DuplicateSpec: Sendable, Equatable {
    public var minChars: Int

    public init(minChars: Int) {
        self.minChars = minChars
    }
}

/// Checks on the document as a whole: is it a plan at all, and is it one plan.
public struct DocumentSpec: Sendable, Equatable {
    /// The kind of document expected; a title or body that reads as the other kind is a defect.
    public var expect: DocumentKind?
    /// Words that report the past (取得了, 总结如下); counted against `planTerms`.
    public var summaryTerms: TermSet?
    /// Words that plan the future (将, 力争, 计划).
    public var planTerms: TermSet?
    /// Fewest summary words before the body alone can make a document a summary.
    public var minSummaryTerms: Int
    /// Titles that mark one part of a multi-part file as a summary (工作总结).
    public var summaryTitles: TermSet?
    /// Most plans one file may hold (篇一, 篇二 … count as one each).
    public var maxParts: Int?
    /// Words of a union's own work (职工, 会员, 职代会): a body of some length with none of them
    /// outside its title and part headings is another office's plan filed under a union title.
    public var subjectTerms: TermSet?
    /// Headings of a plan's look back at last year (工作回顾, 去年工作): in a file whose title
    /// names a plan, the words of such sections weigh neither way.
    public var reviewHeadings: TermSet?
    /// Whether a plan word in a clause that also holds a summary word (继续开展了, 进一步提高了)
    /// is left uncounted: the clause tells what was done.
    public var ignorePlanTermsInSummaryClauses: Bool
    /// A kind of document reported as such (an activity scheme where annual plans are
    /// expected); on a document of this kind the rules that judge what a plan holds run only
    /// when their `when.documents` names it.
    public var flagKind: DocumentKind?
    /// Whether text that stops in mid-sentence is a defect: a page's preview copied without its
    /// hidden rest ends its last paragraph in the middle of a clause.
    public var unfinishedEnd: Bool

    /// The kind a document must not be when `expect` is given: a 总结 where a plan is expected,
    /// a plan where a 总结 is.
    public var unexpectedKind: DocumentKind? { expect.map { $0 == .plan ? .summary : .plan } }

    /// The kinds this rule reports a whole document as (`unexpectedKind`, `flagKind`). On such a
    /// document the rules that judge what a plan holds run only when their `when.documents`
    /// names its kind: a 总结 or one event's scheme filed as the year's plan is reported once,
    /// not also as a plan missing all it should hold.
    public var reportedKinds: [DocumentKind] { [unexpectedKind, flagKind].compactMap { $0 } }

    public init(
        expect: DocumentKind? = nil, summaryTerms: TermSet? = nil, planTerms: TermSet? = nil, minSummaryTerms: Int = 3,
        summaryTitles: TermSet? = nil, maxParts: Int? = nil, subjectTerms: TermSet? = nil, reviewHeadings: TermSet? = nil,
        ignorePlanTermsInSummaryClauses: Bool = false, flagKind: DocumentKind? = nil, unfinishedEnd: Bool = false
    ) {
        self.flagKind = flagKind
        self.unfinishedEnd = unfinishedEnd
        self.expect = expect
        self.summaryTerms = summaryTerms
        self.planTerms = planTerms
        self.minSummaryTerms = minSummaryTerms
        self.summaryTitles = summaryTitles
        self.maxParts = maxParts
        self.subjectTerms = subjectTerms
        self.reviewHeadings = reviewHeadings
        self.ignorePlanTermsInSummaryClauses = ignorePlanTermsInSummaryClauses
    }
}

/// The title must name the unit, the year and the kind of document (XX工会2025年工作计划).
public struct TitleSpec: Sendable, Equatable {
    /// Words naming the document type (工作计划, 要点, 方案).
    public var typeTerms: TermSet
    /// Words that end a unit's name (工会, 委员会, 学校); nil to skip the unit check.
    public var unitTerms: TermSet?
    /// Words that name a kind of unit or a period, not a unit (学校, 社区, 总, 学年): a title
    /// whose words before its first unit term are only these, a year and marks names no unit
    /// (2025年社区工会工作计划, 幼儿园工会工作计划); nil to accept any words there.
    public var genericUnits: TermSet?
    /// The patterns of `genericUnits`, the part of it the pack compiles (nil without any).
    public var genericUnitPatterns: TermSet? {
        guard let patterns = genericUnits?.patterns, !patterns.isEmpty else { return nil }
        return TermSet(patterns: patterns)
    }
    public var requireYear: Bool

    public init(typeTerms: TermSet, unitTerms: TermSet? = nil, genericUnits: TermSet? = nil, requireYear: Bool = true) {
        self.typeTerms = typeTerms
        self.unitTerms = unitTerms
        self.genericUnits = genericUnits
        self.requireYear = requireYear
    }
}
