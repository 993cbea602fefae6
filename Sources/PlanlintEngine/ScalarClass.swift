/// A set of Unicode scalars as a bracketed class (`[0-9.\-]`, `[^。;]`) or an escape
/// (`\s`) of a pattern matches them: a bitmap for ASCII, sorted ranges beyond it, and a
/// flag for the complement.
struct ScalarClass: Sendable, Equatable {
    /// Members below U+0080 as bits (U+0000–U+003F, U+0040–U+007F), negation aside.
    private(set) var asciiLow: UInt64 = 0
    private(set) var asciiHigh: UInt64 = 0
    /// Members from U+0080 on, sorted, neither overlapping nor touching.
    private(set) var ranges: [ClosedRange<UInt32>] = []
    var negated = false

    init(negated: Bool = false) {
        self.negated = negated
    }

    /// ICU's `\s`: Unicode's White_Space (its documentation says `[\t\n\f\r\p{Z}]`, but
    /// VT and NEL match as well).
    static let whiteSpace: ScalarClass = {
        var set = ScalarClass()
        set.insert(contentsOf: UnicodeWhiteSpace.ranges)
        return set
    }()

    mutating func insert(_ range: ClosedRange<UInt32>) {
        insert(contentsOf: [range])
    }

    /// Adds many ranges at once: one sort and merge, however many (a property can have
    /// hundreds).
    mutating func insert(contentsOf added: [ClosedRange<UInt32>]) {
        var merged = ranges
        for range in added {
            var low = range.lowerBound
            while low <= range.upperBound && low < 0x80 {
                if low < 64 { asciiLow |= 1 << UInt64(low) } else { asciiHigh |= 1 << UInt64(low - 64) }
                low += 1
            }
            if low <= range.upperBound { merged.append(low...range.upperBound) }
        }
        merged.sort { $0.lowerBound < $1.lowerBound }
        ranges = []
        for next in merged {
            if let last = ranges.last, next.lowerBound <= last.upperBound &+ 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, next.upperBound)
            } else {
                ranges.append(next)
            }
        }
    }

    /// Adds every member of `other` (its complement when it is negated).
    mutating func formUnion(_ other: ScalarClass) {
        insert(contentsOf: other.members)
    }

    /// The scalars matched, as ranges over all of Unicode.
    var members: [ClosedRange<UInt32>] {
        var positive: [ClosedRange<UInt32>] = []
        var scalar: UInt32 = 0
        while scalar < 0x80 {
            if containsIgnoringNegation(scalar) {
                var last = scalar
                while last + 1 < 0x80, containsIgnoringNegation(last + 1) { last += 1 }
                positive.append(scalar...last)
                scalar = last
            }
            scalar += 1
        }
        positive += ranges
        guard negated else { return positive }
        var complement: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in positive {
            if range.lowerBound > next { complement.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10FFFF { complement.append(next...0x10FFFF) }
        return complement
    }

    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        containsIgnoringNegation(scalar) != negated
    }

    @inline(__always)
    private func containsIgnoringNegation(_ scalar: UInt32) -> Bool {
        if scalar < 64 { return asciiLow >> UInt64(scalar) & 1 == 1 }
        if scalar < 128 { return asciiHigh >> UInt64(scalar - 64) & 1 == 1 }
        // Asked while programs are built (and by the tests); matching reads the flattened
        // copy in `RegexProgram.classWords`, which searches long range lists.
        for range in ranges {
            if scalar < range.lowerBound { return false }
            if scalar <= range.upperBound { return true }
        }
        return false
    }
}
