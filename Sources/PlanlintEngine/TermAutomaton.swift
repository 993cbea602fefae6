import PlanlintDocument

/// One multi-pattern matcher (Aho–Corasick compiled to a DFA) over UTF-8 bytes for every
/// literal term of a rule pack, so a document is scanned once whatever the number of rules.
///
/// Bytes are mapped to equivalence classes (bytes no term uses share a class, ASCII letters
/// fold case), in two families — bytes that start a UTF-8 sequence and bytes that continue
/// one — whose columns overlap, since a state reads only one family: that keeps the table
/// small (the bundled pack's: 8,344 states × 66 columns, 1.1 MB in 16 bits). Texts must be
/// valid UTF-8, as every document's normalised text is.
///
/// The filler byte of hidden pinyin (`PinyinAnnotations.filler`) has a class of its own that
/// leaves every state between characters where it is: a term split by an annotation
/// (工\u{1}\u{1}\u{1}\u{1}\u{1}\u{1}会) is found, its range running over the fillers.
public struct TermAutomaton: Sendable {
    /// One occurrence of a term: its index in the list the automaton was built from and its
    /// byte range in the scanned text.
    public struct Match: Sendable, Equatable {
        public var term: Int32
        public var start: Int32
        public var end: Int32
    }

    public let terms: [String]
    private let termLengths: [Int32]
    private let maxTermLength: Int
    private let byteClass: [UInt8]
    let classCount: Int
    /// Rows of the table are exactly as wide as there are classes. They were rounded up to a
    /// power of two, to find a row by a shift rather than a multiplication on the chain of
    /// dependent steps that bounds the scan; but when a pack passed 64 classes (two ASCII
    /// marks more) its rows doubled to 128 and the pass slowed by a fifth, while multiplying
    /// costs about 3 % (`planlint-bench --phases`, alternated).
    private let rowWidth: Int
    /// delta[state * rowWidth + class] = next state << 1, its low bit set when terms end
    /// there: the scan learns whether to report from the load it makes anyway, instead of
    /// two more loads per byte. Nil when `delta16` holds the table.
    private let delta: ZeroedTable<Int32>?
    /// The same table in 16 bits when the states fit (half the cache lines per byte
    /// scanned); nil otherwise.
    private let delta16: ZeroedTable<UInt16>?
    /// Terms ending at each state (its own and, through failure links, its suffixes').
    private let outputStart: [Int32]
    private let outputTerms: [Int32]

    public init(terms: [String]) {
        self.terms = terms
        // Folded in place: a second array per term was a tenth of building the automaton.
        let patterns = terms.map { term in
            var bytes = Array(term.utf8)
            for index in bytes.indices { bytes[index] = Self.fold(bytes[index]) }
            return bytes
        }
        termLengths = patterns.map { Int32($0.count) }
        // A closure, not `\.count`: a key path is looked up at run time for every term.
        maxTermLength = max(1, patterns.map { $0.count }.max() ?? 1)

        // Byte classes come in two families numbered apart: bytes that continue a UTF-8
        // sequence, and bytes that start one (ASCII and lead bytes). In valid UTF-8 a state
        // reached inside a character only ever reads continuation bytes and a state between
        // characters never does, so a row needs only its own family's columns: rows half as
        // wide, and a table half the size, on the cache lines every step waits for.
        // Reserved: starting class 0 for ASCII no term uses, 1–3 for unused lead bytes of two-,
        // three- and four-byte sequences (which lead to the inside roots below); unused
        // continuation bytes share the class after the used ones (a Chinese pack uses all
        // sixty-four, and a reserved class would make rows 128 wide again).
        var classes = [UInt8](repeating: 0, count: 256)
        var assigned = [Bool](repeating: false, count: 256)
        // Class 4: the filler, which no term holds (terms come from rule files, which hold no
        // control characters; one that did would not be found across it).
        let filler = Int(PinyinAnnotations.filler)
        classes[filler] = 4
        assigned[filler] = true
        var nextStarting = 5
        var nextContinuing = 0
        var remaining = [Int](repeating: 0, count: 256)
        remaining[1] = 1
        remaining[2] = 2
        remaining[3] = 3
        for pattern in patterns {
            for byte in pattern where !assigned[Int(byte)] {
                assigned[Int(byte)] = true
                if byte & 0xC0 == 0x80 {
                    classes[Int(byte)] = UInt8(nextContinuing)
                    nextContinuing += 1
                } else {
                    classes[Int(byte)] = UInt8(nextStarting)
                    remaining[nextStarting] = UTF8Scalar.length(ofLead: byte) - 1
                    nextStarting += 1
                }
            }
        }
        for lead in UInt8(0xC2)...UInt8(0xF4) where !assigned[Int(lead)] {
            classes[Int(lead)] = UInt8(UTF8Scalar.length(ofLead: lead) - 1)
        }
        if (0x80...0xBF).contains(where: { !assigned[$0] }) {
            for byte in 0x80...0xBF where !assigned[byte] { classes[byte] = UInt8(nextContinuing) }
            nextContinuing += 1
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            classes[Int(upper)] = classes[Int(Self.fold(upper))]
        }
        let nextClass = max(nextStarting, nextContinuing)
        byteClass = classes
        classCount = nextClass
        let columns = nextClass
        rowWidth = columns

        // The trie has one state per distinct prefix: count them from the sorted terms
        // (each adds its length minus the prefix it shares with the one before), so the
        // table is allocated once, at its final size, and in 16 bits when the states fit.
        // Three more follow them: the roots inside a character, with one, two or three
        // continuation bytes still to come, where the scan goes when no term goes on.
        let sorted = patterns.filter { !$0.isEmpty }.sorted { $0.lexicographicallyPrecedes($1) }
        var trieStates = 1
        for (index, pattern) in sorted.enumerated() {
            var shared = 0
            if index > 0 {
                let previous = sorted[index - 1]
                while shared < min(previous.count, pattern.count), previous[shared] == pattern[shared] { shared += 1 }
            }
            trieStates += pattern.count - shared
        }
        let stateCount = trieStates + 3
        self.stateCount = stateCount
        let outputs: (starts: [Int32], terms: [Int32])
        if stateCount <= Int(UInt16.max >> 1) {
            let table = ZeroedTable<UInt16>(count: stateCount * columns)
            outputs = Self.build(table.buffer, patterns: patterns, classes: classes, remaining: remaining, trieStates: trieStates)
            Self.stepOverFillers(table.buffer, patterns: patterns, classes: classes, trieStates: trieStates)
            delta16 = table
            delta = nil
        } else {
            let table = ZeroedTable<Int32>(count: stateCount * columns)
            outputs = Self.build(table.buffer, patterns: patterns, classes: classes, remaining: remaining, trieStates: trieStates)
            Self.stepOverFillers(table.buffer, patterns: patterns, classes: classes, trieStates: trieStates)
            delta16 = nil
            delta = table
        }
        outputStart = outputs.starts
        outputTerms = outputs.terms
    }

    /// Every occurrence of every term in `text` (valid UTF-8), overlapping ones included,
    /// ordered by end.
    public func matches(in text: [UInt8]) -> [Match] {
        var result: [Match] = []
        // A plan has about one match per 16 bytes with the bundled pack.
        result.reserveCapacity(text.count / 12)
        if let delta16 {
            withExtendedLifetime(delta16) { collect(text, table: UnsafeBufferPointer(delta16.buffer), into: &result) }
        } else if let delta {
            withExtendedLifetime(delta) { collect(text, table: UnsafeBufferPointer(delta.buffer), into: &result) }
        }
        return result
    }

    /// Calls `report` for each occurrence, in order of end offset.
    public func scan(_ text: [UInt8], _ report: (Match) -> Void) {
        if let delta16 {
            withExtendedLifetime(delta16) { scan(text, table: UnsafeBufferPointer(delta16.buffer), report) }
        } else if let delta {
            withExtendedLifetime(delta) { scan(text, table: UnsafeBufferPointer(delta.buffer), report) }
        }
    }

    @inline(__always)
    private func collect<State: FixedWidthInteger>(_ text: [UInt8], table: UnsafeBufferPointer<State>, into result: inout [Match]) {
        // A text with hidden pinyin (a few pasted pages) takes one plain walk: the four walks'
        // run-ups are a longest term long, which a term spread over fillers may pass.
        if text.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller) {
            scanAcrossFillers(text, table: table) { result.append($0) }
            return
        }
        // The later quarters' lists are appended whole: reported one by one, each of their
        // matches was appended twice.
        let later = walks(text, table: table) { result.append($0) }
        result.append(contentsOf: later.0)
        result.append(contentsOf: later.1)
        result.append(contentsOf: later.2)
    }

    @inline(__always)
    private func scan<State: FixedWidthInteger>(_ text: [UInt8], table: UnsafeBufferPointer<State>, _ report: (Match) -> Void) {
        if text.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller) {
            scanAcrossFillers(text, table: table, report)
            return
        }
        let later = walks(text, table: table, report)
        for match in later.0 { report(match) }
        for match in later.1 { report(match) }
        for match in later.2 { report(match) }
    }

    /// One walk over a text holding fillers; a match starts where its first byte is, fillers
    /// inside it not counted against its length.
    private func scanAcrossFillers<State: FixedWidthInteger>(
        _ text: [UInt8], table delta: UnsafeBufferPointer<State>, _ report: (Match) -> Void
    ) {
        let filler = PinyinAnnotations.filler
        var entry = 0
        for index in text.indices {
            entry = Int(truncatingIfNeeded: delta[(entry &>> 1) &* rowWidth &+ Int(byteClass[Int(text[index])])])
            guard entry & 1 != 0 else { continue }
            let state = entry &>> 1
            for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                let term = outputTerms[slot]
                var start = index + 1
                var left = Int(termLengths[Int(term)])
                while left > 0 {
                    start -= 1
                    if text[start] != filler { left -= 1 }
                }
                report(Match(term: term, start: Int32(start), end: Int32(index + 1)))
            }
        }
    }

    // Four walks at once, over the four quarters of the text: each byte's step waits for the
    // step before it (the next state is a load that depends on the current one, and the
    // table is too large for the first-level cache), so one walk leaves the core idle most
    // of the time and others fill it. Each walk after the first starts a longest term early
    // so that it sees every term ending in its quarter, and keeps only those. The first
    // quarter's matches go to `report` in order of end; the later quarters' are returned, a
    // list each, in order of end.
    @inline(__always)
    private func walks<State: FixedWidthInteger>(
        _ text: [UInt8], table delta: UnsafeBufferPointer<State>, _ report: (Match) -> Void
    ) -> ([Match], [Match], [Match]) {
        let rowWidth = self.rowWidth
        let quarter = text.count / 4
        // The later quarters' matches, a list each (appending to a list of lists checked
        // two arrays' uniqueness per match).
        var later1: [Match] = []
        var later2: [Match] = []
        var later3: [Match] = []
        // Room for a match per 12 bytes (a plan has one per 16 with the bundled pack): a list
        // grown from empty was copied half a dozen times.
        if quarter >= 12 {
            later1.reserveCapacity(quarter / 12)
            later2.reserveCapacity(quarter / 12)
            later3.reserveCapacity(quarter / 12 + 3)
        }
        byteClass.withUnsafeBufferPointer { classes in
            outputStart.withUnsafeBufferPointer { starts in
                outputTerms.withUnsafeBufferPointer { outputs in
                    termLengths.withUnsafeBufferPointer { lengths in
                        text.withUnsafeBufferPointer { bytes in
                            // `entry` is a table entry: the state shifted left by one, its
                            // low bit the "terms end here" flag.
                            @inline(__always) func step(_ entry: Int, _ index: Int) -> Int {
                                Int(truncatingIfNeeded: delta[(entry &>> 1) &* rowWidth &+ Int(classes[Int(bytes[index])])])
                            }
                            // The terms ending at `index`, in the state of a flagged entry.
                            @inline(__always) func emit(_ index: Int, _ entry: Int, _ sink: (Match) -> Void) {
                                let state = entry &>> 1
                                let first = Int(starts[state])
                                let last = Int(starts[state &+ 1])
                                let end = Int32(truncatingIfNeeded: index &+ 1)
                                for slot in first..<last {
                                    let term = outputs[slot]
                                    sink(Match(term: term, start: end &- lengths[Int(term)], end: end))
                                }
                            }
                            // Each later walk's run-up: matches ending there belong to the walk before.
                            @inline(__always) func runUp(to start: Int) -> Int {
                                // From a character's start: the root reads no continuation byte.
                                var from = max(0, start - maxTermLength + 1)
                                while from > 0 && bytes[from] & 0xC0 == 0x80 { from -= 1 }
                                var entry = 0
                                for index in from..<start { entry = step(entry, index) }
                                return entry
                            }
                            var walk0 = 0
                            var walk1 = runUp(to: quarter)
                            var walk2 = runUp(to: 2 &* quarter)
                            var walk3 = runUp(to: 3 &* quarter)
                            // The walks note the four entries of each step where any of them
                            // landed where terms end (every step writes its slot, a flagged
                            // one keeps it), a chunk at a time, and the terms are reported
                            // after each chunk: with the reporting inside the loop the states
                            // did not stay in registers. One note and one count for the four
                            // walks: with a count and a list each, the loop spilled registers
                            // and took 81 instructions for four bytes.
                            let chunk = 1024
                            withUnsafeTemporaryAllocation(of: Int.self, capacity: 5 * chunk) { noted in
                                let places = noted.baseAddress!
                                let entries = places + chunk
                                var index = 0
                                while index < quarter {
                                    let stop = min(quarter, index &+ chunk)
                                    var count = 0
                                    while index < stop {
                                        walk0 = step(walk0, index)
                                        walk1 = step(walk1, quarter &+ index)
                                        walk2 = step(walk2, 2 &* quarter &+ index)
                                        walk3 = step(walk3, 3 &* quarter &+ index)
                                        places[count] = index
                                        let note = entries + count &<< 2
                                        note[0] = walk0
                                        note[1] = walk1
                                        note[2] = walk2
                                        note[3] = walk3
                                        count &+= (walk0 | walk1 | walk2 | walk3) & 1
                                        index &+= 1
                                    }
                                    for slot in 0..<count {
                                        let at = places[slot]
                                        let note = entries + slot &<< 2
                                        if note[0] & 1 != 0 { emit(at, note[0], report) }
                                        if note[1] & 1 != 0 { emit(quarter &+ at, note[1]) { later1.append($0) } }
                                        if note[2] & 1 != 0 { emit(2 &* quarter &+ at, note[2]) { later2.append($0) } }
                                        if note[3] & 1 != 0 { emit(3 &* quarter &+ at, note[3]) { later3.append($0) } }
                                    }
                                }
                            }
                            // What four quarters leave over goes to the last walk.
                            var tail = 4 &* quarter
                            while tail < bytes.count {
                                walk3 = step(walk3, tail)
                                if walk3 & 1 != 0 { emit(tail, walk3) { later3.append($0) } }
                                tail &+= 1
                            }
                        }
                    }
                }
            }
        }
        return (later1, later2, later3)
    }

    /// Number of DFA states, for benchmarks.
    public let stateCount: Int

    /// Bytes of the transition table a scan walks: what a plan's pass keeps in the caches.
    public var tableBytes: Int {
        stateCount * rowWidth * (delta16 != nil ? MemoryLayout<UInt16>.size : MemoryLayout<Int32>.size)
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
