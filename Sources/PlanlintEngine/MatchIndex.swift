import PlanlintDocument
import PlanlintRules

/// Where each term of the pack occurs in one document, from one automaton pass; regular
/// expressions run lazily, once per document, only when a rule asks for them.
final class MatchIndex {
    private let document: PlanDocument
    private let pack: CompiledPack
    /// Match ranges grouped by term: ranges[starts[t]..<starts[t+1]] are term t's, by start.
    private let starts: [Int32]
    private let ranges: [Range<Int>]
    // Caches indexed by pattern and by term: arrays, as hashing the keys of dictionaries
    // cost more than the lookups saved. (Not `lazy`: a lazy array is copied on every write.)
    // Unchecked exclusivity: an index belongs to one document on one thread and no access
    // to a cache outlives the call that makes it, while the run-time check of each access
    // cost more than the lookup (these caches are asked about 600 times per plan).
    @exclusivity(unchecked) private var regexRanges: [[Range<Int>]?]
    /// The text the patterns read, shared by all of them. Made with the index, not on first
    /// use: the gates ask it of every pattern whether the text holds fillers, and a lazy
    /// property's getter cost 80 instructions a call.
    private let regexText: RegexText
    /// matchLines[i]: the 1-based line of match i of `ranges`, filled a term at a time on
    /// first use (`linesKnown`): one flat array rather than one per term, which each plan
    /// then had to free.
    @exclusivity(unchecked) private var matchLines: [Int32]
    @exclusivity(unchecked) private var linesKnown: [Bool]
    /// The line of each block of the text, for `matchLines`.
    private let lineBlocks: LineBlocks
    /// `candidateRegions`' stage of each line, and the lines passing its stages, kept between
    /// patterns.
    @exclusivity(unchecked) private var levelScratch: [Int32] = []
    @exclusivity(unchecked) private var candidateScratch: [Int32] = []

    /// `occurrences`: the automaton's pass over this document's normalised text, when it
    /// was made while reading; otherwise the pass is made here.
    init(document: PlanDocument, pack: CompiledPack, occurrences: TermOccurrences? = nil) {
        self.document = document
        self.pack = pack
        regexText = RegexText(bytes: document.normalized)
        lineBlocks = LineBlocks(lineStarts: document.lines.starts, byteCount: document.normalized.count)
        regexRanges = Array(repeating: nil, count: pack.regexes.count)
        linesKnown = Array(repeating: false, count: pack.automaton.terms.count)
        let occurrences = occurrences ?? TermOccurrences(document.normalized, pack: pack)
        starts = occurrences.starts
        ranges = occurrences.ranges
        matchLines = Array(repeating: 0, count: occurrences.ranges.count)
    }

    /// All occurrences of a term set, sorted by start, optionally only inside `range`.
    func occurrences(of set: CompiledTermSet, in range: Range<Int>? = nil) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Room for every match of the set's terms (an upper bound when `range` cuts them),
        // so that a set of many terms grows its list once, not once per term found.
        var literalMatches = 0
        // Each term's and pattern's matches come sorted: only two or more lists that are not
        // empty need sorting together (most sets of many terms have one term in a plan).
        var lists = 0
        for id in set.literalIDs where starts[Int(id) + 1] > starts[Int(id)] {
            literalMatches += Int(starts[Int(id) + 1] - starts[Int(id)])
            lists += 1
        }
        if literalMatches > 0 {
            result.reserveCapacity(literalMatches)
            for id in set.literalIDs where starts[Int(id) + 1] > starts[Int(id)] {
                result += literalOccurrences(id, in: range)
            }
        }
        for pattern in set.patternIDs {
            let all = regexOccurrences(pattern)
            if !all.isEmpty { lists += 1 }
            if let range {
                result += all.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
            } else {
                result += all
            }
        }
        if lists > 1 { Self.mergeRuns(&result) }
        return result
    }

    /// The first occurrence inside `range` (by start, then end) that starts before `limit`:
    /// what `occurrences(of:in:).first` gives when that one starts early enough, found
    /// without collecting the rest.
    func firstOccurrence(of set: CompiledTermSet, in range: Range<Int>, startingBefore limit: Int) -> Range<Int>? {
        var best: Range<Int>?
        func consider(_ candidate: Range<Int>) {
            guard candidate.lowerBound >= range.lowerBound, candidate.lowerBound < limit,
                candidate.upperBound <= range.upperBound
            else { return }
            if let current = best, (current.lowerBound, current.upperBound) <= (candidate.lowerBound, candidate.upperBound) { return }
            best = candidate
        }
        for id in set.literalIDs {
            let all = ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
            var index = TermOccurrences.firstMatch(in: all, startingAtOrAfter: range.lowerBound)
            while index < all.endIndex, all[index].lowerBound < limit {
                consider(all[index])
                index += 1
            }
        }
        for pattern in set.patternIDs {
            for candidate in regexOccurrences(pattern) where candidate.lowerBound < limit { consider(candidate) }
        }
        return best
    }

    /// True when the set occurs anywhere inside `range`.
    func contains(_ set: CompiledTermSet, in range: Range<Int>) -> Bool {
        // Most terms of a set (a signal's hundreds of time words) do not occur in a given
        // plan: skip them before the search.
        for id in set.literalIDs where occurs(id) && containsLiteral(id, in: range) { return true }
        for pattern in set.patternIDs
        where regexOccurrences(pattern).contains(where: { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }) {
            return true
        }
        return false
    }

    /// Whether the set occurs anywhere in the document: what a rule's `when: {mentions: …}`
    /// asks, for which one occurrence is enough. A pattern not yet run is tried a candidate
    /// line at a time and stopped at the first line it matches (all its matches were made
    /// before: the pattern naming a held congress was the pack's dearest).
    func occursAnywhere(_ set: CompiledTermSet) -> Bool {
        for id in set.literalIDs where starts[Int(id) + 1] > starts[Int(id)] { return true }
        for pattern in set.patternIDs {
            if let known = regexRanges[pattern] {
                if !known.isEmpty { return true }
                continue
            }
            let regions = candidateRegions(forPattern: pattern)
            if !regions.isEmpty, let regex = pack.regexes[pattern].regex {
                for region in regions where !regex.matches(in: regexText, regions: [region]).isEmpty {
                    return true
                }
            }
            // Every candidate line tried: the pattern matches nowhere, which is all there is
            // to remember of it.
            regexRanges[pattern] = []
        }
        return false
    }

    private func literalOccurrences(_ id: Int32, in range: Range<Int>?) -> ArraySlice<Range<Int>> {
        let all = ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
        guard let range else { return all }
        let low = TermOccurrences.firstMatch(in: all, startingAtOrAfter: range.lowerBound)
        var end = low
        while end < all.endIndex, all[end].lowerBound < range.upperBound { end += 1 }
        return all[low..<end].filter { $0.upperBound <= range.upperBound }[...]
    }

    /// Whether a term occurs inside `range`, without collecting the occurrences: section
    /// rules ask this of every heading of every plan.
    private func containsLiteral(_ id: Int32, in range: Range<Int>) -> Bool {
        let all = ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
        var index = TermOccurrences.firstMatch(in: all, startingAtOrAfter: range.lowerBound)
        while index < all.endIndex, all[index].lowerBound < range.upperBound {
            if all[index].upperBound <= range.upperBound { return true }
            index += 1
        }
        return false
    }

    /// Matches of one pattern, computed line by line on first use, on the lines that hold
    /// the pattern's required literals (every line when it has none).
    private func regexOccurrences(_ id: Int) -> [Range<Int>] {
        if let cached = regexRanges[id] { return cached }
        let found = matches(ofPattern: id, in: candidateRegions(forPattern: id))
        regexRanges[id] = found
        return found
    }

    /// The pattern's matches in `regions` (lines, ascending). When its matches start with
    /// literals the automaton finds, they are tried only where it found them on these lines.
    private func matches(ofPattern id: Int, in regions: [Range<Int>]) -> [Range<Int>] {
        if regions.isEmpty { return [] }
        let (regex, starting) = pack.regexes[id].compiled(startTermsBy: pack.termID(finding:))
        // Fillers of hidden pinyin may stand inside a literal: the matcher looks for its starts.
        if let starting, !regexText.holdsFillers {
            return starting.regex.matches(in: regexText, regions: regions, startingAt: startPositions(of: starting.terms, in: regions))
        }
        return regex?.matches(in: regexText, regions: regions) ?? []
    }

    /// Where the terms' matches start inside `regions` (ascending, apart), ascending, each place once.
    private func startPositions(of terms: [Int32], in regions: [Range<Int>]) -> [Int] {
        var positions: [Int] = []
        var lists = 0
        guard let first = regions.first else { return [] }
        for term in terms where occurs(term) {
            let before = positions.count
            var region = 0
            // From the first match in the first region on: a common term's matches on the
            // lines before it were walked one by one.
            let all = ranges[Int(starts[Int(term)])..<Int(starts[Int(term) + 1])]
            for match in all[TermOccurrences.firstMatch(in: all, startingAtOrAfter: first.lowerBound)...] {
                let start = match.lowerBound
                while region < regions.count, regions[region].upperBound <= start { region += 1 }
                if region == regions.count { break }
                if start >= regions[region].lowerBound { positions.append(start) }
            }
            if positions.count > before { lists += 1 }
        }
        if lists > 1 {
            positions.sort()
            // Two literals at one place (召开, 召开会): tried once.
            var kept = 0
            for index in positions.indices where kept == 0 || positions[index] != positions[kept - 1] {
                positions[kept] = positions[index]
                kept += 1
            }
            positions.removeLast(positions.count - kept)
        }
        return positions
    }

    /// The lines a pattern runs on, for measuring it (`CompiledPack.measurePatterns`).
    func candidateRegionsForMeasuring(_ id: Int) -> [Range<Int>] { candidateRegions(forPattern: id) }

    /// The pattern's matches in `regions` as linting finds them, for measuring it.
    func matchesForMeasuring(_ id: Int, in regions: [Range<Int>]) -> [Range<Int>] { matches(ofPattern: id, in: regions) }

    /// The byte ranges of the lines (ascending) where every literal set of the pattern's
    /// filter occurs and every pair of its runs sits back to back: what the matcher reads.
    private func candidateRegions(forPattern id: Int) -> [Range<Int>] {
        let lineCount = max(document.lines.count, 1)
        guard let filter = pack.regexFilters[id] else { return (1...lineCount).map { document.lines.byteRange(ofLine: $0) } }
        let hazards = filter.hasASCIILetters ? pack.foldHazardIDs : []
        // Two plans in three hold no term of some set of a given pattern: asked through
        // pointers on the flat table, before anything else.
        let everySetOccurs = starts.withUnsafeBufferPointer { starts in
            filter.setTable.withUnsafeBufferPointer { table in
                var index = 0
                while index < table.count {
                    let end = index + 1 + Int(table[index])
                    var held = false
                    for slot in (index + 1)..<end where starts[Int(table[slot])] < starts[Int(table[slot]) + 1] {
                        held = true
                        break
                    }
                    if !held && !hazards.contains(where: occurs) { return false }
                    index = end
                }
                return true
            }
        }
        if !everySetOccurs { return [] }
        // level[line] = how many of the filter's stages (its sets, then its pairs) the line
        // has passed; `candidates` lists the lines that passed them all so far. The first
        // stage is the set with the fewest matches in this plan: its lines are found from
        // the matches. A later set is asked either the same way (a pass over its matches,
        // raising the lines that stand at its stage) or, when few lines are left and its
        // terms occur often (工会 gates dozens of patterns), of each line left, by a binary
        // search of each term's matches.
        // One array per document, cleared for each pattern: made anew for each, it was an
        // allocation with a run-time type look-up per pattern per plan.
        var level: [Int32] = []
        swap(&level, &levelScratch)
        defer { swap(&level, &levelScratch) }
        if level.count == lineCount + 1 {
            level.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        } else {
            level = [Int32](repeating: 0, count: lineCount + 1)
        }
        let sets = filter.sets
        var first = 0
        for index in sets.indices.dropFirst() where matchCount(sets[index]) < matchCount(sets[first]) { first = index }
        // Kept between patterns like `level`, with room for every line the first stage can
        // raise.
        var candidates: [Int32] = []
        swap(&candidates, &candidateScratch)
        defer {
            candidates.removeAll(keepingCapacity: true)
            swap(&candidates, &candidateScratch)
        }
        candidates.reserveCapacity(min(lineCount, matchCount(sets[first]) + matchCount(hazards)))
        // Most terms of a set do not occur in a given plan: skip them before the call.
        for term in sets[first] where occurs(term) { raise(&level, from: 0, onLinesOf: term, listingIn: &candidates) }
        for term in hazards where occurs(term) { raise(&level, from: 0, onLinesOf: term, listingIn: &candidates) }
        if candidates.isEmpty { return [] }
        var current: Int32 = 1
        let lineStarts = document.lines.starts
        for (index, set) in sets.enumerated() where index != first {
            let next = current + 1
            let occurring = set.reduce(0) { $0 + (occurs($1) ? 1 : 0) } + hazards.reduce(0) { $0 + (occurs($1) ? 1 : 0) }
            if candidates.count * occurring * 8 < matchCount(set) + matchCount(hazards) {
                level.withUnsafeMutableBufferPointer { level in
                    candidates.removeAll { line in
                        let holds = set.contains { occurs($0) && startsOn(line, $0, lineStarts) }
                            || hazards.contains { occurs($0) && startsOn(line, $0, lineStarts) }
                        if holds { level[Int(line)] = next }
                        return !holds
                    }
                }
            } else {
                for term in set where occurs(term) { raise(&level, from: current, onLinesOf: term) }
                for term in hazards where occurs(term) { raise(&level, from: current, onLinesOf: term) }
                level.withUnsafeBufferPointer { level in candidates.removeAll { level[Int($0)] != next } }
            }
            if candidates.isEmpty { return [] }
            current = next
        }
        var needed = current
        // Runs back to back and literals within a line are compared as bytes, which the
        // fillers of hidden pinyin can part: in such a text the sets alone choose the lines,
        // and the matcher, which steps over fillers, decides.
        let comparesBytes = !regexText.holdsFillers
        for pair in filter.adjacencies where comparesBytes {
            document.normalized.withUnsafeBufferPointer { text in
                func raise(_ line: Int, ifFollowed offset: Int) {
                    guard level[line] == needed else { return }
                    let region = document.lines.byteRange(ofLine: line)
                    guard offset >= region.lowerBound, offset <= region.upperBound,
                        LiteralAdjacency.startsWithOneOf(
                            pair.after, in: UnsafeBufferPointer(rebasing: text[region]), at: offset - region.lowerBound,
                            blanks: pair.blanks)
                    else { return }
                    level[line] = needed + 1
                }
                if pair.before.isEmpty {
                    for line in candidates { raise(Int(line), ifFollowed: document.lines.byteRange(ofLine: Int(line)).lowerBound) }
                }
                for term in pair.before where occurs(term) {
                    let matches = ranges[Int(starts[Int(term)])..<Int(starts[Int(term) + 1])]
                    for (match, line) in zip(matches, literalLines(term)) { raise(Int(line), ifFollowed: match.upperBound) }
                }
            }
            needed += 1
            level.withUnsafeBufferPointer { level in candidates.removeAll { level[Int($0)] != needed } }
            if candidates.isEmpty { return [] }
        }
        candidates.sort()
        var regions: [Range<Int>] = []
        regions.reserveCapacity(candidates.count)
        if comparesBytes && !filter.lineSets.isEmpty {
            // The line sets' literals through pointers, on the text's buffer: a slice per
            // line and the sets' nested arrays cost a retain and a release each.
            document.normalized.withUnsafeBufferPointer { text in
                filter.lineSetBytes.withUnsafeBufferPointer { bytes in
                    filter.lineSetTable.withUnsafeBufferPointer { table in
                        for line in candidates {
                            let region = document.lines.byteRange(ofLine: Int(line))
                            if RegexFilter.holdsEveryLineSet(UnsafeBufferPointer(rebasing: text[region]), bytes: bytes, table: table) {
                                regions.append(region)
                            }
                        }
                    }
                }
            }
        } else {
            for line in candidates { regions.append(document.lines.byteRange(ofLine: Int(line))) }
        }
        return regions
    }

    /// Whether a term occurs in the document.
    @inline(__always)
    private func occurs(_ term: Int32) -> Bool { starts[Int(term)] < starts[Int(term) + 1] }

    /// How many matches the terms have in the document.
    private func matchCount(_ terms: [Int32]) -> Int {
        terms.reduce(0) { $0 + Int(starts[Int($1) + 1] - starts[Int($1)]) }
    }

    /// Whether a match of `term` starts on 1-based `line` (the line `literalLines` gives it).
    private func startsOn(_ line: Int32, _ term: Int32, _ lineStarts: [Int]) -> Bool {
        let low = lineStarts[Int(line) - 1]
        let high = Int(line) < lineStarts.count ? lineStarts[Int(line)] : Int.max
        let all = ranges[Int(starts[Int(term)])..<Int(starts[Int(term) + 1])]
        let index = TermOccurrences.firstMatch(in: all, startingAtOrAfter: low)
        return index < all.endIndex && all[index].lowerBound < high
    }

    /// Raises the lines of `term`'s matches that stand at stage `current` to the next. A
    /// method on buffers rather than a closure over the level array: the closure's captures
    /// cost a retain, a release and an access check per term.
    private func raise(_ level: inout [Int32], from current: Int32, onLinesOf term: Int32) {
        let lines = literalLines(term)
        level.withUnsafeMutableBufferPointer { level in
            lines.withUnsafeBufferPointer { lines in
                for line in lines where level[Int(line)] == current { level[Int(line)] = current + 1 }
            }
        }
    }

    /// The same, adding each line it raises to `raised`.
    private func raise(_ level: inout [Int32], from current: Int32, onLinesOf term: Int32, listingIn raised: inout [Int32]) {
        let lines = literalLines(term)
        level.withUnsafeMutableBufferPointer { level in
            lines.withUnsafeBufferPointer { lines in
                for line in lines where level[Int(line)] == current {
                    level[Int(line)] = current + 1
                    raised.append(line)
                }
            }
        }
    }

    /// Lines (with repeats) on which a term occurs, one per match; kept, since terms such as
    /// 20 and 年 gate many patterns.
    private func literalLines(_ id: Int32) -> ArraySlice<Int32> {
        let span = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
        // Most terms of the pack do not occur in a given plan.
        if span.isEmpty { return [] }
        if !linesKnown[Int(id)] {
            // From the line of the match's block, or of the term's match before it (a term's
            // matches are sorted by start), whichever is further on: a step or two at most
            // for most matches (a binary search per match was a twentieth of a run).
            var line = 1
            document.lines.starts.withUnsafeBufferPointer { lineStarts in
                for index in span {
                    line = lineBlocks.line(of: ranges[index].lowerBound, in: lineStarts, atOrAfter: line)
                    matchLines[index] = Int32(line)
                }
            }
            linesKnown[Int(id)] = true
        }
        return matchLines[span]
    }
}
