import PlanlintDocument

/// The outcome of one rule that applied to a file: reviewers and JUnit need the passes too.
public struct CheckResult: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        case passed
        case weak
        case missing
        case defect
    }

    /// Where a passed check found what satisfied it: the first occurrence that did, placed
    /// and quoted as a finding is (its start in the original file, the line cut around it).
    /// A reviewer jumps to the passage that covers a requirement; an audit reads whether the
    /// word there really covers it or only mentions it in passing.
    public struct Place: Sendable, Equatable {
        public var start: SourcePosition
        /// The original line around the occurrence, cut as a finding's evidence is.
        public var evidence: String

        public init(start: SourcePosition, evidence: String) {
            self.start = start
            self.evidence = evidence
        }
    }

    public var ruleID: String
    public var theme: String
    public var status: Status
    /// For coverage rules: the items found and missing, by name.
    public var itemsFound: [String]
    public var itemsMissing: [String]
    /// For a passed `require` or `coverage` check, where it was satisfied; nil for any other
    /// status or kind, and unless the run asked for it (`LintOptions.recordsPassPlaces`).
    public var satisfiedAt: Place? {
        get { placeLine > 0 ? Place(start: SourcePosition(line: placeLine, column: placeColumn), evidence: placeEvidence) : nil }
        set {
            placeLine = newValue?.start.line ?? 0
            placeColumn = newValue?.start.column ?? 0
            placeEvidence = newValue?.evidence ?? ""
        }
    }

    // The place is kept as plain fields, 0 and "" for none: an optional struct holding a
    // string made every result dearer to make and hand back (about 300 instructions a check,
    // 0.7 % of a `--quiet` run, though no place was kept).
    private var placeLine = 0
    private var placeColumn = 0
    private var placeEvidence = ""

    public init(
        ruleID: String, theme: String, status: Status, itemsFound: [String] = [], itemsMissing: [String] = [],
        satisfiedAt: Place? = nil
    ) {
        self.ruleID = ruleID
        self.theme = theme
        self.status = status
        self.itemsFound = itemsFound
        self.itemsMissing = itemsMissing
        if let satisfiedAt { self.satisfiedAt = satisfiedAt }
    }
}
