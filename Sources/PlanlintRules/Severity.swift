/// How much a finding matters; `--fail-on` compares against it.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.rank < rhs.rank
    }

    // A switch, not the case's place in `allCases`: reporters compare every finding's
    // severity, and searching the array cost a hundred instructions a comparison.
    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// One step milder, used for *weak* findings of a rule that sets no `weak_severity`.
    public var milder: Severity {
        switch self {
        case .error: .warning
        case .warning, .info: .info
        }
    }
}
