import Testing

@testable import PlanlintDocument

@Suite struct DocumentBuilderScheduleTests {
    /// Words that do not open with a figure, 第 or a numeral hold no leading quarter or month,
    /// so the schedule need not look for one; words that do are still looked at.
    @Test func onlyWordsOpeningWithANumberHoldAMonthOrQuarter() {
        let filler = Character(Unicode.Scalar(PinyinAnnotations.filler))
        let words = [
            "3月召开职代会", "  十一至十二月:总结", "一月份举办元旦活动", "第一季度:迎新与动员", "1—2月", "二季度", "加强学习", "召开3月例会",
            "", "  ", "月", "第", "(一)三月", "\(filler)3月", "\(filler)三月", "第\(filler)一季度", "第3季度", "12月", "百日攻坚",
        ]
        var opening = 0
        for text in words {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let end = scanner.bytes.count
            let found = DocumentBuilder.leadingQuarter(scanner, at: 0, end: end) != nil
                || DocumentBuilder.leadingMonths(scanner, at: 0, end: end) != nil
            if DocumentBuilder.opensWithNumber(scanner, at: 0, end: end) {
                opening += 1
            } else {
                #expect(!found, "\(text)")
            }
        }
        #expect(opening >= 10)
        #expect(DocumentBuilder.opensWithNumber(ScalarScanner(bytes: Array("加强学习".utf8)), at: 0, end: 12) == false)
    }
}
