/// What `BacktrackingRegex` keeps from one search to the next on one text (`RegexText`): the
/// stack of pending alternatives, and the visited set with how much of it is known clear.
///
/// Made for each pattern a document ran, the stack was an allocation and a free (5,359 over
/// the 100-file sample), and the visited set was cleared whole, or past 4 KB taken from the
/// heap and cleared a position at a time, before each. A search leaves every bit it set
/// clear again and clears the bits it reaches past the clear part first, so the clear part
/// only grows: each word is cleared once a document, whatever the patterns' lengths.
final class BacktrackScratch {
    /// Pending alternatives; empty between searches, its capacity kept.
    var stack: [Int] = []
    /// Clear in its first `clearWords` words; the rest as the heap gave it.
    private(set) var visited = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    var clearWords = 0 {
        didSet { clearWords = Swift.min(clearWords, visited.count) }
    }

    init() {
        stack.reserveCapacity(128)
    }

    /// Makes `visited` at least `words` words long (a longer set is not cleared: the search
    /// clears what it reaches past `clearWords`).
    func reserveVisited(words: Int) {
        guard visited.count < words else { return }
        visited.deallocate()
        visited = .allocate(capacity: Swift.max(words, 2 * visited.count, 64))
        clearWords = 0
    }

    /// The stack, for one search to use alone (`stack` is empty meanwhile).
    func takeStack() -> [Int] {
        var taken: [Int] = []
        swap(&taken, &stack)
        return taken
    }

    deinit {
        visited.deallocate()
    }
}
