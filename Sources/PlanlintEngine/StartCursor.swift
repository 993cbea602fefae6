/// Walks the places where a pattern's matches may start (`BacktrackingRegex.matches(in:
/// regions:startingAt:)`), forward only: regions come in order, and so do the searches
/// within each.
struct StartCursor {
    /// Ascending places; empty and unknown when `isKnown` is false.
    private let starts: [Int]
    private var index = 0
    /// Whether the places are known; otherwise the matcher finds them itself.
    let isKnown: Bool

    init(_ starts: [Int]?) {
        self.starts = starts ?? []
        isKnown = starts != nil
    }

    /// The first place at or after `lower` and before `upper`, the cursor left on it; nil
    /// when there is none (the cursor then stays on the first place from `lower` on).
    mutating func first(atOrAfter lower: Int, before upper: Int) -> Int? {
        while index < starts.count, starts[index] < lower { index += 1 }
        return index < starts.count && starts[index] < upper ? starts[index] : nil
    }

    /// Moves past the place `first` gave.
    mutating func skip() { index += 1 }
}
