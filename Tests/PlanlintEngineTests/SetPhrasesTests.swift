import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Political set phrases built on numerals (四个意识, 八项规定) count nothing: a mention
/// beside them stays weak, while a real figure in the same scope still makes it concrete.
@Suite struct SetPhrasesTests {
    private func categories(_ text: String) throws -> [FindingCategory] {
        try hardshipCategories(text, weakUnless: "number")
    }

    @Test func setPhrasesAreNoFigures() throws {
        #expect(try categories("增强四个意识，坚决做到两个维护，做好帮扶工作。") == [.weak])
        #expect(try categories("落实中央八项规定精神，规范帮扶慰问。") == [.weak])
        // Bytes of other widths before the phrase: ASCII, and a four-byte character.
        #expect(try categories("A组 2025年 𠀀 践行三个代表，做好帮扶。") == [.weak])
        // Women's 四期 protection names periods; quoted, in 「」 from a traditional page, or bare.
        #expect(try categories("落实女职工“四期”保护，做好帮扶。") == [.weak])
        #expect(try categories("落實女職工「四期」保護，做好幫扶。") == [.weak])
        #expect(try categories("落实女职工四期保护，做好帮扶。") == [.weak])
        // A yearly pledge names a campaign, not a count of the aid beside it.
        #expect(try categories("为员工办好“十件实事”，扎实做好帮扶慰问等活动。") == [.weak])
        #expect(try categories("落实教代会四项职权，做好帮扶。") == [.weak])
    }

    @Test func figuresBesideThemStillCount() throws {
        #expect(try categories("落实八项规定，帮扶困难职工30户。") == [])
        #expect(try categories("增强四个意识，帮扶五户困难家庭。") == [])
        #expect(try categories("帮扶三个困难家庭，践行三个代表。") == [])
        #expect(try categories("举办帮扶政策培训四期。") == [])
    }

    /// Every phrase is written as normalised text is: simplified characters, a numeral and
    /// a measure word that would otherwise count.
    @Test func everyPhraseWouldOtherwiseCount() {
        #expect(Set(SetPhrases.terms).count == SetPhrases.terms.count)
        for phrase in SetPhrases.terms {
            #expect(SignalScanner.hasNumber(Array(phrase.unicodeScalars)), "\(phrase)")
        }
    }
}

/// Honours named after a holiday date nothing: 五一劳动奖章 and 三八红旗手 leave a mention
/// weak, while the holiday itself, or a month beside the honour, still dates it.
@Suite struct HolidayAwardNamesTests {
    private func categories(_ text: String) throws -> [FindingCategory] {
        try hardshipCategories(text, weakUnless: "time")
    }

    @Test func awardsDateNothing() throws {
        #expect(try categories("推荐五一劳动奖章候选人，做好帮扶工作。") == [.weak])
        #expect(try categories("评选三八红旗手，落实帮扶政策。") == [.weak])
    }

    @Test func holidaysAndMonthsBesideThemStillDate() throws {
        #expect(try categories("三八节前评选三八红旗手，走访帮扶女职工。") == [])
        #expect(try categories("4月推荐五一劳动奖章候选人，做好帮扶。") == [])
        #expect(try categories("五一前夕开展帮扶慰问。") == [])
    }
}

/// What a hardship-aid rule that wants `weakUnless` in the mention's sentence reports on `text`.
private func hardshipCategories(_ text: String, weakUnless signal: String) throws -> [FindingCategory] {
    let rule = "kind: require\nmatch: [帮扶]\nweak_unless: [\(signal)]\nweak_scope: sentence"
    return try LintTestSupport.lint(text, rule: rule).findings.map(\.category)
}
