import PlanlintDocument

/// A pattern of the subset `RegexSubsetParser` reads, matched on the UTF-8 bytes of each
/// line by `Backtracker`, with ICU's results.
///
/// ICU reads UTF-16: every line a pattern looked at was transcoded first, and each match
/// went back to bytes through a table; with the matcher itself that was a tenth of linting
/// a plan. Here a line is searched where it lies, from the bytes a match can start with.
final class BacktrackingRegex: CompiledRegex, @unchecked Sendable {
    private let program: RegexProgram
    /// For lines whose visited set would pass `largestVisitedSet` bits.
    private let longLines: LazyRegex

    /// A line needs a bit per instruction and byte; past this (a 16 KB paragraph for a
    /// pattern of 60 instructions) ICU's matcher, which needs none, takes the line.
    static let largestVisitedSet = 1 << 20

    /// Nil when the pattern is outside the subset.
    init?(_ pattern: String) {
        guard let node = try? RegexSubsetParser.parse(pattern), let program = try? RegexProgram(node) else { return nil }
        self.program = program
        longLines = LazyRegex(pattern, allowsNative: false)
    }

    func matches(in text: RegexText, regions: [Range<Int>]) -> [Range<Int>] {
        matches(in: text, regions: regions, starts: nil)
    }

    /// The literals every match starts with, as bytes (however many: the caller finds them
    /// all in one pass), when the pattern is not anchored: `matches(in:regions:startingAt:)`
    /// can then be told where they lie.
    var startLiteralBytes: [[UInt8]]? {
        guard !program.anchored, let literals = program.leadingLiterals else { return nil }
        return literals.map { Array(program.literalBytes[$0]) }
    }

    /// The same matches, tried only at `starts`: ascending, each once, every place in the
    /// regions where one of `startLiteralBytes` lies among them (places where none does are
    /// tried in vain). The caller's automaton has found them all already; searching each line
    /// for each literal again was a tenth of matching. Not for a text holding fillers.
    func matches(in text: RegexText, regions: [Range<Int>], startingAt starts: [Int]) -> [Range<Int>] {
        precondition(!program.anchored && program.leadingLiterals != nil && !text.holdsFillers)
        return matches(in: text, regions: regions, starts: starts)
    }

    private func matches(in text: RegexText, regions: [Range<Int>], starts: [Int]?) -> [Range<Int>] {
        // A pattern anchored at the line's start reads no further than its extent (four bytes
        // a scalar): the rest of a long line is neither searched nor given visited bits, so
        // `^…` costs the same on a pasted plan's one long line as on a short one.
        // Fillers of hidden pinyin lengthen what a match spans in bytes: no windows then.
        let regions = text.holdsFillers ? regions : windows(regions, in: text)
        var found: [Range<Int>] = []
        var longest = 0
        for region in regions where visitedBits(region.count) <= Self.largestVisitedSet { longest = max(longest, region.count) }
        program.instructions.withUnsafeBufferPointer { instructions in
            program.literalBytes.withUnsafeBufferPointer { literals in
                program.classWords.withUnsafeBufferPointer { classWords in
                    text.bytes.withUnsafeBufferPointer { bytes in
                        // The text's scratch: a stack that keeps its capacity and a visited set
                        // that every search leaves clear, from one pattern to the next.
                        let scratch = text.scratch
                        scratch.reserveVisited(words: Backtracker.visitedWords(program, longestLine: longest))
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Backtracker.behindWords(program)) { behind in
                            var backtracker = Backtracker(
                                program: program, instructions: instructions, literals: literals, classWords: classWords,
                                bytes: bytes, visited: scratch.visited, behindVisited: behind, skipsFillers: text.holdsFillers,
                                stack: scratch.takeStack())
                            backtracker.assumeClear(words: scratch.clearWords, longestLine: longest)
                            var next = StartCursor(starts)
                            for region in regions where !region.isEmpty {
                                if visitedBits(region.count) > Self.largestVisitedSet {
                                    found += longLines.regex?.matches(in: text, regions: [region]) ?? []
                                    continue
                                }
                                // A line where no match can start is not begun.
                                if next.isKnown, next.first(atOrAfter: region.lowerBound, before: region.upperBound) == nil { continue }
                                backtracker.begin(line: region)
                                search(region, in: bytes, with: &backtracker, acrossFillers: text.holdsFillers, next: &next) {
                                    // Room for a few at the first: a list grown from one
                                    // place was copied at the second, third and fifth match.
                                    if found.isEmpty { found.reserveCapacity(8) }
                                    found.append($0)
                                }
                            }
                            backtracker.forget()
                            scratch.clearWords = Swift.max(scratch.clearWords, backtracker.clearWords)
                            scratch.stack = backtracker.stack
                        }
                    }
                }
            }
        }
        return found
    }

    /// For a pattern anchored at the line's start with a bounded extent, the bytes from the
    /// start a match can read; nil otherwise.
    var anchoredReach: Int? {
        guard program.anchored, let extent = program.maxExtent else { return nil }
        return 4 * extent
    }

    /// Each region cut to where an anchored match could reach, ending on a scalar boundary.
    private func windows(_ regions: [Range<Int>], in text: RegexText) -> [Range<Int>] {
        guard let reach = anchoredReach else { return regions }
        return regions.map { region in
            guard region.count > reach else { return region }
            var end = region.lowerBound + reach
            while end > region.lowerBound, text.bytes[end] & 0xC0 == 0x80 { end -= 1 }
            return region.lowerBound..<end
        }
    }

    /// Bits of the visited set for a line of `length` bytes.
    func visitedBits(_ length: Int) -> Int {
        program.instructions.count * (length + 1)
    }

    /// ICU's `findNext` over one line: each search starts where the last match ended, or a
    /// scalar further after an empty one; empty matches are not reported.
    /// `acrossFillers`: the text holds the fillers of hidden pinyin, so no match starts on one
    /// and starts are not found by searching for the literals a match begins with (a filler
    /// may stand inside them).
    private func search(
        _ line: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, with backtracker: inout Backtracker, acrossFillers: Bool,
        next: inout StartCursor, _ report: (Range<Int>) -> Void
    ) {
        var from = line.lowerBound
        while from <= line.upperBound {
            guard let (start, end) = firstMatch(from: from, line, bytes, &backtracker, acrossFillers: acrossFillers, next: &next)
            else { return }
            if end > start {
                report(start..<end)
                from = end
            } else {
                from = start + (start < line.upperBound ? UTF8Scalar.length(ofLead: bytes[start]) : 1)
            }
            backtracker.forget()
            if program.anchored { return }
        }
    }

    /// The leftmost match starting at or after `from`.
    private func firstMatch(
        from: Int, _ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ backtracker: inout Backtracker, acrossFillers: Bool,
        next: inout StartCursor
    ) -> (Int, Int)? {
        if program.anchored {
            guard from == line.lowerBound else { return nil }
            let end = backtracker.match(at: from)
            return end >= 0 ? (from, end) : nil
        }
        if next.isKnown {
            while let start = next.first(atOrAfter: from, before: line.upperBound) {
                let end = backtracker.match(at: start)
                if end >= 0 { return (start, end) }
                next.skip()
            }
            return nil
        }
        if !acrossFillers, let literals = program.startLiterals {
            // Every match starts with one of a few literals (at most eight): try only where
            // they lie, each found by the C library's byte search. Where each lies next is
            // kept on the stack: an array of them was an allocation per line and per match.
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: literals.count) { next -> (Int, Int)? in
                for (index, literal) in literals.enumerated() {
                    next.initializeElement(at: index, to: find(literal, from: from, before: line.upperBound, bytes) ?? Int.max)
                }
                while true {
                    let start = next.min() ?? Int.max
                    if start == Int.max { return nil }
                    let end = backtracker.match(at: start)
                    if end >= 0 { return (start, end) }
                    for (index, literal) in literals.enumerated() where next[index] == start {
                        next[index] = find(literal, from: start + 1, before: line.upperBound, bytes) ?? Int.max
                    }
                }
            }
        }
        return program.startBytes.withUnsafeBufferPointer { starts in
            var start = from
            while true {
                if acrossFillers {
                    while start < line.upperBound && (!starts[Int(bytes[start])] || bytes[start] == PinyinAnnotations.filler) { start += 1 }
                } else {
                    while start < line.upperBound && !starts[Int(bytes[start])] { start += 1 }
                }
                if start == line.upperBound && !program.matchesEmpty { return nil }
                let end = backtracker.match(at: start)
                if end >= 0 { return (start, end) }
                if start == line.upperBound { return nil }
                start += UTF8Scalar.length(ofLead: bytes[start])
            }
        }
    }

    private func find(_ literal: Range<Int>, from start: Int, before end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        program.literalBytes.withUnsafeBufferPointer { literalBytes in
            UTF8Search.firstIndex(
                of: UnsafeBufferPointer(rebasing: literalBytes[literal]), in: UnsafeBufferPointer(rebasing: bytes[start..<end])
            ).map { start + $0 }
        }
    }
}
