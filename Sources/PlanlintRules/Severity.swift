/// How much a finding matters; `--fail-on` compares against it.
public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// One step milder, used for *weak* findings of a rule that sets no `weak_severity`.
    public var milder: Severity {
        switch self {
        case .error: .warning
        case .warning, .info: .info
        }
    }
}
