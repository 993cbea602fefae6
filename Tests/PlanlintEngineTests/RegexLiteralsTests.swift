import PlanlintTestSupport
import Foundation
import PlanlintBundledRules
import PlanlintDocument
import Testing

@testable import PlanlintEngine
@testable import PlanlintRules

/// What a pattern is gated on must be sound (every match holds one literal of every set) and
/// should be selective (long literals, grown across small classes and groups).
@Suite struct RegexLiteralsTests {
    @Test func growsRunsAcrossSmallClassesAndGroups() throws {
        let years = try #require(RegexLiterals.required("(?<![0-9.\\-/])20[12][0-9]、(?![0-9])"))
        #expect(years.count == 1)
        #expect(Set(years[0]) == Set((2010...2029).map { "\($0)、" }))

        let sessions = try #require(RegexLiterals.required("(十七|十八)届[一二三四五六七]中全会"))
        #expect(sessions.count == 1)
        #expect(sessions[0].count == 14)
        #expect(sessions[0].contains("十八届三中全会"))

        let congress = try #require(RegexLiterals.required("党的\\s*(十九|19)\\s*大"))
        #expect(congress.count == 1)
        #expect(Array(congress[0].prefix(2)) == ["党的十九大", "党的19大"])
        #expect(congress[0].contains("党的 ") && congress[0].contains("党的十九 ") && congress[0].contains("党的19\t"))
        #expect(RegexLiterals.required("a{3}b") == [["aaab"]])
        #expect(RegexLiterals.required("a{ 3\t}b") == [["aaab"]])  // blanks around a bound
        #expect(RegexLiterals.required("ab{2,x}") == nil)  // not a quantifier this reader knows
        // Optional white space: the run joined to what follows, or the run and one space.
        let quotes = try #require(RegexLiterals.required("“\\s*”"))
        #expect(quotes.count == 1)
        #expect(quotes[0].first == "“”")
        #expect(quotes[0].contains("“ ") && quotes[0].contains("“\t") && quotes[0].count == 1 + RegexLiterals.whiteSpace.count)
        #expect(RegexLiterals.required("共\\s+页") == [RegexLiterals.whiteSpace.map { "共" + $0 }, ["页"]])
        #expect(RegexLiterals.required("ab+c") == [["ab"], ["c"]])
        #expect(RegexLiterals.required("[0-9]+\\s*页") == [["页"]])  // single digits gate nothing
        // A class or group repeated at least n times needs n copies in a row, then the run ends.
        #expect(RegexLiterals.required("[_＿]{2,}年") == [["__", "_＿", "＿_", "＿＿"], ["年"]])
        #expect(RegexLiterals.required("(ab|cd){2,3}e") == [["abab", "abcd", "cdab", "cdcd"], ["e"]])
        #expect(RegexLiterals.required("[Xx]{2,4}") == [["xx"]])  // the automaton folds ASCII case
    }

    @Test func stopsGrowingAtTheLimitAndKeepsWhatItHas() throws {
        // 20 × 2 × 10 = 400 alternatives would be too many: the run is cut where it fits
        // (20 strings 201020…202920) and a new one starts (10…29).
        let sets = try #require(RegexLiterals.required("20[12][0-9]20[12][0-9]"))
        #expect(sets.allSatisfy { $0.count <= RegexLiterals.productLimit })
        #expect(sets.count == 2)
        #expect(sets[0].count == 20 && sets[0].contains("202420"))
        #expect(Set(sets[1]) == Set((10...29).map(String.init)))
    }

    @Test func optionalPartsAndUnknownSyntaxGiveNothingOrNoGate() {
        #expect(RegexLiterals.required("a?b*") == nil)
        #expect(RegexLiterals.required("(?i)工会") == nil)  // inline flags: runs on every line
        #expect(RegexLiterals.required("[^。]+") == nil)
        #expect(RegexLiterals.required("(工会|职工)?经费") == [["经费"]])
    }

    /// Soundness over every pattern of the bundled pack: on random lines built from each
    /// pattern's own characters, and on every line of the Examples, a line the pattern
    /// matches holds a literal of each required set.
    @Test func everyBundledPatternIsGatedSoundly() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let examples = try FileManager.default.contentsOfDirectory(atPath: LintTestSupport.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .flatMap { name in
                let url = LintTestSupport.packageRoot.appendingPathComponent("Examples").appendingPathComponent(name)
                return ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map { ScriptNormalizer.normalize(String($0)) }
            }
        #expect(examples.count > 100)
        var generator = SplitMix(seed: 7)
        var matchedLines = 0
        for (pattern, required) in pack.patternFilters {
            guard let required else { continue }
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            // Sorted: a set's order changes from run to run, and with it every line drawn.
            let alphabet = Array(Set(pattern.unicodeScalars.filter { !"\\()[]{}?*+|^$.".unicodeScalars.contains($0) })).sorted { $0.value < $1.value }
                + Array("0123456789 年月日、，。元人名次届“”_Xx×\t\u{3000}\u{2003}\u{A0}\u{0B}\u{0C}\u{85}".unicodeScalars)
            var lines = examples
            for _ in 0..<3000 { lines.append(RandomText.scalars(from: alphabet, length: 1...14, using: &generator)) }
            // Patterns run on normalised lines, where every kind of space is U+0020.
            lines = lines.map { ScriptNormalizer.normalize($0) }
            for line in lines where regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                matchedLines += 1
                let folded = line.lowercased()
                for set in required {
                    #expect(set.contains { folded.contains($0) }, "\(pattern) matched \(line) without any of \(set)")
                }
                for pair in RegexLiterals.analysed(pattern)?.adjacencies ?? [] {
                    #expect(Self.holds(pair, in: line), "\(pattern) matched \(line) without \(pair)")
                }
            }
        }
        #expect(matchedLines > 100, "the property was checked on too few matching lines")
    }

    /// The pair read from the line itself: some `before` string (or the line's start)
    /// followed by an `after` one.
    static func holds(_ pair: LiteralAdjacency, in line: String) -> Bool {
        let bytes = Array(line.utf8)
        let after = pair.after.map { Array($0.utf8) }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let before = pair.before else { return LiteralAdjacency.startsWithOneOf(after, in: buffer, at: 0, blanks: pair.blanks) }
            return before.contains { word in
                let word = Array(word.utf8)
                return (0...max(0, bytes.count - word.count)).contains { start in
                    bytes.count >= start + word.count && Array(bytes[start..<(start + word.count)]) == word
                        && LiteralAdjacency.startsWithOneOf(after, in: buffer, at: start + word.count, blanks: pair.blanks)
                }
            }
        }
    }
}

/// A small seeded generator, so a failing line can be reproduced.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension RegexLiteralsTests {
    /// Derived from the white-space list and normalisation: what `\s` can be in a line.
    @Test func whiteSpaceInANormalisedLine() {
        #expect(RegexLiterals.whiteSpace == [" ", "\t", "\u{0B}", "\u{0C}", "\r", "\u{85}"])
    }

    /// Counted quantifiers as ICU reads them, blanks around the numbers included; anything
    /// else in braces leaves the pattern ungated rather than misread.
    @Test func readsTheBoundsOfCountedQuantifiers() throws {
        #expect(try RegexLiterals.Parser.bounds(Array("3".unicodeScalars)[...]) == (3, 3))
        #expect(try RegexLiterals.Parser.bounds(Array("2,".unicodeScalars)[...]) == (2, nil))
        #expect(try RegexLiterals.Parser.bounds(Array(" 2 , 15 ".unicodeScalars)[...]) == (2, 15))
        #expect(try RegexLiterals.Parser.bounds(Array("\t0,\u{3000}1".unicodeScalars)[...]) == (0, 1))
        for bad in ["", ",3", "1 2", "1,2,3", "x", "-1", "+1", "1,x", "٣"] {
            #expect(throws: RegexLiterals.Unsupported.self, "\(bad)") { try RegexLiterals.Parser.bounds(Array(bad.unicodeScalars)[...]) }
        }
        #expect(RegexLiterals.required("年{ 2 }") == [["年年"]])
        #expect(RegexLiterals.required("第[一二]{1 2}") == nil)
    }

    @Test func classRangesAreListedWhenSmall() {
        #expect(RegexLiterals.required("[0-2]元") == [["0元", "1元", "2元"]])
        #expect(RegexLiterals.required("x[.\\-/]y") == [["x.y", "x-y", "x/y"]])
        #expect(RegexLiterals.required("x[\\.-0]y") == [["x.y", "x/y", "x0y"]])
        // A wide range or one next to a class escape is not listed.
        #expect(RegexLiterals.required("[一-龥]工会") == [["工会"]])
        #expect(RegexLiterals.required("[\\d-z]工会") == [["工会"]])
    }
}

extension RegexLiteralsTests {
    /// The gates end to end: linting with every pattern run on every line gives the same
    /// findings as linting with the gates, on the Examples and on the real seed plans.
    @Test func gatesNeverChangeAFinding() throws {
        let rules = try BundledRules.pack.get()
        let gated = Linter(pack: CompiledPack(pack: rules))
        let ungated = Linter(pack: CompiledPack(pack: rules, gatingPatterns: false))
        var folders = [LintTestSupport.packageRoot.appendingPathComponent("Examples")]
        let seeds = LintTestSupport.corpus.appendingPathComponent("seeds")
        if FileManager.default.fileExists(atPath: seeds.path) { folders.append(seeds) }
        var documents = 0
        var findings = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                let document = try DocumentReader.read(path: folder.appendingPathComponent(name).path)
                let expected = ungated.lint(document, options: LintOptions())
                let actual = gated.lint(document, options: LintOptions())
                #expect(actual.findings == expected.findings, "\(name)")
                documents += 1
                findings += expected.findings.count
            }
        }
        #expect(documents >= 4 && findings > 50)
    }
}
