import PlanlintDocument

/// A `RegexNode` compiled to instructions for `Backtracker`, in the manner of a
/// backtracking virtual machine: a split tries its first branch and keeps the second for
/// when the first fails, so matches are found in ICU's order of preference.
///
/// Everything lies in three flat arrays (look-around bodies after the main program, class
/// tables as words) so that the matcher holds three pointers and retains nothing per step.
struct RegexProgram: Sendable {
    enum Opcode: UInt8, Sendable {
        /// Bytes `literalBytes[first ..< first + second]`.
        case literal
        /// A scalar of the class whose table starts at `classWords[first]`.
        case scalarClass
        /// One of several literals, tried in order: `classWords[first]` holds how many, then
        /// each one's offset and length in `literalBytes` (an alternation of words, such as
        /// `(加强|推进|开展…)`, in one step instead of a split per word). A set of many words
        /// has them listed by their first two bytes as well (`firstFilter`: see `wordBuckets`).
        case literalSet
        /// A scalar that is not a line terminator.
        case anyScalar
        /// Go on at `first`; on failure at `second`.
        case split
        case jump
        case lineStart
        case lineEnd
        /// The body at `first ..< second` matches from here (or, negative, does not).
        case lookahead, negativeLookahead
        /// The body at `first` matches up to here, starting at most `second` scalars back.
        case lookbehind, negativeLookbehind
        case match
    }

    struct Instruction: Sendable {
        var opcode: Opcode
        var first: Int32 = 0
        var second: Int32 = 0
        /// For a split: where the `LeadingBytes` of the branch at `first` (and at `second`)
        /// lie in `classWords`, or −1 when it may read anything. For a literal set: where its
        /// words by their first two bytes lie (`appendWordBuckets`), or −1 when they do not.
        var firstFilter: Int32 = -1
        var secondFilter: Int32 = -1
    }

    private(set) var instructions: [Instruction] = []
    private(set) var literalBytes: [UInt8] = []
    /// Each class: negated (0 or 1), the ASCII bitmap as four 32-bit words, the number of
    /// ranges beyond ASCII, then each range's first and last scalar. The splits'
    /// `LeadingBytes` tables after them.
    private(set) var classWords: [UInt32] = []
    /// The longest look-behind body, in scalars.
    private(set) var longestLookbehind = 0
    /// startBytes[b]: a match may start with byte b; all true when the program cannot tell.
    private(set) var startBytes = [Bool](repeating: true, count: 256)
    /// A match may consume nothing (so one may start anywhere, the end of a line included).
    private(set) var matchesEmpty = true
    /// Every match starts at the start of the line (`^…`).
    private(set) var anchored = false
    /// Most scalars a match reads from its start (`RegexNode.maxExtent`): an anchored
    /// program needs no more of a line than that.
    private(set) var maxExtent: Int?
    /// When every match starts with a literal (after zero-width tests): those literals, as
    /// ranges of `literalBytes`, however many. A start is tried only where one of them lies.
    private(set) var leadingLiterals: [Range<Int>]?
    /// `leadingLiterals` when there are at most eight: few enough to search each line for
    /// each of them with the C library's byte search. Otherwise, when every match starts with
    /// one of at most `fewStartBytes` bytes, those bytes as literals of one byte.
    private(set) var startLiterals: [Range<Int>]?

    static let fewStartBytes = 3

    /// Programs longer than this are left to ICU (bounded quantifiers are copied out).
    static let largestProgram = 4000

    init(_ node: RegexNode) throws {
        maxExtent = node.maxExtent
        var bodies: [(at: Int, body: RegexNode)] = []
        try emit(node, bodies: &bodies)
        instructions.append(Instruction(opcode: .match))
        // Bodies go after the program, each ending in its own `match`; they hold no
        // look-arounds themselves (the parser refuses them).
        for (at, body) in bodies {
            instructions[at].first = Int32(instructions.count)
            var none: [(at: Int, body: RegexNode)] = []
            try emit(body, bodies: &none)
            instructions.append(Instruction(opcode: .match))
            if instructions[at].opcode == .lookahead || instructions[at].opcode == .negativeLookahead {
                instructions[at].second = Int32(instructions.count)
            }
        }
        try checkSize()
        analyseStart()
        let filters = branchFilters()
        for pc in instructions.indices where instructions[pc].opcode == .split {
            instructions[pc].firstFilter = filters.first[pc]
            instructions[pc].secondFilter = filters.second[pc]
        }
        classWords += filters.words
    }

    private mutating func emit(_ node: RegexNode, bodies: inout [(at: Int, body: RegexNode)]) throws {
        switch node {
        case .literal(let bytes):
            appendLiteral(bytes)
        case .scalarClass(let set):
            instructions.append(Instruction(opcode: .scalarClass, first: Int32(classWords.count)))
            appendTable(of: set)
        case .anyScalar:
            instructions.append(Instruction(opcode: .anyScalar))
        case .lineStart:
            instructions.append(Instruction(opcode: .lineStart))
        case .lineEnd:
            instructions.append(Instruction(opcode: .lineEnd))
        case .sequence(let items):
            var pending: [UInt8] = []
            for item in items {
                // Literals in a row become one instruction: one comparison instead of a
                // step per scalar.
                if case .literal(let bytes) = item {
                    pending += bytes
                    continue
                }
                if !pending.isEmpty {
                    appendLiteral(pending)
                    pending = []
                }
                try emit(item, bodies: &bodies)
            }
            if !pending.isEmpty { appendLiteral(pending) }
        case .alternation(let branches):
            // Branches of one scalar each match the same stretch whichever is taken first:
            // one class tests them at once (`(?<!率|均|要)` becomes a look at one scalar).
            if let merged = Self.singleScalarClass(branches) {
                try emit(.scalarClass(merged), bodies: &bodies)
                return
            }
            // Words: every branch the same next step after its bytes, so one instruction
            // tries them all, and leaves the others that fit for backtracking.
            if let words = Self.literalWords(branches) {
                instructions.append(Instruction(opcode: .literalSet, first: Int32(classWords.count), second: Int32(words.count)))
                classWords.append(UInt32(words.count))
                for word in words {
                    classWords.append(UInt32(literalBytes.count))
                    classWords.append(UInt32(word.count))
                    literalBytes += word
                }
                if words.count > Self.wordsTriedInTurn, words.allSatisfy({ $0.count >= 2 }) {
                    instructions[instructions.count - 1].firstFilter = Int32(classWords.count)
                    appendWordBuckets(words)
                }
                return
            }
            var jumps: [Int] = []
            for (number, branch) in branches.enumerated() {
                if number == branches.count - 1 {
                    try emit(branch, bodies: &bodies)
                } else {
                    let split = instructions.count
                    instructions.append(Instruction(opcode: .split, first: Int32(split + 1)))
                    try emit(branch, bodies: &bodies)
                    jumps.append(instructions.count)
                    instructions.append(Instruction(opcode: .jump))
                    instructions[split].second = Int32(instructions.count)
                }
                try checkSize()
            }
            for jump in jumps { instructions[jump].first = Int32(instructions.count) }
        case .repetition(let item, let min, let max, let lazy):
            for _ in 0..<min {
                try emit(item, bodies: &bodies)
                try checkSize()
            }
            if let max {
                // Each optional copy skips to the end when it fails: (x(x(x)?)?)?.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(Instruction(opcode: .split))
                    try emit(item, bodies: &bodies)
                    try checkSize()
                }
                let end = Int32(instructions.count)
                for split in splits { setBranches(split, taken: Int32(split + 1), skipped: end, lazy: lazy) }
            } else {
                let loop = instructions.count
                instructions.append(Instruction(opcode: .split))
                try emit(item, bodies: &bodies)
                instructions.append(Instruction(opcode: .jump, first: Int32(loop)))
                setBranches(loop, taken: Int32(loop + 1), skipped: Int32(instructions.count), lazy: lazy)
            }
        case .lookaround(let body, let behind, let negated):
            let opcode: Opcode = behind ? (negated ? .negativeLookbehind : .lookbehind) : (negated ? .negativeLookahead : .lookahead)
            let maxLength = body.maxLength ?? 0
            if behind { longestLookbehind = Swift.max(longestLookbehind, maxLength) }
            bodies.append((instructions.count, body))
            instructions.append(Instruction(opcode: opcode, second: behind ? Int32(maxLength) : 0))
        }
    }

    /// The words' indices grouped by `wordBucket` of their first two bytes (each group
    /// ascending, the set's order): `wordBuckets + 1` starts of groups into the list that
    /// follows them. A word outside the group of the text's two bytes cannot lie there.
    private mutating func appendWordBuckets(_ words: [[UInt8]]) {
        let starts = classWords.count
        classWords.append(contentsOf: repeatElement(0, count: Self.wordBuckets + 1))
        for word in words { classWords[starts + Self.wordBucket(word[0], word[1]) + 1] += 1 }
        for bucket in 0..<Self.wordBuckets { classWords[starts + bucket + 1] += classWords[starts + bucket] }
        let list = classWords.count
        classWords.append(contentsOf: repeatElement(0, count: words.count))
        // Each group's next free place, from its start: filled in the set's order.
        var next = Array(classWords[starts..<starts + Self.wordBuckets])
        for (index, word) in words.enumerated() {
            let bucket = Self.wordBucket(word[0], word[1])
            classWords[list + Int(next[bucket])] = UInt32(index)
            next[bucket] += 1
        }
    }

    private mutating func appendLiteral(_ bytes: [UInt8]) {
        instructions.append(Instruction(opcode: .literal, first: Int32(literalBytes.count), second: Int32(bytes.count)))
        literalBytes += bytes
    }

    private mutating func appendTable(of set: ScalarClass) {
        // Word by word: an array literal for each pair was an allocation (a class is copied
        // out for every copy of a bounded repeat).
        classWords.reserveCapacity(classWords.count + 6 + 2 * set.ranges.count)
        classWords.append(set.negated ? 1 : 0)
        classWords.append(UInt32(truncatingIfNeeded: set.asciiLow))
        classWords.append(UInt32(truncatingIfNeeded: set.asciiLow >> 32))
        classWords.append(UInt32(truncatingIfNeeded: set.asciiHigh))
        classWords.append(UInt32(truncatingIfNeeded: set.asciiHigh >> 32))
        classWords.append(UInt32(set.ranges.count))
        for range in set.ranges {
            classWords.append(range.lowerBound)
            classWords.append(range.upperBound)
        }
    }

    private mutating func setBranches(_ split: Int, taken: Int32, skipped: Int32, lazy: Bool) {
        instructions[split].first = lazy ? skipped : taken
        instructions[split].second = lazy ? taken : skipped
    }

    private func checkSize() throws {
        if instructions.count > Self.largestProgram { throw RegexSubsetParser.Unsupported() }
    }

    /// Follows every path from the first instruction up to the first that consumes a
    /// scalar, collecting the bytes it can start with: the search then tries only those
    /// starting points.
    private mutating func analyseStart() {
        var starts = [Bool](repeating: false, count: 256)
        var empty = false
        var unanchored = false
        var literals: [Range<Int>]? = []
        var seen = Set<Int>()
        var pending = [(pc: 0, afterLineStart: false)]
        while let (pc, afterLineStart) = pending.popLast() {
            guard seen.insert(pc << 1 | (afterLineStart ? 1 : 0)).inserted else { continue }
            let instruction = instructions[pc]
            switch instruction.opcode {
            case .literal:
                starts[Int(literalBytes[Int(instruction.first)])] = true
                let range = Int(instruction.first)..<Int(instruction.first + instruction.second)
                if literals?.contains(range) == false { literals?.append(range) }
            case .literalSet:
                for word in 0..<Int(instruction.second) {
                    let offset = Int(classWords[Int(instruction.first) + 1 + 2 * word])
                    let length = Int(classWords[Int(instruction.first) + 2 + 2 * word])
                    starts[Int(literalBytes[offset])] = true
                    if literals?.contains(offset..<offset + length) == false { literals?.append(offset..<offset + length) }
                }
            case .scalarClass:
                markStarts(ofClass: Int(instruction.first), in: &starts)
                literals = nil
            case .anyScalar:
                for byte in 0..<256 { starts[byte] = true }
                literals = nil
            case .split:
                pending.append((Int(instruction.first), afterLineStart))
                pending.append((Int(instruction.second), afterLineStart))
            case .jump:
                pending.append((Int(instruction.first), afterLineStart))
            case .lineStart:
                pending.append((pc + 1, true))
            case .lookahead, .negativeLookahead, .lookbehind, .negativeLookbehind, .lineEnd:
                // Zero-width: what follows tells the bytes (`$` can hold before a final
                // line terminator, which the next instruction then consumes).
                pending.append((pc + 1, afterLineStart))
            case .match:
                empty = true
                literals = nil
            }
            switch instruction.opcode {
            case .literal, .literalSet, .scalarClass, .anyScalar, .match:
                if !afterLineStart { unanchored = true }
            default:
                break
            }
        }
        // Continuation bytes never start a scalar.
        for byte in 0x80..<0xC0 { starts[byte] = false }
        startBytes = starts
        matchesEmpty = empty
        anchored = !unanchored
        leadingLiterals = literals.flatMap { $0.isEmpty ? nil : $0 }
        startLiterals = leadingLiterals.flatMap { $0.count > 8 ? nil : $0 }
        // Matches that start with a class of a few bytes' worth (`[_＿]`, `[Xx]`) are searched
        // for those bytes, as one-byte literals, by the C library's byte search: a walk of
        // every byte of the line asked the table of start bytes for each.
        if startLiterals == nil, !empty {
            var few: [UInt8] = []
            for byte in 0..<256 where starts[byte] {
                few.append(UInt8(byte))
                if few.count > Self.fewStartBytes { break }
            }
            if !few.isEmpty, few.count <= Self.fewStartBytes {
                startLiterals = few.map { byte in
                    literalBytes.append(byte)
                    return literalBytes.count - 1..<literalBytes.count
                }
            }
        }
    }

    /// Marks the ASCII members of the class at `table` and the lead bytes its scalars
    /// beyond ASCII may start with (every lead byte when it is negated).
    private func markStarts(ofClass table: Int, in starts: inout [Bool]) {
        let negated = classWords[table] == 1
        for byte in 0..<128 where (classWords[table + 1 + byte >> 5] >> UInt32(byte & 31) & 1 == 1) != negated { starts[byte] = true }
        if negated {
            for byte in 0x80..<256 { starts[byte] = true }
            return
        }
        for range in 0..<Int(classWords[table + 5]) {
            let first = Self.leadByte(of: classWords[table + 6 + 2 * range])
            let last = Self.leadByte(of: classWords[table + 7 + 2 * range])
            for byte in first...last { starts[Int(byte)] = true }
        }
    }

    private static func leadByte(of scalar: UInt32) -> UInt8 {
        switch scalar {
        case ..<0x80: UInt8(scalar)
        case ..<0x800: UInt8(0xC0 | scalar >> 6)
        case ..<0x10000: UInt8(0xE0 | scalar >> 12)
        default: UInt8(0xF0 | scalar >> 18)
        }
    }
}
