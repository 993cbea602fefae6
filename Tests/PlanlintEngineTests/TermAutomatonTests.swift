import PlanlintTestSupport
import PlanlintDocument
import Testing
@testable import PlanlintEngine

@Suite struct TermAutomatonTests {
    /// Every occurrence by brute force, for comparison.
    func naive(_ terms: [String], _ text: [UInt8]) -> Set<[Int32]> {
        var result = Set<[Int32]>()
        for (index, term) in terms.enumerated() {
            let bytes = Array(term.lowercased().utf8)
            guard !bytes.isEmpty, bytes.count <= text.count else { continue }
            let folded = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
            for start in 0...(text.count - bytes.count) where Array(folded[start..<start + bytes.count]) == bytes {
                result.insert([Int32(index), Int32(start), Int32(start + bytes.count)])
            }
        }
        return result
    }

    @Test func findsOverlappingAndNestedTerms() {
        let terms = ["职代会", "教职工代表大会", "代表大会", "工会", "会"]
        let automaton = TermAutomaton(terms: terms)
        let text = Array("召开教职工代表大会和职代会，工会负责。".utf8)
        let found = Set(automaton.matches(in: text).map { [$0.term, $0.start, $0.end] })
        #expect(found == naive(terms, text))
        #expect(found.contains { $0[0] == 1 })
        #expect(found.contains { $0[0] == 2 })
    }

    @Test func foldsASCIICase() {
        let automaton = TermAutomaton(terms: ["20xx", "xxx"])
        let matches = automaton.matches(in: Array("20XX年XXX单位".utf8))
        #expect(matches.map(\.term).sorted() == [0, 1])
    }

    @Test func agreesWithBruteForceOnRandomInput() {
        var generator = TestRandom()
        let alphabet = Array("工会职代会经费预算元旦春节abé😀")
        // The text also holds characters no term has: two-, three- and four-byte ones, some
        // sharing a lead byte with a term's (的 and 经 both start with E7), and capitals.
        let textAlphabet = alphabet + Array("的×、😂A¥")
        for _ in 0..<400 {
            let terms = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            // Lengths around and below four times the longest term, where the scan's four
            // walks (over the quarters) meet.
            let length = Int.random(in: 0...60, using: &generator)
            let text = Array(String((0..<length).map { _ in textAlphabet.randomElement(using: &generator)! }).utf8)
            let automaton = TermAutomaton(terms: terms)
            let matches = automaton.matches(in: text)
            let found = Set(matches.map { [$0.term, $0.start, $0.end] })
            #expect(found.count == matches.count, "an occurrence was reported twice")
            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.end <= $1.end }, "not in order of end")
            // Duplicate terms: compare by (text range) sets per distinct term string.
            let expected = naive(terms, text)
            let normalise: (Set<[Int32]>) -> Set<String> = { set in Set(set.map { "\(terms[Int($0[0])])@\($0[1])-\($0[2])" }) }
            #expect(normalise(found) == normalise(expected), "terms \(terms)")
        }
    }

    /// Texts of several chunks per walk, where almost every byte ends a term, so that the
    /// walks' note buffers fill to the brim.
    @Test func agreesWithBruteForceOnLongTextsDenseWithMatches() {
        var generator = TestRandom()
        for round in 0..<6 {
            // ASCII alone in even rounds: then every byte ends a term.
            let alphabet = Array(round % 2 == 0 ? "ab" : "工会ab")
            let terms = ["a", "b", "工", "会a", "ab工", "工会"]
            let length = 3_000 + round * 2_719
            let text = Array(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }).utf8)
            let matches = TermAutomaton(terms: terms).matches(in: text)
            #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.end <= $1.end }, "not in order of end")
            let found = Set(matches.map { "\(terms[Int($0.term)])@\($0.start)-\($0.end)" })
            let expected = Set(naive(terms, text).map { "\(terms[Int($0[0])])@\($0[1])-\($0[2])" })
            #expect(found.count == matches.count, "an occurrence was reported twice")
            #expect(found == expected, "length \(text.count)")
        }
    }

    /// Thousands of terms, so the table is large enough to be mapped (`ZeroedTable`) rather
    /// than allocated: the scan must find the same as with a small one.
    @Test func aLargeTableFindsWhatBruteForceFinds() {
        var generator = TestRandom()
        let alphabet = Array("工会职代会经费预算元旦春节送温暖女职工集体合同安全培训计划总结")
        let terms = (0..<4_000).map { _ in
            String((0..<Int.random(in: 2...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        let automaton = TermAutomaton(terms: terms)
        #expect(automaton.stateCount * 64 * 2 > ZeroedTable<UInt16>.mappingThreshold)
        let text = Array(String((0..<2_000).map { _ in alphabet.randomElement(using: &generator)! }).utf8)
        let found = Set(automaton.matches(in: text).map { "\(terms[Int($0.term)])@\($0.start)-\($0.end)" })
        // Brute force by term bytes at each start (`naive` would take minutes for so many).
        let known = Set(terms.map { Array($0.utf8) })
        var expected = Set<String>()
        for start in text.indices {
            for length in 6...15 where start + length <= text.count && known.contains(Array(text[start..<start + length])) {
                expected.insert("\(String(decoding: text[start..<start + length], as: UTF8.self))@\(start)-\(start + length)")
            }
        }
        #expect(!expected.isEmpty)
        #expect(found == expected)
    }

    @Test func emptyInputAndNoTerms() {
        #expect(TermAutomaton(terms: []).matches(in: Array("文本".utf8)).isEmpty)
        #expect(TermAutomaton(terms: ["工会"]).matches(in: []).isEmpty)
    }
}

/// The filler of hidden pinyin (`PinyinAnnotations`) is stepped over between characters.
@Suite struct TermAutomatonFillerTests {
    let filler = PinyinAnnotations.filler

    func bytes(_ parts: [String], fillers: Int) -> [UInt8] {
        parts.map { Array($0.utf8) }.joined(separator: Array(repeating: filler, count: fillers)).map { $0 }
    }

    @Test func aTermSplitByFillersIsFoundFromItsFirstByte() {
        let automaton = TermAutomaton(terms: ["工会工作", "工会", "职代会"])
        // 工会 | fillers | 工作，职 | fillers | 代会
        let text = bytes(["工会", "工作，职", "代会"], fillers: 5)
        let found = automaton.matches(in: text).map { [Int($0.term), Int($0.start), Int($0.end)] }
        // Byte offsets: 工会 0–6, fillers 6–11, 工作，职 11–23, fillers 23–28, 代会 28–34.
        let whole: [Int] = [0, 0, 17]
        let short: [Int] = [1, 0, 6]
        let congress: [Int] = [2, 20, 34]
        #expect(found.contains(whole))
        #expect(found.contains(short))
        #expect(found.contains(congress))
        // 工会 ends before the fillers and is reported once, not again for each filler.
        #expect(found.filter { $0[0] == 1 }.count == 1)
    }

    @Test func anythingElseBetweenStillSplitsATerm() {
        let automaton = TermAutomaton(terms: ["工会工作"])
        #expect(automaton.matches(in: Array("工会 工作".utf8)).isEmpty)
        #expect(automaton.matches(in: Array("工会(huì)工作".utf8)).isEmpty)
    }

    @Test func longTextsWithFillersAgreeWithTheTextWithout() {
        // Long enough for the four-walk scan on the text without fillers; terms split by
        // fillers everywhere, quarter boundaries included.
        let terms = ["职工代表大会", "工会经费", "送温暖", "元旦", "女职工"]
        let automaton = TermAutomaton(terms: terms)
        let words = ["召开职工代表大会", "管好工会经费", "春节送温暖", "元旦慰问女职工", "，"]
        var plain: [UInt8] = []
        var split: [UInt8] = []
        for index in 0..<400 {
            let word = Array(words[index % words.count].utf8)
            plain += word
            for (offset, byte) in word.enumerated() {
                split.append(byte)
                // After every second character of the word.
                if offset % 6 == 5 { split += [filler, filler, filler] }
            }
        }
        let expected = automaton.matches(in: plain).map(\.term)
        let got = automaton.matches(in: split)
        #expect(got.map(\.term) == expected)
        // Each match starts on its first byte and ends after its last: the bytes between,
        // fillers dropped, are the term.
        for match in got {
            let text = split[Int(match.start)..<Int(match.end)].filter { $0 != filler }
            #expect(text == Array(terms[Int(match.term)].utf8))
        }
    }

    /// `scan` reports what `matches(in:)` collects, in the same order: both come from the
    /// four walks, one reporting the later quarters' lists match by match, the other
    /// appending them whole; with fillers, from the one walk.
    @Test func scanReportsWhatMatchesCollects() {
        var generator = TestRandom()
        let alphabet = Array("工会职代表大ab")
        let terms = ["工会", "会职", "代表大会", "a", "ab", "工", "职代"]
        let automaton = TermAutomaton(terms: terms)
        var found = 0
        for round in 0..<40 {
            let length = round < 20 ? Int.random(in: 0...80, using: &generator) : Int.random(in: 2_000...9_000, using: &generator)
            var text = Array(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }).utf8)
            if round % 5 == 4 {
                // Between characters, as a document's fillers stand.
                var middle = text.count / 2
                while middle < text.count, text[middle] & 0xC0 == 0x80 { middle += 1 }
                text.insert(filler, at: middle)
            }
            var reported: [TermAutomaton.Match] = []
            automaton.scan(text) { reported.append($0) }
            #expect(reported == automaton.matches(in: text), "length \(text.count)")
            found += reported.count
        }
        #expect(found > 10_000, "\(found) matches")
    }
}
