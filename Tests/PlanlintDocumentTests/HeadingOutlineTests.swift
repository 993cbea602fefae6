import Testing

@testable import PlanlintDocument

@Suite struct HeadingOutlineTests {
    private func depths(_ styles: [NumberingStyle]) -> [Int] {
        var outline = HeadingOutline()
        return styles.map { outline.depth(source: .numbering, numbering: Numbering(style: $0, value: 1)) }
    }

    @Test func firstAppearanceOrderDecidesNesting() {
        #expect(depths([.chinese, .parenChinese, .arabic, .arabic, .parenChinese, .chinese]) == [1, 2, 3, 3, 2, 1])
        // A plan that numbers (一) above 一、 nests them the other way round.
        #expect(depths([.parenChinese, .chinese, .chinese, .parenChinese]) == [1, 2, 2, 1])
    }

    /// ① nests where it first appears, and 一、 after leading ① items opens at the top as it
    /// does after 1、.
    @Test func circledNumbersNestWhereTheyFirstAppear() {
        #expect(depths([.chinese, .arabic, .circled, .circled, .arabic, .chinese]) == [1, 2, 3, 3, 2, 1])
        #expect(depths([.circled, .circled, .chinese, .circled]) == [1, 1, 1, 2])
    }

    @Test func partsResetTheOutline() {
        #expect(depths([.part, .arabic, .parenArabic, .part, .chinese, .arabic]) == [1, 2, 3, 1, 2, 3])
    }

    @Test func explicitLevelsWinAndNumberedHeadingsNestBelowThem() {
        var outline = HeadingOutline()
        #expect(outline.depth(source: .styled(level: 2), numbering: Numbering(style: .chinese, value: 1)) == 2)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 1)) == 3)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .parenArabic, value: 1)) == 4)
        #expect(outline.depth(source: .markdown(level: 1), numbering: nil) == 1)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .parenArabic, value: 1)) == 2)
    }

    /// A styled heading's own number opens its style at its level: the same style typed in a
    /// body paragraph after it is a sibling; another style nests below it.
    @Test func aStyledHeadingsNumberTakesItsStyleToItsLevel() {
        var outline = HeadingOutline()
        #expect(outline.depth(source: .styled(level: 1), numbering: Numbering(style: .chinese, value: 1)) == 1)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 1)) == 2)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .chinese, value: 8)) == 1)
        #expect(outline.depth(source: .styled(level: 3), numbering: Numbering(style: .arabic, value: 2)) == 3)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 3)) == 3)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .parenArabic, value: 1)) == 4)
        // A part heading's number is no level of a list.
        #expect(outline.depth(source: .styled(level: 1), numbering: Numbering(style: .part, value: 1)) == 1)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .part, value: 2)) == 1)
    }

    /// Parts typed in body text (三、) over subsections in Heading 2 (（一）): the next typed
    /// part 四、 closes the styled subsection and is the typed part's sibling.
    @Test func aTypedPartAfterStyledSubsectionsReturnsToItsLevel() {
        var outline = HeadingOutline()
        let chinese = { (value: Int) in Numbering(style: .chinese, value: value) }
        #expect(outline.depth(source: .numbering, numbering: chinese(3)) == 1)
        #expect(outline.depth(source: .styled(level: 2), numbering: Numbering(style: .parenChinese, value: 1)) == 2)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 1)) == 3)
        #expect(outline.depth(source: .styled(level: 2), numbering: Numbering(style: .parenChinese, value: 2)) == 2)
        #expect(outline.depth(source: .numbering, numbering: chinese(4)) == 1)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .parenChinese, value: 1)) == 2)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 1)) == 3)
    }

    /// A compilation of plans with typed parts (篇一) and styled headings: the styled levels
    /// count from the part, as the same plan's typed headings do; a part in a Heading style
    /// is itself the top.
    @Test func styledLevelsCountFromATypedPart() {
        var outline = HeadingOutline()
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .part, value: 1)) == 1)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .chinese, value: 3)) == 2)
        #expect(outline.depth(source: .styled(level: 2), numbering: Numbering(style: .parenChinese, value: 1)) == 3)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .arabic, value: 1)) == 4)
        #expect(outline.depth(source: .styled(level: 1), numbering: Numbering(style: .chinese, value: 4)) == 2)
        #expect(outline.depth(source: .numbering, numbering: Numbering(style: .part, value: 2)) == 1)
        #expect(outline.depth(source: .styled(level: 1), numbering: Numbering(style: .part, value: 3)) == 1)
        #expect(outline.depth(source: .styled(level: 2), numbering: nil) == 2)
    }

    /// A text that begins inside a list (an excerpt opening at 4、) before its next part 四、:
    /// the part opens at the top, and the items and months after it nest in it.
    @Test func aChinesePartAfterLeadingListItemsOpensAtTheTop() {
        #expect(depths([.arabic, .chinese, .month, .arabic, .arabic, .month, .arabic]) == [1, 1, 2, 3, 3, 2, 3])
        #expect(depths([.parenArabic, .arabic, .chinese, .arabic]) == [1, 2, 1, 2])
        // Under a (一) or an open 一、 the order of appearance stays as it was.
        #expect(depths([.parenChinese, .arabic, .chinese, .arabic]) == [1, 2, 3, 2])
        #expect(depths([.chinese, .arabic, .chinese, .arabic]) == [1, 2, 1, 2])
    }

    @Test func monthsNestUnderTheHeadingBeforeTheSchedule() {
        #expect(depths([.chinese, .month, .arabic, .month, .chinese]) == [1, 2, 3, 2, 1])
    }
}
