import Foundation
import PlanlintDocument

/// Where each term of the pack occurs in one document, from one automaton pass; regular
/// expressions run lazily, once per document, only when a rule asks for them.
final class MatchIndex {
    private let document: PlanDocument
    private let pack: CompiledPack
    /// Match ranges grouped by term: ranges[starts[t]..<starts[t+1]] are term t's, by start.
    private var starts: [Int32]
    private var ranges: [Range<Int>]
    private var regexRanges: [Int: [Range<Int>]] = [:]

    init(document: PlanDocument, pack: CompiledPack) {
        self.document = document
        self.pack = pack
        let termCount = pack.automaton.terms.count
        var matches: [TermAutomaton.Match] = []
        pack.automaton.scan(document.normalized) { matches.append($0) }
        // Counting sort by term keeps each term's matches in text order.
        var counts = [Int32](repeating: 0, count: termCount + 1)
        for match in matches { counts[Int(match.term) + 1] += 1 }
        for index in 0..<termCount { counts[index + 1] += counts[index] }
        var slots = counts
        var sorted = [Range<Int>](repeating: 0..<0, count: matches.count)
        for match in matches {
            let term = Int(match.term)
            sorted[Int(slots[term])] = Int(match.start)..<Int(match.end)
            slots[term] += 1
        }
        starts = counts
        ranges = sorted
    }

    /// All occurrences of a term set, sorted by start, optionally only inside `range`.
    func occurrences(of set: CompiledTermSet, in range: Range<Int>? = nil) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for id in set.literalIDs {
            result += literalOccurrences(id, in: range)
        }
        for pattern in set.patternIDs {
            let all = regexOccurrences(pattern)
            if let range {
                result += all.filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
            } else {
                result += all
            }
        }
        if set.literalIDs.count + set.patternIDs.count > 1 {
            result.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        }
        return result
    }

    /// True when the set occurs anywhere inside `range`.
    func contains(_ set: CompiledTermSet, in range: Range<Int>) -> Bool {
        for id in set.literalIDs where !literalOccurrences(id, in: range).isEmpty { return true }
        for pattern in set.patternIDs
        where regexOccurrences(pattern).contains(where: { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }) {
            return true
        }
        return false
    }

    private func literalOccurrences(_ id: Int32, in range: Range<Int>?) -> ArraySlice<Range<Int>> {
        let all = ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
        guard let range else { return all }
        // Binary search the first match starting at or after the range.
        var low = all.startIndex
        var high = all.endIndex
        while low < high {
            let mid = (low + high) / 2
            if all[mid].lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < all.endIndex, all[end].lowerBound < range.upperBound { end += 1 }
        return all[low..<end].filter { $0.upperBound <= range.upperBound }[...]
    }

    /// Matches of one pattern, computed line by line on first use.
    private func regexOccurrences(_ id: Int) -> [Range<Int>] {
        if let cached = regexRanges[id] { return cached }
        let regex = pack.regexes[id]
        var found: [Range<Int>] = []
        for line in 1...document.lines.count {
            let lineRange = document.lines.byteRange(ofLine: line)
            if lineRange.isEmpty { continue }
            let text = String(decoding: document.normalized[lineRange], as: UTF8.self)
            let utf16 = text.utf16
            regex.enumerateMatches(in: text, range: NSRange(location: 0, length: utf16.count)) { result, _, _ in
                guard let result, result.range.length > 0,
                    let lower = Range(result.range, in: text)
                else { return }
                let start = text.utf8.distance(from: text.startIndex, to: lower.lowerBound)
                let end = text.utf8.distance(from: text.startIndex, to: lower.upperBound)
                found.append((lineRange.lowerBound + start)..<(lineRange.lowerBound + end))
            }
        }
        regexRanges[id] = found
        return found
    }
}
