import Testing
@testable import PlanlintEngine

/// 年中 read across 2025年中心, 一年中 or 青少年中 dates nothing; mid-year written as such
/// still does, and a real date beside the phrase still counts.
@Suite struct StraddledWordsTests {
    private func categories(_ text: String) throws -> [FindingCategory] {
        let rule = "kind: require\nmatch: [帮扶]\nweak_unless: [time]\nweak_scope: sentence"
        return try LintTestSupport.lint(text, rule: rule).findings.map(\.category)
    }

    @Test func aYearBeforeAWordOpeningWithZhongIsNoMidYear() throws {
        #expect(try categories("2025年中心小学工会做好帮扶工作。") == [.weak])
        #expect(try categories("20xx年中国工会做好帮扶工作。") == [.weak])
        #expect(try categories("在新的一年中做好帮扶工作，再立新功。") == [.weak])
        #expect(try categories("在青少年中开展帮扶活动。") == [.weak])
    }

    @Test func midYearAndDatesBesideThePhraseStillDate() throws {
        #expect(try categories("年中开展帮扶工作检查。") == [])
        #expect(try categories("2025年中召开帮扶工作推进会。") == [])
        #expect(try categories("2025年中心小学3月开展帮扶。") == [])
    }

    /// Written as normalised text is, each holds 年中.
    @Test func everyPhraseHoldsMidYear() {
        #expect(Set(StraddledWords.terms).count == StraddledWords.terms.count)
        for phrase in StraddledWords.terms { #expect(phrase.contains("年中"), "\(phrase)") }
    }
}
