import Foundation
import PlanlintDocument
import PlanlintBundledRules
@testable import PlanlintEngine
import PlanlintTestSupport
import Testing

@Suite struct BacktrackingRegexTests {
    /// Scalars the random lines are made of: CJK, digits, ASCII punctuation, every line
    /// terminator ICU knows (which `.` and `$` treat apart), separators \s matches and VT,
    /// NEL it does not, and an astral scalar.
    static let alphabet = Array("年月日第一二十工会0129５ 、.-/_＿%（）aksxAKSX".unicodeScalars)
        + ["\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{A0}", "\t", "😀"]
        // What ICU's case folding joins to ASCII letters: K KELVIN SIGN, ſ, ß, ﬆ, ﬁ.
        + ["\u{212A}", "\u{17F}", "\u{DF}", "\u{FB06}", "\u{FB01}"]

    /// Random patterns of the subset, each run over random lines by the native matcher and
    /// by `NSRegularExpression` (case-insensitive, as rules run): same matches, same order.
    @Test func matchesAsICUDoesOnRandomPatterns() throws {
        var generator = SplitMix(seed: 11)
        var accepted = 0
        var matches = 0
        for _ in 0..<1500 {
            let pattern = Self.randomPattern(&generator)
            guard let native = BacktrackingRegex(pattern) else { continue }
            accepted += 1
            let reference = try #require(FoundationRegex(pattern), "ICU refuses \(pattern)")
            var lines: [String] = []
            for _ in 0..<30 { lines.append(RandomText.scalars(from: Self.alphabet, length: 0...12, using: &generator)) }
            let (text, regions) = Self.text(of: lines)
            let expected = reference.matches(in: text, regions: regions)
            #expect(native.matches(in: text, regions: regions) == expected, "\(pattern)")
            matches += expected.count
        }
        #expect(accepted > 1100, "the writer's patterns should be in the subset")
        #expect(matches > 5000, "compared on too few matches")
    }

    /// Anchored patterns of bounded extent read only the start of a line; on lines much
    /// longer than that they find what ICU finds on the whole line.
    @Test func anchoredPatternsReadOnlyTheirReach() throws {
        var generator = SplitMix(seed: 13)
        var windowed = 0
        var matches = 0
        for _ in 0..<800 {
            var writer = PatternWriter(generator: generator)
            let pattern = "^(" + writer.alternation(depth: 0) + ")"
            generator = writer.generator
            guard let native = BacktrackingRegex(pattern), let reference = FoundationRegex(pattern) else { continue }
            var lines: [String] = []
            for _ in 0..<20 { lines.append(RandomText.scalars(from: Self.alphabet, length: 0...160, using: &generator)) }
            let (text, regions) = Self.text(of: lines)
            if let reach = native.anchoredReach, regions.contains(where: { $0.count > reach }) { windowed += 1 }
            let expected = reference.matches(in: text, regions: regions)
            #expect(native.matches(in: text, regions: regions) == expected, "\(pattern)")
            matches += expected.count
        }
        #expect(windowed > 150, "too few patterns had lines longer than their reach")
        #expect(matches > 2000, "compared on too few matches")
    }

    /// An alternation of words is one instruction that keeps the words after the first that
    /// fits for backtracking: ICU's order of preference, overlapping words included.
    @Test func wordAlternationsKeepICUsPreference() throws {
        let lines = ["届第一次会议", "四届一次", "加强加强化", "推进开展推开", "第一届第九次教代会", "开展", "开"]
        let (text, regions) = Self.text(of: lines)
        for pattern in ["(届|届第)一次", "(届第|届)一次", "(加强|加)强", "(加|加强)化", "(推进|开展|推开)+", "第一届(第九|第)次?", "(开展|开)$"] {
            let program = try RegexProgram(try RegexSubsetParser.parse(pattern))
            #expect(program.instructions.contains { $0.opcode == .literalSet }, "\(pattern)")
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
    }

    /// A set of many words tries only those listed under the two bytes at hand: the same
    /// matches, in ICU's order of preference, as trying them all. Words share their first
    /// character (加强, 加快, 加大 fold to one list) or only their first two bytes' folded
    /// index (开 and 弘 lead alike), run into one another, and stand at a line's end.
    @Test func manyWordSetsTryTheWordsOfTheirTwoBytes() throws {
        let words = ["加强", "加快", "加大", "加", "推进", "推进会", "开展", "开", "弘扬", "强化", "深化", "丰富", "1年", "12", "年1"]
        let lines = [
            "加强加快", "加大力度推进会议", "开展弘扬", "开", "加", "推", "强化深化丰富", "12年1", "1年", "112",
            "一、加强", "第一开展开", "弘", "推进会推进", "",
        ]
        let (text, regions) = Self.text(of: lines)
        var generator = SplitMix(seed: 21)
        var patterns = ["(" + words.joined(separator: "|") + ")", "(" + words.reversed().joined(separator: "|") + ")+会"]
        for _ in 0..<40 {
            let chosen = words.filter { _ in generator.next() % 3 != 0 }.shuffled(using: &generator)
            guard chosen.count > RegexProgram.wordsTriedInTurn else { continue }
            let set = "(" + chosen.joined(separator: "|") + ")"
            patterns.append(generator.next() % 2 == 0 ? set + "(议|化)?" : "^[一、]{0,2}" + set + "{1,2}$")
        }
        var listed = 0
        for pattern in patterns {
            let program = try RegexProgram(try RegexSubsetParser.parse(pattern))
            if program.instructions.contains(where: { $0.opcode == .literalSet && $0.firstFilter >= 0 }) { listed += 1 }
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
        #expect(listed > 30, "too few sets listed their words by their bytes")
    }

    /// A pattern whose matches start with one of a few bytes (a small class, a look-behind
    /// before it) is searched for those bytes as one-byte literals: the same matches as ICU,
    /// with the bytes at a line's ends, in runs, and as the lead of other characters (＿ and
    /// ，both lead with EF).
    @Test func fewStartBytesAreSearchedAsLiterals() throws {
        let lines = ["__年＿＿年_", "填写__＿年，XX单位xxx", "X", "年XxXx年", "，，＿_年", "_", "ax_年x", "＿＿"]
        let (text, regions) = Self.text(of: lines)
        for pattern in ["[_＿]{2,}年", "(?<=\\p{Han})[_＿]{2,}", "(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z])", "[Xx年]+_?", "[_＿]$"] {
            let program = try RegexProgram(try RegexSubsetParser.parse(pattern))
            #expect(program.leadingLiterals == nil && program.startLiterals != nil, "\(pattern)")
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(!expected.isEmpty, "\(pattern)")
            #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
    }

    @Test func extentsBoundWhatAMatchReads() throws {
        func extent(_ pattern: String) throws -> Int? { try RegexSubsetParser.parse(pattern).maxExtent }
        #expect(try extent("^[ \\t]{0,8}以[^。]{2,60}为(指导|统领)") == 8 + 1 + 60 + 1 + 2)
        // A look-ahead reads past the match; a look-behind reads only before it.
        #expect(try extent("年(?=工会工作计划)") == 7)
        #expect(try extent("(?<=第一二三)年") == 1)
        #expect(try extent("^a*") == nil)
        #expect(try extent("^年$") == nil)
        #expect(try extent("(?=a$)") == nil)
    }

    /// The bundled patterns the subset takes, on random lines of their own characters.
    @Test func bundledPatternsMatchAsICUDoes() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let patterns = pack.patternFilters.map(\.pattern)
        let native = patterns.filter { BacktrackingRegex($0) != nil }
        // Only the patterns with letters (matched without regard to case) stay with ICU.
        #expect(native.count > patterns.count * 3 / 4)
        var generator = SplitMix(seed: 12)
        for pattern in native {
            // Sorted, so that the seeded lines are the same in every run.
            let alphabet = Array(Set(pattern.unicodeScalars.filter { !"\\()[]{}?*+|^$.".unicodeScalars.contains($0) })).sorted { $0.value < $1.value }
                + Self.alphabet
            let lines = (0..<300).map { _ in RandomText.scalars(from: alphabet, length: 0...30, using: &generator) }
            let (text, regions) = Self.text(of: lines)
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
    }

    @Test func leavesToICUWhatItDoesNotRead() {
        for pattern in [
            "\\w", "\\bx", "(?i)工", "\\p{NoSuchProperty}", "[\\p{Han}-z]",
            // Closed over case, the uppercase letters gain strings (ß ↔ ss): ICU's to match.
            "\\p{Lu}",
            // ICU refuses the one-letter form.
            "\\pN", "工++", "[[一二]]", "[:digit:]", "Ω", "[À-Ý]", "class", "Stop",
            "fi", "[0-9]ff", "j\u{30C}", "(?<=年??)x",
            "(?<=年*)月", "(?<=(?=年)年)月", "(?>年)", "(?<name>年)", "(年)\\1", "[一-\u{9FA5}]", "年{2,1}", "(年)*?*",
            "年{1000}", "(年?)*", "\\u5E74", "[a&&b]", "(?=年)?",
        ] {
            #expect(BacktrackingRegex(pattern) == nil, "\(pattern)")
        }
        for pattern in [
            "(?<![0-9.])20[12][0-9]\\s*(个|%|％)", "^\\s*共\\s*[0-9]+\\s*页\\s*$", "困难[^。;]{0,15}(现金|红包)", "[一-十]",
            "copyright", "(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z])", "\\.(docx?|wps|pdf)", "s-s",
        ] {
            #expect(BacktrackingRegex(pattern) != nil, "\(pattern)")
        }
    }

    /// Each ASCII letter, alone and in a class, matches what ICU matches it with, over
    /// every scalar of the BMP.
    @Test func lettersFoldAsICUFoldsThem() throws {
        let scalars = (UInt32(0x20)...0xFFFF).compactMap(Unicode.Scalar.init).filter { !Backtracker.isLineTerminator($0.value) }
        let line = String(String.UnicodeScalarView(scalars))
        let (text, regions) = Self.text(of: [line])
        for letter in "azAZks".unicodeScalars {
            for pattern in [String(letter), "[\(letter)]", "[^\(letter)]"] {
                let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
                #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
            }
        }
    }

    /// Properties and `\d` are ICU's own sets (case-closed as ICU closes them), so they
    /// match as ICU does over every scalar of the BMP.
    @Test func propertiesMatchAsICUDoes() throws {
        #if canImport(_FoundationICU)
        let scalars = (UInt32(0x20)...0xFFFF).compactMap(Unicode.Scalar.init).filter { !Backtracker.isLineTerminator($0.value) }
        // Lines of 40 scalars, so that runs start and end everywhere.
        let lines = stride(from: 0, to: scalars.count, by: 40).map {
            String(String.UnicodeScalarView(scalars[$0..<min($0 + 40, scalars.count)]))
        }
        let (text, regions) = Self.text(of: lines)
        for pattern in [
            "\\p{Han}+", "[\\p{Han}a]", "\\P{Han}", "\\d", "\\D{2}", "\\p{Nl}", "\\p{Lo}{2}", "\\p{N}", "[^\\p{Nd}\\s]",
            "\\p{Script=Arabic}", "\\p{sc=Hani}", "(?<=\\p{Han})\\s?(and|or)",
        ] {
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(BacktrackingRegex(pattern), "\(pattern)").matches(in: text, regions: regions) == expected, "\(pattern)")
        }
        #endif
    }

    /// The shortcut for ideographs and ASCII gives the properties' answer.
    @Test func casedScalarsAreThePropertiesOnes() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let cased = scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenCaseMapped
            if RegexSubsetParser.isCased(scalar) != cased { Issue.record("U+\(String(value, radix: 16))") }
        }
    }

    /// `\s` is Unicode's White_Space, exactly.
    @Test func whiteSpaceIsTheProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace != ScalarClass.whiteSpace.contains(value) {
                Issue.record("U+\(String(value, radix: 16))")
            }
        }
    }

    /// Exploring each (instruction, position) once keeps a pattern that backtracks
    /// exponentially in a plain backtracker linear: 2^3000 ways to split the line.
    @Test func repeatedAlternativesDoNotExplode() {
        let line = String(repeating: "年", count: 3000)
        let (text, regions) = Self.text(of: [line, line + "月"])
        let found = BacktrackingRegex("(年|年)*月")?.matches(in: text, regions: regions)
        #expect(found == [regions[1]])
    }

    /// Every search leaves the text's visited set clear for the next pattern, which takes it
    /// as it is (`BacktrackScratch`): patterns of different lengths run one after another on
    /// one text (one long line among short ones, so the set grows) give ICU's matches. A bit
    /// left set would hide a later pattern's match.
    @Test func patternsShareOneTextsVisitedSet() throws {
        var generator = SplitMix(seed: 17)
        var patterns = 0
        var matches = 0
        for _ in 0..<30 {
            var lines: [String] = []
            for _ in 0..<10 { lines.append(RandomText.scalars(from: Self.alphabet, length: 0...12, using: &generator)) }
            lines.append(RandomText.scalars(from: Self.alphabet, length: 2500...3000, using: &generator))
            lines.append(RandomText.scalars(from: Self.alphabet, length: 0...12, using: &generator))
            let (text, regions) = Self.text(of: lines)
            for _ in 0..<10 {
                let pattern = Self.randomPattern(&generator)
                guard let native = BacktrackingRegex(pattern), let reference = FoundationRegex(pattern) else { continue }
                patterns += 1
                let expected = reference.matches(in: text, regions: regions)
                #expect(native.matches(in: text, regions: regions) == expected, "\(pattern)")
                // The same pattern again, on the short lines alone: what the long line's
                // search reached is clear.
                let short = Array(regions.prefix(10))
                #expect(native.matches(in: text, regions: short) == reference.matches(in: text, regions: short), "\(pattern)")
                matches += expected.count
            }
        }
        #expect(patterns > 200, "too few patterns")
        #expect(matches > 1000, "compared on too few matches")
    }

    /// A line too long for the visited set goes to ICU and gives the same matches.
    @Test func longLinesGoToICU() throws {
        let line = String(repeating: "第一年 ", count: 30000) + "第二年"
        let pattern = "第[一二]年\\s*"
        let native = try #require(BacktrackingRegex(pattern))
        let (text, regions) = Self.text(of: ["第一年", line])
        #expect(native.visitedBits(line.utf8.count) > BacktrackingRegex.largestVisitedSet)
        let found = native.matches(in: text, regions: regions)
        #expect(found == (try #require(FoundationRegex(pattern))).matches(in: text, regions: regions))
        #expect(found.count == 30002)
    }

    /// In a text holding the fillers of hidden pinyin (here one to three after random
    /// ideographs that another ideograph follows, as annotations stand inside words), the
    /// native matcher reads each line as the line without them: the same matches, none
    /// starting on a filler, each covering the clean match's bytes once its fillers are
    /// dropped. Patterns with a look-behind are left out (its window counts fillers; the
    /// one-class look-behind rules use is tested below).
    @Test func readsATextWithFillersAsTheTextWithout() throws {
        var generator = SplitMix(seed: 12)
        let ideographs = Set("年月日第一二十工会".unicodeScalars)
        var compared = 0
        var matches = 0
        for _ in 0..<1200 {
            let pattern = Self.randomPattern(&generator)
            guard !pattern.contains("(?<"), let native = BacktrackingRegex(pattern) else { continue }
            var lines: [String] = []
            var filled: [String] = []
            for _ in 0..<20 {
                let scalars = Array(RandomText.scalars(from: Self.alphabet, length: 0...12, using: &generator).unicodeScalars)
                var out = String.UnicodeScalarView()
                for (index, scalar) in scalars.enumerated() {
                    out.append(scalar)
                    if ideographs.contains(scalar), index + 1 < scalars.count, ideographs.contains(scalars[index + 1]), generator.next() % 2 == 0 {
                        out.append(contentsOf: Array(repeating: Unicode.Scalar(1), count: Int(generator.next() % 3) + 1))
                    }
                }
                lines.append(String(String.UnicodeScalarView(scalars)))
                filled.append(String(out))
            }
            let (clean, cleanRegions) = Self.text(of: lines)
            let (text, regions) = Self.text(of: filled)
            let expected = native.matches(in: clean, regions: cleanRegions)
            let got = native.matches(in: text, regions: regions)
            #expect(got.count == expected.count, "\(pattern)")
            for (match, reference) in zip(got, expected) {
                #expect(text.bytes[match].filter { $0 != PinyinAnnotations.filler } == Array(clean.bytes[reference]), "\(pattern)")
                #expect(text.bytes[match.lowerBound] != PinyinAnnotations.filler, "\(pattern)")
            }
            compared += text.holdsFillers ? 1 : 0
            matches += expected.count
        }
        #expect(compared > 700)
        #expect(matches > 3000)
    }

    /// The one-class look-behind rules use (`(?<=\p{Han})`, `(?<![0-9.])`) tests the
    /// character before any fillers; literals, classes and `.` read across them.
    @Test func fillersAreSteppedOverInLiteralsClassesAndOneClassLookBehinds() throws {
        let filler = "\u{1}\u{1}\u{1}"
        let (text, regions) = Self.text(of: ["召开职\(filler)工代\(filler)表大会", "工\(filler)会(huì)", "20\(filler)25年", "第\(filler)一"])
        func found(_ pattern: String) throws -> [String] {
            let regex = try #require(BacktrackingRegex(pattern), "\(pattern)")
            return regex.matches(in: text, regions: regions).map { String(decoding: text.bytes[$0].filter { $0 != 1 }, as: UTF8.self) }
        }
        #expect(try found("召开[^。]{0,3}(职工代表大会|职代会)") == ["召开职工代表大会"])
        #expect(try found("(?<=\\p{Han})\\(h[^()]+\\)") == ["(huì)"])
        #expect(try found("(?<=工)会") == ["会"])
        #expect(try found("(?<![0-9])25年") == [])
        #expect(try found("第.") == ["第一"])
        #expect(try found("^工会") == ["工会"])
    }

    /// A random pattern of the subset's syntax, drawn with `generator`.
    static func randomPattern(_ generator: inout SplitMix) -> String {
        var writer = PatternWriter(generator: generator)
        let pattern = writer.alternation(depth: 0)
        generator = writer.generator
        return pattern
    }

    static func text(of lines: [String]) -> (RegexText, [Range<Int>]) {
        var regions: [Range<Int>] = []
        var start = 0
        for line in lines {
            regions.append(start..<(start + line.utf8.count))
            start += line.utf8.count + 1
        }
        return (RegexText(bytes: Array(lines.joined(separator: "\n").utf8)), regions)
    }
}

/// Writes random patterns of the subset `RegexSubsetParser` reads, over the test alphabet.
private struct PatternWriter {
    var generator: SplitMix

    private static let literals = Array("年月日第一二十工会0129 、-/_＿%（）aksxAKSX".unicodeScalars)

    mutating func alternation(depth: Int, bounded: Bool = false) -> String {
        let count = roll(4) == 0 ? 2 : 1
        return (0..<count).map { _ in sequence(depth: depth, bounded: bounded) }.joined(separator: "|")
    }

    private mutating func sequence(depth: Int, bounded: Bool) -> String {
        var pattern = ""
        for _ in 0..<(1 + roll(4)) { pattern += piece(depth: depth, bounded: bounded) }
        return pattern
    }

    private mutating func piece(depth: Int, bounded: Bool) -> String {
        switch roll(20) {
        case 0: return "^"
        case 1: return "$"
        case 2 where depth < 2 && !bounded:
            return (roll(2) == 0 ? "(?=" : "(?!") + alternation(depth: 3) + ")"
        case 3 where depth < 2 && !bounded:
            return (roll(2) == 0 ? "(?<=" : "(?<!") + alternation(depth: 3, bounded: true) + ")"
        default:
            let (atom, canBeEmpty) = self.atom(depth: depth, bounded: bounded)
            return atom + quantifier(unboundedAllowed: !bounded && !canBeEmpty)
        }
    }

    private mutating func atom(depth: Int, bounded: Bool) -> (String, Bool) {
        switch roll(10) {
        case 0: return (".", false)
        case 1: return (["\\s", "\\S", "\\d", "\\p{Han}", "\\P{Han}"].randomElement(using: &generator)!, false)
        case 2, 3: return (bracketedClass(), false)
        case 4 where depth < 3:
            let body = alternation(depth: depth + 1, bounded: bounded)
            // Whether the group can match nothing is worked out by the parser; asking it
            // keeps the writer from producing loops the subset refuses.
            let canBeEmpty = (try? RegexSubsetParser.parse(body).minLength == 0) ?? true
            return ((roll(2) == 0 ? "(" : "(?:") + body + ")", canBeEmpty)
        default:
            let scalar = Self.literals.randomElement(using: &generator)!
            return ("-".unicodeScalars.contains(scalar) && roll(2) == 0 ? "\\-" : String(scalar), false)
        }
    }

    private mutating func bracketedClass() -> String {
        var members = ""
        for _ in 0..<(1 + roll(3)) {
            switch roll(6) {
            case 0: members += ["\\s", "\\d", "\\p{Han}"].randomElement(using: &generator)!
            case 1: members += "0-2"
            case 2: members += "一-十"
            case 3: members += "\\-"
            default: members += String(Self.literals.filter { $0 != "-" }.randomElement(using: &generator)!)
            }
        }
        return "[" + (roll(3) == 0 ? "^" : "") + members + "]"
    }

    private mutating func quantifier(unboundedAllowed: Bool) -> String {
        var written: String
        switch roll(unboundedAllowed ? 9 : 6) {
        case 0: written = "?"
        case 1: written = "{2}"
        case 2: written = "{0,3}"
        case 3: written = "{1,2}"
        case 6: written = "*"
        case 7: written = "+"
        case 8: written = "{1,}"
        default: return ""
        }
        if roll(4) == 0 { written += "?" }
        return written
    }

    private mutating func roll(_ sides: Int) -> Int {
        Int.random(in: 0..<sides, using: &generator)
    }
}
