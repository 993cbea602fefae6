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

    /// Most scalars a match reads from where it starts, look-ahead bodies included (they read
    /// past the match); nil when unbounded, or when the pattern tests for the line's end,
    /// which a search confined to the first scalars of a line could not tell.
    var maxExtent: Int? {
        switch self {
        case .literal, .scalarClass, .anyScalar: return 1
        case .lineStart: return 0
        case .lineEnd: return nil
        case .lookaround(let body, let behind, _): return behind ? (body.contains(.lineEnd) ? nil : 0) : body.maxExtent
        case .sequence(let items):
            var total = 0
            var reading = 0
            for item in items {
                guard let extent = item.maxExtent else { return nil }
                // A look-ahead reads from here without moving on.
                if case .lookaround(_, false, _) = item {
                    reading = max(reading, total + extent)
                } else {
                    total += extent
                }
            }
            return max(total, reading)
        case .alternation(let branches):
            var longest = 0
            for branch in branches {
                guard let extent = branch.maxExtent else { return nil }
                longest = max(longest, extent)
            }
            return longest
        case .repetition(let item, _, let max, _):
            guard let extent = item.maxExtent, let max else { return nil }
            return extent * max
        }
    }

    /// Whether `node` occurs anywhere inside.
    func contains(_ node: RegexNode) -> Bool {
        if self == node { return true }
        switch self {
        case .literal, .scalarClass, .anyScalar, .lineStart, .lineEnd: return false
        case .lookaround(let body, _, _), .repetition(let body, _, _, _): return body.contains(node)
        case .sequence(let items), .alternation(let items): return items.contains { $0.contains(node) }
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
