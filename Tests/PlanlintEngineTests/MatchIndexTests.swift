import Foundation
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine
import PlanlintRules
import Testing

/// The index's shortcut queries against the full occurrence lists they stand in for, for
/// every term set of the bundled pack on the Examples and the seed plans.
@Suite struct MatchIndexTests {
    @Test func shortcutQueriesAgreeWithTheOccurrenceLists() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        var folders = [LintTestSupport.packageRoot.appendingPathComponent("Examples")]
        let seeds = LintTestSupport.corpus.appendingPathComponent("seeds")
        if FileManager.default.fileExists(atPath: seeds.path) { folders.append(seeds) }
        let documents = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
                .map { try DocumentReader.read(path: folder.appendingPathComponent($0).path) }
        }
        let sets = pack.pack.rules.flatMap(\.termSets).map { pack.compiled($0) }
        var hits = 0
        for document in documents {
            let index = MatchIndex(document: document, pack: pack)
            for block in document.blocks.prefix(60) {
                for set in sets {
                    let all = index.occurrences(of: set, in: block.range)
                    #expect(index.contains(set, in: block.range) == !all.isEmpty)
                    for limit in [block.range.lowerBound + 12, block.range.lowerBound + 40, block.range.upperBound] {
                        let expected = all.first.flatMap { $0.lowerBound < limit ? $0 : nil }
                        #expect(index.firstOccurrence(of: set, in: block.range, startingBefore: limit) == expected)
                        if expected != nil { hits += 1 }
                    }
                }
            }
        }
        #expect(hits > 500, "the shortcuts were compared on too few occurrences")
    }

    /// A set's occurrences are its terms' and patterns' own, each list asked alone, sorted
    /// together (and cut to a range when one is given), the single pattern's list handed on
    /// whole; `contains` asked of a signal (its occurring terms only) answers as its set's
    /// occurrences do.
    @Test func setOccurrencesAreTheirMembersSortedTogether() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let folder = LintTestSupport.packageRoot.appendingPathComponent("Examples")
        let documents = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .map { try DocumentReader.read(path: folder.appendingPathComponent($0).path) }
        let sets = pack.pack.rules.flatMap(\.termSets).map { pack.compiled($0) }
            + Signal.allCases.map { pack.compiled($0) }
        var merged = 0
        var signalHits = 0
        for document in documents {
            let index = MatchIndex(document: document, pack: pack)
            var ranges: [Range<Int>?] = [nil]
            ranges += document.blocks.prefix(40).map { Optional($0.range) }
            for range in ranges {
                for set in sets {
                    var expected: [Range<Int>] = []
                    for id in set.literalIDs { expected += index.occurrences(of: CompiledTermSet(literalIDs: [id], patternIDs: []), in: range) }
                    for pattern in set.patternIDs { expected += index.occurrences(of: CompiledTermSet(literalIDs: [], patternIDs: [pattern]), in: range) }
                    expected.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
                    let found = index.occurrences(of: set, in: range)
                    #expect(found == expected)
                    if set.literalIDs.count + set.patternIDs.count > 1 && found.count > 1 { merged += 1 }
                }
                guard let range else { continue }
                for signal in Signal.allCases {
                    let holds = !index.occurrences(of: pack.compiled(signal), in: range).isEmpty
                    #expect(index.contains(signal, in: range) == holds, "\(signal) in \(range) of \(document.path)")
                    #expect(index.contains(pack.compiled(signal), in: range) == holds)
                    if holds { signalHits += 1 }
                }
            }
        }
        #expect(merged > 100 && signalHits > 20, "\(merged) merged lists, \(signalHits) signals held")
    }

    /// The lines a pattern's gate lets through are the lines holding a match of some term of
    /// each of its literal sets (exactly, for a gate of sets alone or of sets and literals
    /// checked on each line; among them, for one that also checks runs back to back),
    /// ascending. The gate finds its first set's lines from the matches and asks
    /// the others either the same way or line by line: both must give these lines.
    @Test func gatesLetThroughTheLinesHoldingEverySet() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        var folders = [LintTestSupport.packageRoot.appendingPathComponent("Examples")]
        let seeds = LintTestSupport.corpus.appendingPathComponent("seeds")
        if FileManager.default.fileExists(atPath: seeds.path) { folders.append(seeds) }
        let paths = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
                .map { folder.appendingPathComponent($0).path }
        }
        var exact = 0
        var several = 0
        var onLines = 0
        for path in paths {
            let document = try DocumentReader.read(path: path)
            let index = MatchIndex(document: document, pack: pack)
            let holdsFillers = RegexText(bytes: document.normalized).holdsFillers
            func lines(of terms: [Int32]) -> Set<Int> {
                let matches = index.occurrences(of: CompiledTermSet(literalIDs: terms, patternIDs: []))
                return Set(matches.map { document.lines.line(of: $0.lowerBound) })
            }
            for (id, filter) in pack.regexFilters.enumerated() {
                guard let filter else { continue }
                let hazards = filter.hasASCIILetters ? pack.foldHazardIDs : []
                let expected = filter.sets.map { lines(of: $0 + hazards) }.reduce(Set(1...max(document.lines.count, 1))) { $0.intersection($1) }
                let regions = index.candidateRegionsForMeasuring(id)
                #expect(regions.allSatisfy { document.lines.byteRange(ofLine: document.lines.line(of: $0.lowerBound)) == $0 })
                let found = regions.map { document.lines.line(of: $0.lowerBound) }
                #expect(found == found.sorted() && Set(found).count == found.count, "\(path) \(id)")
                if filter.adjacencies.isEmpty && filter.lineSets.isEmpty {
                    #expect(found == expected.sorted(), "\(path) \(pack.regexes[id].pattern)")
                    if !expected.isEmpty { exact += 1 }
                    if !expected.isEmpty && filter.sets.count > 1 { several += 1 }
                } else if filter.adjacencies.isEmpty && !holdsFillers {
                    // Sets checked on each line's bytes: exactly the lines holding a literal of
                    // each, found here by a plain walk.
                    let held = expected.filter { line in
                        let bytes = Array(document.normalized[document.lines.byteRange(ofLine: line)])
                        return filter.lineSets.allSatisfy { set in
                            set.contains { literal in bytes.indices.contains { bytes[$0...].starts(with: literal) } }
                        }
                    }
                    #expect(found == held.sorted(), "\(path) \(pack.regexes[id].pattern)")
                    if !held.isEmpty { onLines += 1 }
                } else {
                    #expect(Set(found).isSubset(of: expected), "\(path) \(pack.regexes[id].pattern)")
                }
            }
        }
        #expect(exact > 100, "compared on too few gates that let lines through")
        #expect(several > 20, "compared on too few gates of several sets")
        #expect(onLines > 20, "compared on too few gates with sets checked on the lines")
    }

    /// Ascending runs one after another, as a set's term and pattern lists come, merged give
    /// what sorting gives: runs of one, empty, equal ranges across runs, runs that already
    /// follow each other, and many runs.
    @Test func mergedRunsAreSorted() {
        var generator = SplitMix(seed: 29)
        for _ in 0..<500 {
            var ranges: [Range<Int>] = []
            for _ in 0..<Int(generator.next() % 6) {
                var start = Int(generator.next() % 40)
                for _ in 0..<Int(generator.next() % 8) {
                    let length = Int(generator.next() % 4)
                    ranges.append(start..<start + length)
                    start += Int(generator.next() % 5)
                }
            }
            var merged = ranges
            MatchIndex.mergeRuns(&merged)
            #expect(merged == ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }, "\(ranges)")
        }
    }

    /// The line a block's line and a step or two past it give is the one `LineTable.line(of:)`
    /// gives, for every offset (past the text's end too), from any line known to lie at or
    /// before it: blocks of short lines, of no line start, and of more than 64 empty lines.
    @Test func linesOfMatchesAreTheLineTablesLines() {
        let text =
            Array("一\n\n\n二三\nabc\n".utf8) + Array(repeating: UInt8(ascii: "\n"), count: 140)
            + Array(String(repeating: "四五六七", count: 30).utf8) + Array("\n七\n".utf8)
        let table = LineTable(normalized: text, originalLines: Array(repeating: "", count: text.filter { $0 == 0x0A }.count + 1))
        let blocks = LineBlocks(lineStarts: table.starts, byteCount: text.count)
        table.starts.withUnsafeBufferPointer { starts in
            for offset in 0...(text.count + 3) {
                let line = table.line(of: offset)
                for known in 1...line {
                    #expect(blocks.line(of: offset, in: starts, atOrAfter: known) == line, "\(offset) from \(known)")
                }
            }
        }
    }

    /// `occursAnywhere` (a rule's `when: {mentions: …}`) stops a pattern at its first line;
    /// it must say what the full list says, and leave the occurrences asked for afterwards
    /// as they would have been.
    @Test func occursAnywhereAgreesAndLeavesTheOccurrencesWhole() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let seeds = LintTestSupport.corpus.appendingPathComponent("seeds")
        var paths = try FileManager.default.contentsOfDirectory(atPath: LintTestSupport.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .map { LintTestSupport.packageRoot.appendingPathComponent("Examples").appendingPathComponent($0).path }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            paths += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { seeds.appendingPathComponent($0).path }
        }
        let sets = pack.pack.rules.flatMap(\.termSets).map { pack.compiled($0) }.filter { !$0.patternIDs.isEmpty }
        var found = 0
        for path in paths {
            let document = try DocumentReader.read(path: path)
            let asked = MatchIndex(document: document, pack: pack)
            let reference = MatchIndex(document: document, pack: pack)
            for set in sets {
                let all = reference.occurrences(of: set)
                #expect(asked.occursAnywhere(set) == !all.isEmpty, "\(path)")
                #expect(asked.occurrences(of: set) == all, "\(path)")
                if !all.isEmpty { found += 1 }
            }
        }
        #expect(found > 20, "compared on too few patterns that occur")
    }
}
