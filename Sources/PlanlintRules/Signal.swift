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

    /// How messages name the signal in Chinese.
    public var chineseName: String {
        switch self {
        case .time: "时间"
        case .number: "数量"
        case .amount: "金额"
        case .owner: "责任人"
        }
    }
}

/// What must accompany a mention for it to count as concrete. Satisfied when any of the
/// built-in signals or any of the extra terms (named vocabularies) occurs in scope.
public struct SignalRequirement: Sendable, Equatable {
    public var signals: [Signal]
    public var terms: TermSet
    /// The names as written (`time`, `audit`).
    public var names: [String]

    /// The names for Chinese messages: built-in signals in Chinese, vocabularies as written.
    public var chineseNames: [String] {
        names.map { Signal(rawValue: $0)?.chineseName ?? $0 }
    }

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
