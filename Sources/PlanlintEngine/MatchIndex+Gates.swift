import PlanlintDocument
import PlanlintRules

/// The gates: before a pattern runs, the lines that may hold a match, from the literals
/// every match must contain (`RegexFilter`), read off the automaton's matches.
extension MatchIndex {
    /// The byte ranges of the lines (ascending) where every literal set of the pattern's
    /// filter occurs and every pair of its runs sits back to back: what the matcher reads.
    func candidateRegions(forPattern id: Int) -> [Range<Int>] {
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
    func occurs(_ term: Int32) -> Bool { starts[Int(term)] < starts[Int(term) + 1] }

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
