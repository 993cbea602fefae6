import Testing

@testable import PlanlintDocument

@Suite struct ByteBloomTests {
    /// A text that holds a word always may hold it: the set only turns words away.
    @Test func aWordInsideATextIsNeverTurnedAway() {
        let words = ["工会", "学校", "街道", "社区", "中心小学", "医院", "公司", "ABC", "a"]
        for word in words {
            for text in ["2025年城西\(word)工作计划", word, "\(word)!", "某某\(word)"] {
                #expect(ByteBloom(text.utf8).mayHold(ByteBloom(word.utf8)), "\(word) in \(text)")
            }
        }
        #expect(ByteBloom([]).mayHold(ByteBloom([])))
    }

    /// A word with a byte the text lacks is turned away, in either half of the set.
    @Test func aByteTheTextLacksTurnsTheWordAway() {
        #expect(!ByteBloom("工会工作计划".utf8).mayHold(ByteBloom("医院".utf8)))
        #expect(!ByteBloom("abc".utf8).mayHold(ByteBloom("abd".utf8)))  // 0x64: the high half
        #expect(!ByteBloom("#".utf8).mayHold(ByteBloom("$".utf8)))  // 0x24: the low half
        #expect(!ByteBloom([]).mayHold(ByteBloom("a".utf8)))
    }
}
