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
}
