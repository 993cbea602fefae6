import PlanlintTestSupport
import Foundation
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine
import Testing

@Suite struct RegexBackendTests {
    /// Case folding is left out only for patterns no letter can tell apart by case; the
    /// test below checks those against the case-insensitive reference on real and random lines.
    @Test func caseFoldingIsKeptWhereALetterCouldMatter() throws {
        #if canImport(_FoundationICU)
        for pattern in ["(?<![0-9.])20[12][0-9]\\s*(个|%|％)", "[_＿]{2,}年", "第\\s*[0-9]+\\s*页", "[.\\-/]{1,2}", "\\b十二五\\B"] {
            #expect(!ICURegex.foldsCase(pattern), "\(pattern)")
        }
        for pattern in ["copyright", "[Xx×]", "\\p{Lu}", "\\w+", "(?i)工会", "Ω", "\\x{41}", "ǅ"] {
            #expect(ICURegex.foldsCase(pattern), "\(pattern)")
        }
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let folding = pack.patternFilters.map(\.pattern).filter(ICURegex.foldsCase)
        #expect(!folding.isEmpty && folding.count < pack.patternFilters.count)
        #endif
    }

    /// Every line of the Examples and random lines made of each pattern's own characters,
    /// searched line by line through `NSRegularExpression` and through the other backend.
    @Test func backendsFindTheSameMatches() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let examples = LintTestSupport.packageRoot.appendingPathComponent("Examples")
        var lines = try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .flatMap { name in
                ((try? String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)) ?? "")
                    .split(separator: "\n").map { ScriptNormalizer.normalize(String($0)) }
            }
        // Anchors, word boundaries, look-behind, empty matches and astral scalars, whose
        // offsets differ most between UTF-16 and UTF-8.
        // (?<=[^x]) and (?<!\S) hold at a line's start only if the line before is visible.
        let patterns = pack.patternFilters.map(\.pattern) + [
            "^一", "年$", "\\bab\\b", "(?<=第)[一二三]", "x*", "😀+工", ".{2}", "(?<=[^x])一", "(?<!\\S)工", "(?<![0-9])1", "工(?=\\s*1)",
        ]
        var generator = SplitMix(seed: 5)
        var matches = 0
        for pattern in patterns {
            // Sorted, so that the seeded lines are the same in every run.
            let alphabet = Array(Set(pattern.unicodeScalars.filter { !"\\()[]{}?*+|^$.".unicodeScalars.contains($0) })).sorted { $0.value < $1.value }
                + Array("0123456789 年月日、第一ab😀工x".unicodeScalars)
            for _ in 0..<200 { lines.append(RandomText.scalars(from: alphabet, length: 0...14, using: &generator)) }
            let bytes = Array(lines.joined(separator: "\n").utf8)
            var regions: [Range<Int>] = []
            var start = 0
            for line in lines {
                regions.append(start..<(start + line.utf8.count))
                start += line.utf8.count + 1
            }
            let text = RegexText(bytes: bytes)
            let reference = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(LazyRegex.compile(pattern)).matches(in: text, regions: regions) == reference, "\(pattern)")
            matches += reference.count
            lines.removeLast(200)
        }
        #expect(matches > 1000, "the backends were compared on too few matches")
    }

    /// A pattern the native matcher cannot read goes to ICU, whose compiling (6 M
    /// instructions, 7.6 M more for its first pattern in a process) costs a one-plan run more
    /// than linting the plan: the bundled pack must not need it. A rule author who meets this
    /// test rewrites the pattern in the subset `RegexSubsetParser` reads (no look-around inside
    /// a look-around, counts up to `largestCount`, …).
    @Test func everyBundledPatternRunsNatively() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let foreign = pack.patternFilters.map(\.pattern).filter { BacktrackingRegex($0) == nil }
        #expect(foreign.isEmpty, "left to ICU: \(foreign)")
    }

    @Test func refusedPatternsCompileToNothing() {
        #expect(LazyRegex.compile("(unclosed") == nil)
        #expect(FoundationRegex("[z-a]") == nil)
        #expect(LazyRegex("[z-a]").regex == nil)
    }
}
