import Testing

@testable import PlanlintDocument

@Suite struct OpeningWordsTests {
    /// Comparing only the words that share a text's first character answers as comparing
    /// every word does, for words of one character or less and texts shorter than a character.
    @Test func opensAsEveryWordComparedDoes() {
        let lists = [["活动时间", "时间", "地点", "参加人员"], ["a", "活动", "ab"], ["时", "时间安排"], []]
        let texts = [
            "活动时间：3月8日", "活动主题", "时间", "时", "地点与对象", "参加对象", "a", "ab", "abc", "b", "", "一、活动时间", "活动",
            "时间安排表", "参加人员", "参",
        ]
        for list in lists {
            let opening = OpeningWords(list)
            for text in texts {
                let bytes = Array(text.utf8)[...]
                let expected = list.contains { bytes.starts(with: Array($0.utf8)) }
                #expect(opening.opens(bytes) == expected, "\(list) \(text)")
                // A slice that does not start at index 0, as a heading's words in a text are.
                let inText = Array(("一、" + text).utf8)[6...]
                #expect(opening.opens(inText) == expected, "\(list) \(text) in a text")
            }
        }
    }
}
