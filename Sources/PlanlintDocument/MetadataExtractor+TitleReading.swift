/// Whether a title, or a line of its own, reads as a meeting report's or a sentence's words
/// rather than a title's (`MetadataExtractor.findTitle`), on the text's bytes.
extension MetadataExtractor {
    /// Words of a news report on a meeting, which no title holds: 会议听取…工作报告, 《方案》指出,
    /// 按照市委…安排, 会议就…方案进行讨论, 本会作出新安排, 围绕2010年工作总体思路, 聚焦…的安排部署,
    /// 某某总结发言,肯定了… (a leader's closing remarks, where 总结 is no document's type).
    /// Checked on the title as cut, so a type run into such a sentence (…工作计划按照上级…,
    /// cut at 按照) keeps its title.
    static let reportWords = ["指出", "强调", "听取", "审议", "进行", "作出", "做出", "按照", "围绕", "安排部署", "发言"]

    /// Whether a title holds a meeting report's words up to a few marks after its last document
    /// type (`titleTail`); a title that runs on into its text past a mark (工作要点(2025年)全区
    /// 各级工会要围绕中心…) is judged on its own words.
    static func readsAsReport(_ title: String) -> Bool {
        // On the bytes (a word found in well-formed UTF-8 starts and ends at characters): an
        // array of the title's scalars, and slices of it compared with each word at every
        // place, were a quarter of finding the title.
        var title = title
        return title.withUTF8 { bytes in
            var end = 0
            for word in typeWordBytes where word.count <= bytes.count {
                word.withUnsafeBufferPointer { needle in
                    var start = 0
                    while let found = UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: bytes[start...])) {
                        end = max(end, start + found + needle.count)
                        start += found + 1
                    }
                }
            }
            // `titleTail` characters on: past each lead byte and its continuation bytes.
            var cut = end
            for _ in 0..<titleTail where cut < bytes.count {
                cut += 1
                while cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            }
            return reportWordList.anyIn(UnsafeBufferPointer(rebasing: bytes[0..<cut]))
        }
    }

    /// `reportWords`, `junkWords` and the document types as bytes, made once.
    private static let reportWordList = WordList(reportWords)
    static let junkWordList = WordList(junkWords)
    private static let typeWordBytes = (planWords + summaryWords + taskWords).map { Array($0.utf8) }

    /// The sentence words that a short line of its own cannot hold and be a title (并安排了…;
    /// 关于印发《…工作要点》的通知 and 根据… may head a plan).
    private static let lineSentenceWords = ["以下是", "下面是", "本文", "整理", "收集", "希望", "旨在", "可以", "能够", "帮助", "了"]
    /// Whether a short line of its own can be a title: no sentence words, and no comma,
    /// semicolon or full stop before its end (定期召开职工代表大会,审议行政工作报告、… is a task).
    static func lineReadsAsTitle(_ words: String) -> Bool {
        // On the bytes, as `readsAsReport` is.
        var words = words
        return words.withUTF8 { bytes in
            guard !lineSentenceWordList.anyIn(bytes) else { return false }
            // Where the last character starts: a mark there ends the line, and is allowed.
            var last = bytes.count
            if last > 0 { last -= 1 }
            while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            var index = 0
            while index < last {
                let byte = bytes[index]
                if byte == 0x2C || byte == 0x3B { return false }
                // 。 is E3 80 82; one that starts before the last character ends before it.
                if byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return false }
                index += 1
            }
            return true
        }
    }

    private static let lineSentenceWordList = WordList(lineSentenceWords)
}
