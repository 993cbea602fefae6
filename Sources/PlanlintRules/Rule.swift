import PlanlintYAML

/// One rule of a pack, as loaded and validated from a rule file. Rules are read, never
/// edited: a pack is loaded once and shared by every thread.
///
/// The fields live in one shared, immutable box: every check of every plan is handed its
/// rule and keeps it while it builds findings, and copying eighteen reference-counted
/// fields each time was 3 % of a run; copying a rule now retains one box.
public struct Rule: Sendable, Equatable {
    private let storage: RuleStorage

    /// The same for every copy of one loaded rule: a key for what is made once per rule.
    public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    public var id: String { storage.fields.id }
    public var title: String { storage.fields.title }
    public var titleEn: String? { storage.fields.titleEn }
    public var severity: Severity { storage.fields.severity }
    /// Severity of a *weak* finding; defaults to one step milder than `severity`.
    public var weakSeverity: Severity { storage.fields.weakSeverity }
    /// Chinese message; may use `{match}`, `{items}`, `{right}`, `{expected}`, `{found}`.
    public var message: String { storage.fields.message }
    public var messageEn: String { storage.fields.messageEn }
    /// Message for a weak finding; defaults to `message`.
    public var weakMessage: String? { storage.fields.weakMessage }
    public var weakMessageEn: String? { storage.fields.weakMessageEn }
    /// What a good plan writes instead.
    public var suggestion: String? { storage.fields.suggestion }
    public var suggestionEn: String? { storage.fields.suggestionEn }
    /// The regulation or practice the rule rests on.
    public var basis: String { storage.fields.basis }
    /// Profiles the rule applies to; nil for all.
    public var appliesTo: Set<OrganisationProfile>? { storage.fields.appliesTo }
    public var condition: RuleCondition { storage.fields.condition }
    public var theme: String { storage.fields.theme }
    public var kind: RuleKind { storage.fields.kind }
    public var examples: RuleExamples { storage.fields.examples }
    public var location: RuleLocation { storage.fields.location }

    public init(
        id: String, title: String, titleEn: String? = nil, severity: Severity, weakSeverity: Severity? = nil,
        message: String, messageEn: String, weakMessage: String? = nil, weakMessageEn: String? = nil,
        suggestion: String? = nil, suggestionEn: String? = nil, basis: String,
        appliesTo: Set<OrganisationProfile>? = nil, condition: RuleCondition = RuleCondition(), theme: String,
        kind: RuleKind, examples: RuleExamples = RuleExamples(), location: RuleLocation
    ) {
        storage = RuleStorage(
            RuleStorage.Fields(
                id: id, title: title, titleEn: titleEn, severity: severity, weakSeverity: weakSeverity ?? severity.milder,
                message: message, messageEn: messageEn, weakMessage: weakMessage, weakMessageEn: weakMessageEn,
                suggestion: suggestion, suggestionEn: suggestionEn, basis: basis, appliesTo: appliesTo,
                condition: condition, theme: theme, kind: kind, examples: examples, location: location))
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Whether the rule applies to a plan of this profile (an unknown profile gets every rule
    /// that is not limited to particular profiles).
    public func applies(to profile: OrganisationProfile?) -> Bool {
        guard let appliesTo else { return true }
        guard let profile else { return false }
        return appliesTo.contains(profile)
    }
}

/// Where a rule was defined.
public struct RuleLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var mark: YAMLMark

    public init(file: String, mark: YAMLMark) {
        self.file = file
        self.mark = mark
    }

    public var description: String { "\(file):\(mark.line):\(mark.column)" }
}

/// Conditions on the plan beyond its profile.
public struct RuleCondition: Sendable, Equatable {
    /// Applies only to plans for this year or later.
    public var yearFrom: Int?
    /// Applies only to plans for this year or earlier.
    public var yearUntil: Int?
    /// Applies only to documents of these kinds; nil for all.
    public var documentKinds: Set<DocumentKind>?
    /// Whether a rule with a year condition still applies when the plan year is unknown (an
    /// undated template should still not cite the 十八大 as current).
    public var appliesToUnknownYear: Bool
    /// Applies only to plans that mention one of these terms (`when: {mentions: …}`): a rule
    /// about a detail of a topic (the congress's fund report) says nothing to a plan without
    /// the topic, which the topic's own rule already reports. Judged on the text, by the
    /// linter, not by `holds`.
    public var mentions: TermSet?
    /// Does not apply to plans whose title holds one of these terms (`when: {unless_title: …}`):
    /// what a kind of plan asks for, another by its genre leaves out (a 工作要点 lists the year's
    /// key points and sets out no month-by-month schedule). Judged by the linter, on the title.
    public var unlessTitle: TermSet?

    public init(
        yearFrom: Int? = nil, yearUntil: Int? = nil, documentKinds: Set<DocumentKind>? = nil,
        appliesToUnknownYear: Bool = false, mentions: TermSet? = nil, unlessTitle: TermSet? = nil
    ) {
        self.yearFrom = yearFrom
        self.yearUntil = yearUntil
        self.documentKinds = documentKinds
        self.appliesToUnknownYear = appliesToUnknownYear
        self.mentions = mentions
        self.unlessTitle = unlessTitle
    }

    /// Whether the conditions on the plan's metadata hold (`mentions`, which needs the text,
    /// is not among them). A rule with a year condition applies to a plan of unknown year
    /// only when it says so.
    public func holds(year: Int?, kind: DocumentKind) -> Bool {
        if yearFrom != nil || yearUntil != nil {
            guard let year else { return appliesToUnknownYear }
            if let yearFrom, year < yearFrom { return false }
            if let yearUntil, year > yearUntil { return false }
        }
        if let documentKinds, !documentKinds.contains(kind) { return false }
        return true
    }
}

/// A snippet a rule must flag (`fail`) or must leave alone (`pass`).
public struct RuleExample: Sendable, Equatable {
    public var text: String
    public var profile: OrganisationProfile?
    public var year: Int?
    public var mark: YAMLMark

    public init(text: String, profile: OrganisationProfile? = nil, year: Int? = nil, mark: YAMLMark) {
        self.text = text
        self.profile = profile
        self.year = year
        self.mark = mark
    }
}

public struct RuleExamples: Sendable, Equatable {
    public var pass: [RuleExample]
    public var fail: [RuleExample]

    public init(pass: [RuleExample] = [], fail: [RuleExample] = []) {
        self.pass = pass
        self.fail = fail
    }
}
