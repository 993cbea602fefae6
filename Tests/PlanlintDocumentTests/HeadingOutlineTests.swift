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

    @Test func monthsNestUnderTheHeadingBeforeTheSchedule() {
        #expect(depths([.chinese, .month, .arabic, .month, .chinese]) == [1, 2, 3, 2, 1])
    }
}
