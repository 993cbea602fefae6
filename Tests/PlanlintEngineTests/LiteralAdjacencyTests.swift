import Foundation
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine
@testable import PlanlintRules
import PlanlintTestSupport
import Testing

/// Pairs of runs a pattern holds back to back: read only where every match must hold them
/// so, and checked on a line's bytes the way ICU's `\s` reads white space.
@Suite struct LiteralAdjacencyTests {
    private static let payments = "(给予|补助|资助|发放|奖励|慰问金|标准为|共计|合计|预算|金额)"

    @Test func readsPairsTooLargeToJoinIntoOneRun() throws {
        // 11 words × 6 ways to follow them would pass the product limit: the pair is kept.
        let pay = try #require(RegexLiterals.analysed(Self.payments + "\\s*元(?![旦宵])"))
        #expect(pay.adjacencies.count == 1)
        #expect(pay.adjacencies.first?.before?.count == 11)
        #expect(pay.adjacencies.first?.blanks == true)
        #expect(pay.adjacencies.first?.after == ["元"])
        // A class after a 20-string run, with nothing between.
        let percent = try #require(RegexLiterals.analysed("(?<![0-9.])20[12][0-9](个|%|％)"))
        #expect(percent.adjacencies == [LiteralAdjacency(before: (2010...2029).map(String.init), blanks: false, after: ["个", "%", "％"])])
        // `^`: the line's start, after white space when `\s*` follows.
        let digits = (0...9).map(String.init)
        #expect(
            RegexLiterals.analysed("^\\s*20[0-9]{2}年")?.adjacencies == [
                LiteralAdjacency(before: nil, blanks: true, after: ["20"]),
                LiteralAdjacency(before: ["20"], blanks: false, after: digits),  // 20 × 10 × 10 is too many
            ])
        #expect(RegexLiterals.analysed("^共[0-9]+页$")?.adjacencies == [LiteralAdjacency(before: nil, blanks: false, after: digits.map { "共" + $0 })])
    }

    @Test func keepsNoPairAMatchCanAvoid() throws {
        // Branches, groups and optional pieces: a match need not hold the pair.
        #expect(RegexLiterals.analysed(Self.payments + "\\s*元|甲")?.adjacencies ?? [] == [])
        #expect(RegexLiterals.analysed("(" + Self.payments + "\\s*元)?乙")?.adjacencies ?? [] == [])
        #expect(RegexLiterals.analysed("(^\\s*20)年")?.adjacencies ?? [] == [])
        #expect(RegexLiterals.analysed("年^20")?.adjacencies ?? [] == [])
        // Something other than a run after the gap.
        #expect(RegexLiterals.analysed(Self.payments + "\\s*(?=元)元")?.adjacencies ?? [] == [])
        #expect(RegexLiterals.analysed(Self.payments + "\\s*.元")?.adjacencies ?? [] == [])
        #expect(RegexLiterals.analysed(Self.payments + "\\s*元?角")?.adjacencies ?? [] == [])
        // A run with optional space inside ends in a word or a space: what follows it need
        // not follow the word. (Four words: with each of the six blanks \s can be in a
        // normalised line, that is the most a run joins within `productLimit`.)
        #expect(RegexLiterals.analysed("(甲|乙|丙|丁)\\s*(子|丑|寅|卯|辰|巳)年")?.adjacencies ?? [] == [])
        // Small enough to join: the spaced strings gate it already.
        #expect(RegexLiterals.analysed("“\\s*”")?.adjacencies ?? [] == [])
    }

    @Test func followsWhiteSpaceAsTheRegularExpressionDoes() {
        func check(_ line: String, at offset: Int, blanks: Bool) -> Bool {
            Array(line.utf8).withUnsafeBufferPointer {
                LiteralAdjacency.startsWithOneOf([Array("元".utf8), Array("万元".utf8)], in: $0, at: offset, blanks: blanks)
            }
        }
        #expect(check("给予 \t元", at: 6, blanks: true))
        #expect(check("给予\u{2028}万元", at: 6, blanks: true))
        #expect(!check("给予 元", at: 6, blanks: false))
        #expect(check("给予元", at: 6, blanks: false))
        #expect(!check("给予一元", at: 6, blanks: true))
        #expect(!check("给予 ", at: 6, blanks: true))  // the line ends first
        #expect(!check("给予万", at: 6, blanks: true))  // 万元 cut off by the line's end
        // Every blank `\s` can meet in a normalised line is skipped, alone and in a run: NEL
        // (which normalisation keeps) was once missing, and a line with 金额<NEL>元 matched
        // its pattern while the gate turned it away.
        for blank in RegexLiterals.whiteSpace {
            #expect(check("给予\(blank)元", at: 6, blanks: true), "U+\(String(blank.unicodeScalars.first!.value, radix: 16))")
            #expect(check("给予\(blank) \(blank)万元", at: 6, blanks: true))
            let line = "给予\(blank)元"
            let matched = try! NSRegularExpression(pattern: "给予\\s*元").firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
            #expect(matched != nil)
        }
    }

    /// End to end: a pattern gated by its pairs finds what it finds run on every line.
    @Test func pairGatedPatternsFindWhatUngatedOnesFind() throws {
        let yaml = """
            rules:
              - id: test.pay
                title: 测试
                severity: error
                message: "{match}"
                message_en: "{match}"
                basis: 测试
                kind: forbid
                match: {patterns: ['\(Self.payments)\\s*元', '^\\s*20[0-9]{2}年度?工作计划$', '(?<![0-9])20[12][0-9](个|%|％)']}
            """
        let rules = try LintTestSupport.pack(yaml)
        let text = """
            2025年度工作计划
              2025年工作计划
            拟定2025年工作计划
            全年给予 元补助，发放\t元，补助一次500元，元给予，合计元
            完成2021个，2029%；年2020，12021个
            """
        let document = DocumentReader.document(text: text, path: "pay.txt", format: .text)
        let gated = Linter(pack: CompiledPack(pack: rules)).lint(document, options: LintOptions())
        let ungated = Linter(pack: CompiledPack(pack: rules, gatingPatterns: false)).lint(document, options: LintOptions())
        #expect(gated.findings == ungated.findings)
        #expect(gated.findings.map(\.evidence.isEmpty) == Array(repeating: false, count: 7))
        // …and its filter does carry the pairs (a filter without them would pass this too).
        let compiled = CompiledPack(pack: rules)
        #expect(compiled.regexFilters.map { $0?.adjacencies.count ?? 0 } == [1, 2, 1])
    }

    /// Soundness over every bundled pattern that has pairs: on random lines made of the
    /// pattern's own literals, white space, digits and other text, a line the pattern matches
    /// holds each pair.
    @Test func everyBundledPairHoldsInEveryMatch() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        var generator = SplitMix(seed: 11)
        var checked = 0
        var patterns = 0
        for (pattern, _) in pack.patternFilters {
            guard let analysis = RegexLiterals.analysed(pattern), !analysis.adjacencies.isEmpty else { continue }
            patterns += 1
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            var pieces = analysis.sets.flatMap { $0 } + analysis.adjacencies.flatMap { ($0.before ?? []) + $0.after }
            pieces += [" ", "\t", "\u{3000}", "  ", "0", "12", "2025", "年", "月", "元", "工作计划", "，", "的", "万"]
            for _ in 0..<4000 {
                let line = ScriptNormalizer.normalize(RandomText.joined(from: pieces, count: 1...6, using: &generator))
                guard regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil else { continue }
                checked += 1
                for pair in analysis.adjacencies {
                    #expect(RegexLiteralsTests.holds(pair, in: line), "\(pattern) matched \(line) without \(pair)")
                }
            }
        }
        #expect(patterns >= 5)
        #expect(checked > 1000, "the pairs were checked on too few matching lines")
    }
}
