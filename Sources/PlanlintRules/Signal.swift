/// Evidence that a mention is concrete rather than a slogan.
public enum Signal: String, CaseIterable, Sendable, Codable {
    /// A month, date, term, quarter or half-year: 3月, 上半年, 第二季度, 新学期.
    case time
    /// Any figure: 12次, 95%, 三场.
    case number
    /// Money: 5000元, 2.5万元.
    case amount
    /// Someone responsible: 负责, 牵头, 责任人.
    case owner
}

/// What must accompany a mention for it to count as concrete. Satisfied when any of the
/// built-in signals or any of the extra terms (named vocabularies) occurs in scope.
public struct SignalRequirement: Sendable, Equatable {
    public var signals: [Signal]
    public var terms: TermSet
    /// The names as written, for messages (`time`, `audit`).
    public var names: [String]

    public init(signals: [Signal], terms: TermSet, names: [String]) {
        self.signals = signals
        self.terms = terms
        self.names = names
    }
}

/// How far from a mention the engine looks for co-occurring terms or signals.
public enum MatchScope: String, CaseIterable, Sendable, Codable {
    case sentence
    case paragraph
    case section
    case document
}
