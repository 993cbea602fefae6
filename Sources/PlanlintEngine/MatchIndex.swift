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
    private var lineStrings: [Int: String] = [:]
    private var termLines: [Int32: [Int]] = [:]

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

    /// Matches of one pattern, computed line by line on first use, on the lines that hold
    /// the pattern's required literals (every line when it has none).
    private func regexOccurrences(_ id: Int) -> [Range<Int>] {
        if let cached = regexRanges[id] { return cached }
        var found: [Range<Int>] = []
        let lines = candidateLines(forPattern: id)
        guard !lines.isEmpty, let regex = pack.regexes[id].regex else {
            regexRanges[id] = found
            return found
        }
        var utf16Ranges: [NSRange] = []
        for line in lines {
            let lineRange = document.lines.byteRange(ofLine: line)
            if lineRange.isEmpty { continue }
            let text = lineString(line, lineRange)
            utf16Ranges.removeAll(keepingCapacity: true)
            regex.enumerateMatches(in: text, range: NSRange(location: 0, length: text.utf16.count)) { result, _, _ in
                guard let result, result.range.length > 0, result.range.location != NSNotFound else { return }
                utf16Ranges.append(result.range)
            }
            if !utf16Ranges.isEmpty { Self.appendUTF8Ranges(utf16Ranges, in: text, base: lineRange.lowerBound, to: &found) }
        }
        regexRanges[id] = found
        return found
    }

    /// The normalised line as a `String`, made once per line: the lines holding a year or
    /// 年 are candidates for many patterns, and a kept string also keeps the UTF-16 index
    /// marks Foundation builds on it when a pattern runs.
    private func lineString(_ line: Int, _ range: Range<Int>) -> String {
        if let cached = lineStrings[line] { return cached }
        let text = String(decoding: document.normalized[range], as: UTF8.self)
        lineStrings[line] = text
        return text
    }

    /// 1-based lines, ascending, where every literal set of the pattern's filter occurs.
    private func candidateLines(forPattern id: Int) -> [Int] {
        let lineCount = max(document.lines.count, 1)
        guard let filter = pack.regexFilters[id] else { return Array(1...lineCount) }
        let hazards = filter.hasASCIILetters ? pack.foldHazardIDs : []
        // level[line] = how many of the sets, taken in order, the line has passed: one pass
        // over each term's lines per set, no sorting or merging of line lists.
        var level = [Int32](repeating: 0, count: lineCount + 1)
        for (number, set) in filter.sets.enumerated() {
            let current = Int32(number)
            var passed = 0
            for term in set + hazards {
                for line in literalLines(term) where level[line] == current {
                    level[line] = current + 1
                    passed += 1
                }
            }
            if passed == 0 { return [] }
        }
        let needed = Int32(filter.sets.count)
        return (1...lineCount).filter { level[$0] == needed }
    }

    /// Lines (with repeats) on which a term occurs; kept, since terms such as 20 and 年 gate
    /// many patterns.
    private func literalLines(_ id: Int32) -> [Int] {
        if let cached = termLines[id] { return cached }
        // A term's matches are sorted by start, so one forward walk over the line starts
        // finds all their lines (a binary search per match was a twentieth of a run).
        let lineStarts = document.lines.starts
        var line = 1
        var lines: [Int] = []
        lines.reserveCapacity(Int(starts[Int(id) + 1] - starts[Int(id)]))
        for range in ranges[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] {
            while line < lineStarts.count, lineStarts[line] <= range.lowerBound { line += 1 }
            lines.append(line)
        }
        termLines[id] = lines
        return lines
    }

    /// UTF-16 ranges of `text` (ascending, not overlapping) as byte ranges of the document.
    /// A bound inside a surrogate pair has no byte offset; such a match is dropped.
    static func appendUTF8Ranges(_ utf16Ranges: [NSRange], in text: String, base: Int, to found: inout [Range<Int>]) {
        var scalars = text.unicodeScalars.makeIterator()
        var utf16 = 0
        var utf8 = 0
        func offset(at target: Int) -> Int? {
            while utf16 < target, let scalar = scalars.next() {
                utf16 += scalar.utf16.count
                utf8 += scalar.utf8.count
            }
            return utf16 == target ? utf8 : nil
        }
        for range in utf16Ranges {
            let start = offset(at: range.location)
            let end = offset(at: range.location + range.length)
            if let start, let end { found.append((base + start)..<(base + end)) }
        }
    }
}
