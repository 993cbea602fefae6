import Testing
@testable import PlanlintDocument

/// The spaces a PDF's extraction puts between characters are hidden, one filler for one
/// space, only in a text that is evidently split; a plain plan's spaces stay.
@Suite struct SplitWordSpacesTests {
    func hiding(_ text: String) -> String {
        String(decoding: SplitWordSpaces.hiding(in: Array(text.utf8)), as: UTF8.self)
    }

    func pairs(_ text: String) -> (adjacent: Int, parted: Int) {
        Array(text.utf8).withUnsafeBufferPointer { SplitWordSpaces.pairs(in: $0) }
    }

    @Test func aTextSplitAtEveryCharacterReadsWhole() {
        let text = "召 开 职 工 代 表 大 会 ，审 议 工 会 经 费 预 算 。"
        let hidden = hiding(text)
        #expect(hidden == "召\u{1}开\u{1}职\u{1}工\u{1}代\u{1}表\u{1}大\u{1}会\u{1}，审\u{1}议\u{1}工\u{1}会\u{1}经\u{1}费\u{1}预\u{1}算\u{1}。")
        // Scalar for scalar: positions and columns map onto the original as they were.
        #expect(hidden.unicodeScalars.count == text.unicodeScalars.count)
        #expect(hidden.utf8.count == text.utf8.count)
    }

    /// Hidden pinyin after an ideograph is no character: the space after it is hidden too,
    /// and `hiddenSpaces` finds it apart from the annotation.
    @Test func aSpaceAfterHiddenPinyinFollowsItsIdeograph() {
        let (text, annotations) = PinyinAnnotations.hiding(in: Array("工 會(huì) 經 費 預 算 制 度".utf8))
        let hidden = SplitWordSpaces.hiding(in: text)
        #expect(!hidden.contains(0x20))
        let spaces = SplitWordSpaces.hiddenSpaces(in: hidden, outside: annotations)
        #expect(spaces.count == 7)
        #expect(spaces.allSatisfy { space in space.count == 1 && !annotations.contains { $0.overlaps(space) } })
        // In a plain text nothing is hidden, and nothing found.
        #expect(SplitWordSpaces.hiddenSpaces(in: Array("工会 经费".utf8), outside: []).isEmpty)
    }

    @Test func pairsCountNeighboursSideBySideAndPartedByOneOrTwoSpaces() {
        #expect(pairs("工会 经费").adjacent == 2)
        #expect(pairs("工会 经费").parted == 1)
        #expect(pairs("工  会").parted == 1)
        // Three spaces, a tab or a mark between them part nothing.
        #expect(pairs("工   会").parted == 0)
        #expect(pairs("工\t会").parted == 0)
        #expect(pairs("工, 会").parted == 0)
        // CJK marks (U+3000–U+33FF) are no ideographs; extension A (U+3400…) is.
        #expect(pairs("。 、").parted == 0)
        #expect(pairs("㐀 工").parted == 1)
    }

    @Test func aSplitTextIsOneWithAFifthOfItsPairsParted() {
        // Every fourth pair parted: a quarter.
        #expect(SplitWordSpaces.isSplit((adjacent: 30, parted: 10)))
        #expect(SplitWordSpaces.isSplit((adjacent: 40, parted: 10)))
        #expect(!SplitWordSpaces.isSplit((adjacent: 41, parted: 10)))
        // A letter-spaced heading alone is too little to judge by.
        #expect(!SplitWordSpaces.isSplit((adjacent: 0, parted: 3)))
        #expect(SplitWordSpaces.isSplit((adjacent: 0, parted: 4)))
    }

    /// The first test: one space for every 30 bytes, at least `fewestParted` of them.
    @Test func fewSpacesAreNoSplitTextBeforeAnyPairIsCounted() {
        func mayBeSplit(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer(SplitWordSpaces.mayBeSplit) }
        // One space in some seventy bytes, as around a figure: fewer than a split text has.
        let plain = String(repeating: "组织职工参加健步走活动和登山比赛，全年不少于 3次。", count: 20)
        #expect(!mayBeSplit(plain))
        #expect(mayBeSplit("召 开 职 工 代 表 大 会"))
        #expect(!mayBeSplit("召 开 职 工"))
        #expect(!mayBeSplit(""))
    }

    @Test func aPlainPlansSpacesStay() {
        for text in [
            // Spaces around numbers and Latin words, after headings, between a table's cells.
            "一、 指导思想\n2025 年，工会要做好 BIM 技术培训，组织职工参加 3 次比赛。",
            "春节联欢会 第八届职代会第一次会议 羽毛球比赛\n全院职工 全院职工 部分职工",
            "第 一 章  总    则\n第一条 本会名称为某某公司工会委员会，会员代表大会每年召开一次。",
        ] {
            #expect(hiding(text) == text)
        }
    }

    @Test func onlySpacesAfterAnIdeographBeforeWhatClosesUpAreHidden() {
        // Normalised text: full-width marks are ASCII (，→, （→( ), CJK marks stay (、。).
        let text = "工 作 计 划 2 0 2 5 年 , 由 BIM 组 负 责 (见 附 件 ) 与 # 标 题 。 一 、 二 "
        let hidden = hiding(text)
        // After an ideograph and before an ideograph, a digit, a closing mark or CJK mark.
        #expect(hidden.hasPrefix("工\u{1}作\u{1}计\u{1}划\u{1}2 0 2 5 年\u{1}, 由"))
        #expect(hidden.contains("件\u{1})"))
        // Not after a digit or a mark, not before Latin letters, an opening bracket or a
        // Markdown mark, and not at the end.
        #expect(hidden.contains("由 BIM 组"))
        #expect(hidden.contains("责 (见"))
        #expect(hidden.contains("与 # 标"))
        #expect(hidden.hasSuffix("二 "))
        #expect(hidden.contains("一\u{1}、 二"))
    }

    @Test func splitEveryFewCharactersCountsToo() {
        let text = "召开职 工代表 大会，审议 工会经 费预算 和决算 ，表彰 先进集 体和个 人。"
        #expect(hiding(text) == text.replacingOccurrences(of: " ", with: "\u{1}"))
    }
}
