import PlanlintDocument
import PlanlintRules

/// Where each term of the pack occurs in one document, from one automaton pass; regular
/// expressions run lazily, once per document, only when a rule asks for them.
final class MatchIndex {
    let document: PlanDocument
    let pack: CompiledPack
    /// Match ranges grouped by term: ranges[starts[t]..<starts[t+1]] are term t's, by start.
    let starts: [Int32]
    let ranges: [Range<Int>]
    // Caches indexed by pattern and by term: arrays, as hashing the keys of dictionaries
    // cost more than the lookups saved. (Not `lazy`: a lazy array is copied on every write.)
    // Unchecked exclusivity: an index belongs to one document on one thread and no access
    // to a cache outlives the call that makes it, while the run-time check of each access
    // cost more than the lookup (these caches are asked about 600 times per plan).
    @exclusivity(unchecked) private var regexRanges: [[Range<Int>]?]
    /// The text the patterns read, shared by all of them. Made with the index, not on first
    /// use: the gates ask it of every pattern whether the text holds fillers, and a lazy
    /// property's getter cost 80 instructions a call.
    let regexText: RegexText
    /// matchLines[i]: the 1-based line of match i of `ranges`, filled a term at a time on
    /// first use (`linesKnown`): one flat array rather than one per term, which each plan
    /// then had to free.
    @exclusivity(unchecked) var matchLines: [Int32]
    @exclusivity(unchecked) var linesKnown: [Bool]
    /// The line of each block of the text, for `matchLines`.
    let lineBlocks: LineBlocks
    /// `candidateRegions`' stage of each line, and the lines passing its stages, kept between
    /// patterns.
    @exclusivity(unchecked) var levelScratch: [Int32] = []
    @exclusivity(unchecked) var candidateScratch: [Int32] = []
    /// The terms of each signal's set (by `Signal.allCases`) that occur in the document,
    /// found on first use: the set of `time` has hundreds of words, and each was asked
    /// whether it occurs for every mention a `weak_unless` weighed.
    @exclusivity(unchecked) private var occurringSignalTerms: [[Int32]?] = Array(repeating: nil, count: MatchIndex.signals.count)
    private static let signals = Signal.allCases

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
        // Room for every match of the set's terms and patterns (an upper bound when `range`
        // cuts them), so that the list is made once: the patterns' matches are asked first
        // (they are kept per document), and a list grown for them was a regrowth per set.
        var total = 0
        // Each term's and pattern's matches come sorted: only two or more lists that are not
        // empty need sorting together (most sets of many terms have one term in a plan).
        var lists = 0
        for id in set.literalIDs where occurs(id) {
            total += Int(starts[Int(id) + 1] - starts[Int(id)])
            lists += 1
        }
        var onlyPattern: [Range<Int>] = []
        for pattern in set.patternIDs {
            let all = regexOccurrences(pattern)
            if all.isEmpty { continue }
            total += all.count
            lists += 1
            onlyPattern = all
        }
        if lists == 0 { return [] }
        // A single pattern's matches, all of them: the kept list itself, not a copy.
        if lists == 1, range == nil, total == onlyPattern.count { return onlyPattern }
        var result: [Range<Int>] = []
        result.reserveCapacity(total)
        for id in set.literalIDs where occurs(id) { appendLiteral(id, in: range, to: &result) }
        for pattern in set.patternIDs {
            let all = regexOccurrences(pattern)
            if let range {
                for match in all where match.lowerBound >= range.lowerBound && match.upperBound <= range.upperBound { result.append(match) }
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

    /// `contains` for the set of a signal, asking only its terms that occur in the document.
    func contains(_ signal: Signal, in range: Range<Int>) -> Bool {
        let index = Self.signals.firstIndex(of: signal)!
        let set = pack.compiled(signal)
        if occurringSignalTerms[index] == nil { occurringSignalTerms[index] = set.literalIDs.filter { occurs($0) } }
        for id in occurringSignalTerms[index]! where containsLiteral(id, in: range) { return true }
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

    /// Appends a term's matches (inside `range`, when given) to `result`, without a list
    /// made for them on the way.
    private func appendLiteral(_ id: Int32, in range: Range<Int>?, to result: inout [Range<Int>]) {
        let all = ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
        guard let range else {
            result += all
            return
        }
        var index = TermOccurrences.firstMatch(in: all, startingAtOrAfter: range.lowerBound)
        while index < all.endIndex, all[index].lowerBound < range.upperBound {
            if all[index].upperBound <= range.upperBound { result.append(all[index]) }
            index += 1
        }
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
}
