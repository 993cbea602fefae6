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
