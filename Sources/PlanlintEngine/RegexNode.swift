/// A pattern of the ICU subset `BacktrackingRegex` runs, as parsed by `RegexSubsetParser`.
indirect enum RegexNode: Equatable {
    /// One scalar, as its UTF-8 bytes.
    case literal([UInt8])
    case scalarClass(ScalarClass)
    /// `.`: any scalar but a line terminator.
    case anyScalar
    /// `^` (the start of the line).
    case lineStart
    /// `$` (the end of the line, or before a line terminator that ends it).
    case lineEnd
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// Greedy unless `lazy`; `max` nil: unbounded.
    case repetition(RegexNode, min: Int, max: Int?, lazy: Bool)
    case lookaround(RegexNode, behind: Bool, negated: Bool)

    /// Fewest scalars a match consumes.
    var minLength: Int {
        switch self {
        case .literal, .scalarClass, .anyScalar: 1
        case .lineStart, .lineEnd, .lookaround: 0
        case .sequence(let items): items.reduce(0) { $0 + $1.minLength }
        case .alternation(let branches): branches.map(\.minLength).min() ?? 0
        case .repetition(let item, let min, _, _): item.minLength * min
        }
    }

    /// Most scalars a match consumes, nil when unbounded.
    var maxLength: Int? {
        switch self {
        case .literal, .scalarClass, .anyScalar: return 1
        case .lineStart, .lineEnd, .lookaround: return 0
        case .sequence(let items):
            var total = 0
            for item in items {
                guard let length = item.maxLength else { return nil }
                total += length
            }
            return total
        case .alternation(let branches):
            var longest = 0
            for branch in branches {
                guard let length = branch.maxLength else { return nil }
                longest = max(longest, length)
            }
            return longest
        case .repetition(let item, _, let max, _):
            guard let length = item.maxLength else { return nil }
            if length == 0 { return 0 }
            return max.map { $0 * length }
        }
    }

    /// Whether a lazy quantifier occurs anywhere inside (ICU refuses them in look-behind).
    var holdsLazyRepetition: Bool {
        switch self {
        case .literal, .scalarClass, .anyScalar, .lineStart, .lineEnd: false
        case .lookaround(let body, _, _): body.holdsLazyRepetition
        case .sequence(let items), .alternation(let items): items.contains { $0.holdsLazyRepetition }
        case .repetition(let item, _, _, let lazy): lazy || item.holdsLazyRepetition
        }
    }
}
