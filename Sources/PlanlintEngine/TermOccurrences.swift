/// Where each automaton term occurs in one normalised text, from one pass: the matches
/// grouped by term, each group in text order. Made while a document is read (so that the
/// same pass counts the words that tell its organisation) and then handed to its
/// `MatchIndex`.
public struct TermOccurrences: Sendable {
    /// Match ranges grouped by term: ranges[starts[t]..<starts[t+1]] are term t's, by start.
    let starts: [Int32]
    let ranges: [Range<Int>]

    /// Scans `text` with the pack's automaton.
    public init(_ text: [UInt8], pack: CompiledPack) {
        let termCount = pack.automaton.terms.count
        let matches = pack.automaton.matches(in: text)
        // Counting sort by term keeps each term's matches in text order. Through pointers and
        // with wrapping arithmetic: the terms are the automaton's and the counts are below
        // the text's length, and the checks were a third of the sort.
        var counts = [Int32](repeating: 0, count: termCount + 1)
        var slots: [Int32] = []
        ranges = matches.isEmpty ? [] : matches.withUnsafeBufferPointer { matches in
            counts.withUnsafeMutableBufferPointer { counts in
                let counts = counts.baseAddress!
                for match in matches { counts[Int(match.term) &+ 1] &+= 1 }
                for index in 0..<termCount { counts[index &+ 1] &+= counts[index] }
            }
            slots = counts
            // Every slot is written once (the counts add up to the matches), so the array is
            // not filled first (and not made with capacity 0: see `FindingBuilder.Values`).
            return [Range<Int>](unsafeUninitializedCapacity: matches.count) { buffer, written in
                slots.withUnsafeMutableBufferPointer { slots in
                    let slots = slots.baseAddress!
                    let target = buffer.baseAddress!
                    for match in matches {
                        let term = Int(match.term)
                        // A match ends after it starts: the automaton made it so.
                        (target + Int(slots[term])).initialize(to: Range(uncheckedBounds: (Int(match.start), Int(match.end))))
                        slots[term] &+= 1
                    }
                }
                written = matches.count
            }
        }
        starts = counts
    }

    /// How many matches of a term start before `limit`.
    func count(of term: Int32, startingBefore limit: Int) -> Int {
        let all = ranges[Int(starts[Int(term)])..<Int(starts[Int(term) + 1])]
        return Self.firstMatch(in: all, startingAtOrAfter: limit) - all.startIndex
    }

    /// Binary search: the first of a term's matches (sorted by start) starting at or after
    /// `offset`, as an index of `matches`.
    static func firstMatch(in matches: ArraySlice<Range<Int>>, startingAtOrAfter offset: Int) -> Int {
        var low = matches.startIndex
        var high = matches.endIndex
        while low < high {
            let mid = (low + high) / 2
            if matches[mid].lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
