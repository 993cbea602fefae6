import PlanlintDocument

/// Runs a `RegexProgram` on the UTF-8 bytes of a text, line by line, depth first in the
/// program's order of preference, so the first match found is the one ICU reports.
///
/// Each (instruction, position) pair is explored at most once per line: a pair that
/// failed once fails again (nothing a match depends on is remembered along the way), so
/// the work is bounded by the program's length times the line's, whatever the pattern.
/// The pairs are kept across start positions and forgotten after each match (a pair on
/// the matching path did not fail). Look-behind bodies, whose runs must end at a given
/// point, keep theirs in a small window of their own, forgotten for each point.
///
/// The pairs are stored position by position (all instructions of a position together),
/// and only the positions a search reached are forgotten: an anchored pattern that fails
/// three scalars into a line clears three positions' bits, not the line's.
///
/// In a text holding the fillers of hidden pinyin (`PinyinAnnotations`), fillers are stepped
/// over before each character a pattern reads, inside literals too, and a look-behind ends
/// before the fillers at its point: a pattern reads such a text as it reads the text without
/// its annotations (but for fillers inside a look-behind of several scalars).
///
/// Works on pointers the caller keeps alive: the search itself retains nothing.
struct Backtracker {
    private let instructions: UnsafeBufferPointer<RegexProgram.Instruction>
    private let literals: UnsafeBufferPointer<UInt8>
    private let classWords: UnsafeBufferPointer<UInt32>
    private let bytes: UnsafeBufferPointer<UInt8>
    /// One bit per (position − lineStart, instruction): the program and look-ahead bodies.
    private let visited: UnsafeMutableBufferPointer<UInt64>
    /// One bit per (position − window start, instruction) for look-behind bodies.
    private let behindVisited: UnsafeMutableBufferPointer<UInt64>
    private let behindWidth: Int
    /// Whether the text holds fillers to step over.
    private let skipsFillers: Bool
    /// Pending alternatives: instruction << 32 | position. Given by the caller, and taken
    /// back with its capacity when the search is done.
    private(set) var stack: [Int]
    private var lineStart = 0
    private var lineEnd = 0
    /// Positions of the line (from its start) that the search has reached since the pairs
    /// were last forgotten: the bits to clear.
    private var reached = 0
    /// Positions whose bits are known clear: the caller's memory is not, and a search is
    /// given clear bits for a position the first time it reaches it (most reach a few).
    private var clean = 0
    /// Positions of the longest line to be searched: no search reaches further.
    private var positions = Int.max
    private var behindStart = 0

    /// Words of the visited set for lines up to `longestLine` bytes.
    static func visitedWords(_ program: RegexProgram, longestLine: Int) -> Int {
        (program.instructions.count * (longestLine + 1) + 63) / 64
    }

    /// Words of the look-behind window.
    static func behindWords(_ program: RegexProgram) -> Int {
        (program.instructions.count * behindWidth(program) + 63) / 64
    }

    /// A look-behind body spans at most four bytes per scalar, and the point itself.
    private static func behindWidth(_ program: RegexProgram) -> Int {
        4 * program.longestLookbehind + 1
    }

    init(
        program: RegexProgram, instructions: UnsafeBufferPointer<RegexProgram.Instruction>,
        literals: UnsafeBufferPointer<UInt8>, classWords: UnsafeBufferPointer<UInt32>, bytes: UnsafeBufferPointer<UInt8>,
        visited: UnsafeMutableBufferPointer<UInt64>, behindVisited: UnsafeMutableBufferPointer<UInt64>, skipsFillers: Bool = false,
        stack: [Int] = []
    ) {
        self.skipsFillers = skipsFillers
        self.instructions = instructions
        self.literals = literals
        self.classWords = classWords
        self.bytes = bytes
        self.visited = visited
        self.behindVisited = behindVisited
        behindWidth = Self.behindWidth(program)
        // Room for the alternatives of bounded repeats such as [^。;]{0,15}, which push one
        // each: with 32 the stack grew two or three times for most patterns it ran.
        self.stack = stack
        self.stack.reserveCapacity(128)
    }

    /// Takes the visited set as clear in its first `words` words (the caller's
    /// `BacktrackScratch` keeps it so): a search clears only the positions it reaches past them.
    mutating func assumeClear(words: Int, longestLine: Int) {
        clean = words &* 64 / instructions.count
        positions = longestLine &+ 1
    }

    /// Words at the start of the visited set that are clear once `forget()` has run: those
    /// it was given clear, and those of every position it cleared on reaching it.
    var clearWords: Int {
        clean &* instructions.count / 64
    }

    /// Starts on a line (a range of whole scalars of the text, short enough for the
    /// visited set).
    mutating func begin(line: Range<Int>) {
        forget()
        lineStart = line.lowerBound
        lineEnd = line.upperBound
    }

    /// Forgets the pairs explored on this line so far.
    mutating func forget() {
        // Whole words, with one call: the bits past the reached positions in the last word
        // are of positions not reached since they were last clear (or not yet cleared, when
        // a search clears them as reached: clearing them early changes nothing).
        clear(visited, words: 0..<((instructions.count &* reached &+ 63) >> 6))
        reached = 0
    }

    /// Where the preferred match starting at `start` ends, or -1 when none does.
    mutating func match(at start: Int) -> Int {
        run(0, from: start, requiredEnd: -1)
    }

    /// Runs the code at `entry` from `start`. With `requiredEnd` ≥ 0 (a look-behind body)
    /// only a run ending there counts, and the pairs go to the look-behind window.
    private mutating func run(_ entry: Int, from start: Int, requiredEnd: Int) -> Int {
        let behind = requiredEnd >= 0
        let visited = behind ? behindVisited : self.visited
        let origin = behind ? behindStart : lineStart
        let count = instructions.count
        let limit = behind ? requiredEnd : lineEnd
        // Fillers may stand before any character a branch reads: its first bytes then tell nothing.
        let filters = !skipsFillers
        // The main set's reach, kept in a local while the search runs.
        var reached = behind ? 0 : self.reached
        defer { if !behind { self.reached = reached } }
        let base = stack.count
        defer { stack.removeLast(stack.count - base) }
        stack.append(entry << 32 | start)
        while stack.count > base {
            let top = stack.removeLast()
            var pc = top >> 32
            var position = top & 0xFFFF_FFFF
            steps: while position <= limit {
                let offset = position &- origin
                if offset >= reached {
                    reached = offset &+ 1
                    if !behind, reached > clean { cleanUp(to: reached) }
                }
                let bit = offset &* count &+ pc
                let mask: UInt64 = 1 << UInt64(bit & 63)
                if visited[bit >> 6] & mask != 0 { break steps }
                visited[bit >> 6] |= mask
                let instruction = instructions[pc]
                switch instruction.opcode {
                case .literal:
                    let offset = Int(instruction.first)
                    let count = Int(instruction.second)
                    if skipsFillers {
                        guard let end = endAcrossFillers(offset, count, at: position) else { break steps }
                        position = end
                        pc &+= 1
                        continue steps
                    }
                    guard count <= lineEnd &- position else { break steps }
                    for index in 0..<count where bytes[position &+ index] != literals[offset &+ index] { break steps }
                    position &+= count
                    pc &+= 1
                case .literalSet:
                    // The words that fit here, in order: go on after the first, keep the
                    // rest (pushed last first) for when it fails.
                    let table = Int(instruction.first)
                    var taken = -1
                    if instruction.firstFilter >= 0 && !skipsFillers {
                        // Only the words listed under the two bytes here (all have two or more).
                        guard position &+ 1 < lineEnd else { break steps }
                        let buckets = Int(instruction.firstFilter)
                        let bucket = buckets &+ RegexProgram.wordBucket(bytes[position], bytes[position &+ 1])
                        let first = Int(classWords[bucket])
                        var index = Int(classWords[bucket &+ 1]) &- 1
                        let list = buckets &+ RegexProgram.wordBuckets &+ 1
                        while index >= first {
                            let word = Int(classWords[list &+ index])
                            let count = Int(classWords[table &+ 2 &+ 2 &* word])
                            if fits(Int(classWords[table &+ 1 &+ 2 &* word]), count, at: position) {
                                if taken >= 0 { stack.append((pc &+ 1) << 32 | taken) }
                                taken = position &+ count
                            }
                            index &-= 1
                        }
                        guard taken >= 0 else { break steps }
                        position = taken
                        pc &+= 1
                        continue steps
                    }
                    var word = Int(instruction.second) &- 1
                    while word >= 0 {
                        let offset = Int(classWords[table &+ 1 &+ 2 &* word])
                        let count = Int(classWords[table &+ 2 &+ 2 &* word])
                        if skipsFillers {
                            if let end = endAcrossFillers(offset, count, at: position) {
                                if taken >= 0 { stack.append((pc &+ 1) << 32 | taken) }
                                taken = end
                            }
                        } else if fits(offset, count, at: position) {
                            if taken >= 0 { stack.append((pc &+ 1) << 32 | taken) }
                            taken = position &+ count
                        }
                        word &-= 1
                    }
                    guard taken >= 0 else { break steps }
                    position = taken
                    pc &+= 1
                case .scalarClass:
                    if skipsFillers { position = afterFillers(position) }
                    guard position < lineEnd else { break steps }
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: position)
                    guard isMember(scalar, of: Int(instruction.first)) else { break steps }
                    position &+= length
                    pc &+= 1
                case .anyScalar:
                    if skipsFillers { position = afterFillers(position) }
                    guard position < lineEnd else { break steps }
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: position)
                    guard !Self.isLineTerminator(scalar) else { break steps }
                    position &+= length
                    pc &+= 1
                case .split:
                    // A branch the bytes here rule out would fail at its first step: it is
                    // neither kept nor tried (`LeadingBytes`).
                    if !filters || instruction.secondFilter < 0 || admits(Int(instruction.secondFilter), at: position) {
                        stack.append(Int(instruction.second) << 32 | position)
                    }
                    if filters, instruction.firstFilter >= 0, !admits(Int(instruction.firstFilter), at: position) { break steps }
                    pc = Int(instruction.first)
                case .jump:
                    pc = Int(instruction.first)
                case .lineStart:
                    guard position == lineStart else { break steps }
                    pc &+= 1
                case .lineEnd:
                    guard atLineEnd(position) else { break steps }
                    pc &+= 1
                case .lookahead, .negativeLookahead:
                    self.reached = reached
                    let found = run(Int(instruction.first), from: position, requiredEnd: -1) >= 0
                    // The body's search may have reached further than this one.
                    reached = Swift.max(reached, self.reached)
                    // The body's pairs on the path that matched did not fail.
                    if found {
                        for offset in 0..<reached {
                            clearBits(self.visited, offset &* count &+ Int(instruction.first)..<offset &* count &+ Int(instruction.second))
                        }
                    }
                    guard found == (instruction.opcode == .lookahead) else { break steps }
                    pc &+= 1
                case .lookbehind, .negativeLookbehind:
                    let found = lookbehind(Int(instruction.first), maxLength: Int(instruction.second), at: position)
                    guard found == (instruction.opcode == .lookbehind) else { break steps }
                    pc &+= 1
                case .match:
                    guard !behind || position == requiredEnd else { break steps }
                    return position
                }
            }
        }
        return -1
    }

    /// Whether the body at `entry` matches some stretch ending at `point` and starting at
    /// most `maxLength` scalars before it (within the line).
    private mutating func lookbehind(_ entry: Int, maxLength: Int, at point: Int) -> Bool {
        // Fillers right before the point stand inside a word: the body ends before them
        // (fillers inside a body of several scalars count in its window).
        var point = point
        if skipsFillers {
            while point > lineStart, bytes[point - 1] == PinyinAnnotations.filler { point -= 1 }
        }
        // Most bodies are one class (`(?<![0-9.])`): the scalar before the point decides.
        if maxLength == 1, instructions[entry].opcode == .scalarClass, instructions[entry + 1].opcode == .match {
            guard point > lineStart else { return false }
            var start = point - 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return isMember(UTF8Scalar.decode(bytes, at: start).0, of: Int(instructions[entry].first))
        }
        behindStart = max(lineStart, point - 4 * maxLength)
        clear(behindVisited, words: 0..<behindVisited.count)
        var start = point
        var scalars = 0
        while true {
            if run(entry, from: start, requiredEnd: point) >= 0 { return true }
            guard scalars < maxLength, start > lineStart else { return false }
            start -= 1
            while bytes[start] & 0xC0 == 0x80 { start -= 1 }
            scalars += 1
        }
    }

    @inline(__always)
    private func isMember(_ scalar: UInt32, of table: Int) -> Bool {
        var member = false
        if scalar < 128 {
            member = classWords[table &+ 1 &+ Int(scalar >> 5)] >> (scalar & 31) & 1 == 1
        } else {
            let count = Int(classWords[table &+ 5])
            var low = 0
            var high = count
            // Properties hold hundreds of ranges: halve those down to a few first, then
            // scan (most classes of a plan's patterns are a few ranges to begin with).
            while high &- low > 8 {
                let middle = (low &+ high) >> 1
                if scalar < classWords[table &+ 6 &+ 2 &* middle] { high = middle } else { low = middle }
            }
            while low < high {
                if scalar < classWords[table &+ 6 &+ 2 &* low] { break }
                if scalar <= classWords[table &+ 7 &+ 2 &* low] {
                    member = true
                    break
                }
                low &+= 1
            }
        }
        return member != (classWords[table] == 1)
    }

    /// Whether the bytes at `position` may start a branch whose `LeadingBytes` table lies at
    /// `classWords[table...]`.
    @inline(__always)
    private func admits(_ table: Int, at position: Int) -> Bool {
        LeadingBytes.admits(classWords, table: table, bytes, at: position, end: lineEnd)
    }

    /// Whether `literals[offset ..< offset + count]` lies at `position`, before the line's end.
    @inline(__always)
    private func fits(_ offset: Int, _ count: Int, at position: Int) -> Bool {
        guard count <= lineEnd &- position, bytes[position] == literals[offset] else { return false }
        var index = 1
        while index < count {
            if bytes[position &+ index] != literals[offset &+ index] { return false }
            index &+= 1
        }
        return true
    }

    /// Where `literals[offset ..< offset + count]` ends when it lies at `position` with fillers
    /// before any of its characters, or nil.
    private func endAcrossFillers(_ offset: Int, _ count: Int, at position: Int) -> Int? {
        var at = position
        for index in 0..<count {
            let byte = literals[offset &+ index]
            if byte & 0xC0 != 0x80 { at = afterFillers(at) }
            guard at < lineEnd, bytes[at] == byte else { return nil }
            at &+= 1
        }
        return at
    }

    /// The first position from `position` that holds no filler (or the line's end).
    @inline(__always)
    private func afterFillers(_ position: Int) -> Int {
        var at = position
        while at < lineEnd, bytes[at] == PinyinAnnotations.filler { at &+= 1 }
        return at
    }

    /// Clears the bits of the positions from `clean` up to `reached` at least: ahead by as
    /// many again as are clean, or 64, within the longest line (a call per position reached
    /// cost more than clearing ahead; the clear part outlives the search, `BacktrackScratch`).
    private mutating func cleanUp(to reached: Int) {
        let count = instructions.count
        let target = Swift.max(reached, Swift.min(positions, visited.count &* 64 / count, clean &+ Swift.max(clean, 64)))
        clearBits(visited, clean &* count..<target &* count)
        clean = target
    }

    /// Clears the bits of `range` (a few instructions of one position).
    private func clearBits(_ set: UnsafeMutableBufferPointer<UInt64>, _ range: Range<Int>) {
        if range.count > 256 {
            // Partial words at either end, whole words between.
            let firstWhole = (range.lowerBound + 63) >> 6
            let lastWhole = range.upperBound >> 6
            clearBits(set, range.lowerBound..<firstWhole << 6)
            clear(set, words: firstWhole..<lastWhole)
            clearBits(set, lastWhole << 6..<range.upperBound)
            return
        }
        var bit = range.lowerBound
        while bit < range.upperBound {
            let word = bit >> 6
            let low = bit & 63
            let high = Swift.min(64, low + (range.upperBound - bit))
            let mask: UInt64 = high - low == 64 ? ~0 : ((1 << UInt64(high - low)) - 1) << UInt64(low)
            if word < set.count { set[word] &= ~mask }
            bit += high - low
        }
    }

    private func clear(_ set: UnsafeMutableBufferPointer<UInt64>, words range: Range<Int>) {
        let range = range.clamped(to: 0..<set.count)
        guard let base = set.baseAddress, !range.isEmpty else { return }
        (base + range.lowerBound).update(repeating: 0, count: range.count)
    }

    /// ICU's `$` without multi-line mode: at the end, or before a line terminator that
    /// ends the text (not between the CR and LF of a CR LF), or before a CR LF that does.
    private func atLineEnd(_ position: Int) -> Bool {
        if position == lineEnd { return true }
        let (scalar, length) = UTF8Scalar.decode(bytes, at: position)
        if position + length == lineEnd, Self.isLineTerminator(scalar) {
            return !(scalar == 0x0A && position > lineStart && bytes[position - 1] == 0x0D)
        }
        return scalar == 0x0D && position + 2 == lineEnd && bytes[position + 1] == 0x0A
    }

    /// What ICU's `.` does not match (and `$` stops before): LF, VT, FF, CR, NEL, LS, PS.
    @inline(__always)
    static func isLineTerminator(_ scalar: UInt32) -> Bool {
        (scalar >= 0x0A && scalar <= 0x0D) || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }
}
