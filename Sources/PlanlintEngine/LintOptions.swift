import PlanlintRules

/// Choices that change how a plan is linted, from flags and `.planlint.yaml`.
public struct LintOptions: Sendable, Equatable {
    /// Overrides the detected organisation profile.
    public var profile: OrganisationProfile?
    /// Overrides the plan year read from the title.
    public var year: Int?
    public var disabledRules: Set<String>
    public var severityOverrides: [String: Severity]
    /// When set, only these rules run (rule self-tests use it).
    public var onlyRules: Set<String>?
    /// Keep each document in its report, for reporters that show the text.
    public var keepDocuments: Bool
    /// Findings below this severity (after `severityOverrides`) keep their rule, message,
    /// severity and position but get no evidence excerpt and no section path: for a run that
    /// prints only the severer ones and counts the rest (`--quiet`), where cutting excerpts
    /// and naming sections for findings nobody sees was a twentieth of the time.
    public var detailSeverity: Severity
    /// Whether suppression comments in the plans (`<!-- planlint-disable … -->`) drop findings.
    public var honoursSuppressions: Bool
    /// Whether a passed `require` or `coverage` check keeps where it was satisfied
    /// (`CheckResult.satisfiedAt`): for the reports that print it (JSON, HTML). Off, a pass
    /// costs nothing more; on, placing and quoting it is a finding's work per pass.
    public var recordsPassPlaces: Bool

    public init(
        profile: OrganisationProfile? = nil, year: Int? = nil, disabledRules: Set<String> = [],
        severityOverrides: [String: Severity] = [:], onlyRules: Set<String>? = nil, keepDocuments: Bool = false,
        detailSeverity: Severity = .info, honoursSuppressions: Bool = true, recordsPassPlaces: Bool = false
    ) {
        self.profile = profile
        self.year = year
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
        self.onlyRules = onlyRules
        self.keepDocuments = keepDocuments
        self.detailSeverity = detailSeverity
        self.honoursSuppressions = honoursSuppressions
        self.recordsPassPlaces = recordsPassPlaces
    }

    /// What `.planlint.yaml` says of a run: its profile, year, disabled rules, severities and
    /// suppressions (the CLI's flags then win over these).
    public init(configuration: Configuration) {
        self.init(
            profile: configuration.profile, year: configuration.year, disabledRules: Set(configuration.disabledRules),
            severityOverrides: configuration.severityOverrides, honoursSuppressions: !configuration.ignoreSuppressions)
    }
}
