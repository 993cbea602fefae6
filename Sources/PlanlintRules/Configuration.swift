/// Project settings from `.planlint.yaml`; command-line flags override them.
public struct Configuration: Sendable, Equatable {
    /// Settings that apply to the files matching a glob.
    public struct Override: Sendable, Equatable {
        public var files: [String]
        public var disable: [String]
        public var profile: OrganisationProfile?
        public var year: Int?

        public init(files: [String], disable: [String] = [], profile: OrganisationProfile? = nil, year: Int? = nil) {
            self.files = files
            self.disable = disable
            self.profile = profile
            self.year = year
        }
    }

    /// The file the settings came from; nil for defaults.
    public var path: String?
    /// Rule folders, resolved against the configuration file's folder.
    public var ruleDirectories: [String]
    /// Whether the bundled pack is used besides `ruleDirectories`.
    public var includeBundled: Bool
    public var profile: OrganisationProfile?
    public var year: Int?
    public var disabledRules: [String]
    public var severityOverrides: [String: Severity]
    /// Globs of paths not to lint, relative to the configuration file's folder.
    public var ignore: [String]
    public var failOn: String?
    public var language: String?
    /// Largest document, in bytes, planlint reads; nil for the default (20 MB).
    public var maxFileSize: Int?
    /// Whether `<!-- planlint-disable … -->` comments in the plans are ignored: a reviewer's
    /// run over submitted plans should not let a plan silence its own findings.
    public var ignoreSuppressions = false
    public var overrides: [Override]

    public init(
        path: String? = nil, ruleDirectories: [String] = [], includeBundled: Bool = true, profile: OrganisationProfile? = nil,
        year: Int? = nil, disabledRules: [String] = [], severityOverrides: [String: Severity] = [:], ignore: [String] = [],
        failOn: String? = nil, language: String? = nil, overrides: [Override] = []
    ) {
        self.path = path
        self.ruleDirectories = ruleDirectories
        self.includeBundled = includeBundled
        self.profile = profile
        self.year = year
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
        self.ignore = ignore
        self.failOn = failOn
        self.language = language
        self.overrides = overrides
    }

    /// Rule ids the configuration names (to disable, re-rate or override) that the pack lacks:
    /// a typo there would otherwise silently do nothing.
    public func unknownRuleIDs(in pack: RulePack) -> [String] {
        let known = Set(pack.rules.map(\.id))
        let named = disabledRules + severityOverrides.keys.sorted() + overrides.flatMap(\.disable)
        var seen = Set<String>()
        return named.filter { !known.contains($0) && seen.insert($0).inserted }
    }
}
