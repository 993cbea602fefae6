import Testing

@testable import PlanlintDocument

/// The byte-level searches of the title finder and the profile guess (`WordList`,
/// `readsAsReport`, `lineReadsAsTitle`) against the string-level
/// ones they replace, kept here as references, on texts written for these tests: traditional
/// script, full-width forms, fillers, characters of one, two and four bytes.
@Suite struct TitleWordSearchTests {
    static let texts = [
        "", "了", "计划", "2025年工会工作计划", "2025年工会工作计划。", "2025年工会工作计划,", "2025年,工会工作计划",
        "局工会工作总结及2025年工作计划(精选5篇)按照上级", "会议听取了工会工作报告并审议", "工作要点(2025年)全区各级工会要围绕中心",
        "本站整理的工会工作计划", "下面是小编整理的计划", "下面是小編整理的計劃", "當前位置:首頁 > 工作計劃", "当前位置:首页 > 工作计划",
        "仅供参考。", "供大家参考!", "ＡＢＣ工会工作计划，", "工会\u{3164}工作计划", "工\u{200B}会工作计划;", "工会工作计划\u{3000}了",
        "café 工会计划 é", "🎉工会工作计划🎉整理", "小", "小编", "x小编", "精编资料", "网站客服 › 资源描述", "计划。计划", "要点要点要点",
        "学校工会2025年工作计划一、工作目标", "工会, ;。", "。", ";", "工会工作计划。了", "您的位置 » 我要投稿", "前言导读",
        "主要任务今后三年", "述职报告", "关于印发《工会工作要点》的通知", "以下是本文收集整理的帮助",
    ]

    @Test func aWordListFindsWhatEachWordsSearchFinds() {
        for words in [MetadataExtractor.junkWords, MetadataExtractor.reportWords, MetadataExtractor.sentenceWords, ["小编", "é", "🎉"]] {
            let list = WordList(words)
            for text in Self.texts {
                #expect(list.anyIn(text) == words.contains { UTF8Search.contains(text, $0) }, "\(text)")
            }
        }
    }

    @Test func readingAsAReportAgreesWithTheScalarReading() {
        for text in Self.texts {
            #expect(MetadataExtractor.readsAsReport(text) == Self.readsAsReport(text), "\(text)")
        }
        #expect(MetadataExtractor.readsAsReport("工会工作计划一二三四五六按照") == false)
        #expect(MetadataExtractor.readsAsReport("工会计划会议听取"))
    }

    @Test func aLineReadingAsATitleAgreesWithTheScalarReading() {
        for text in Self.texts {
            #expect(MetadataExtractor.lineReadsAsTitle(text) == Self.lineReadsAsTitle(text), "\(text)")
        }
    }

    /// The scalar-level `readsAsReport` this pass replaced.
    static func readsAsReport(_ title: String) -> Bool {
        let typeWords = (MetadataExtractor.planWords + MetadataExtractor.summaryWords + MetadataExtractor.taskWords).map { Array($0.unicodeScalars) }
        let scalars = Array(title.unicodeScalars)
        var end = 0
        for word in typeWords where word.count <= scalars.count {
            for start in 0...(scalars.count - word.count) where scalars[start..<start + word.count].elementsEqual(word) {
                end = max(end, start + word.count)
            }
        }
        var words = String.UnicodeScalarView()
        words.append(contentsOf: scalars.prefix(end + 6))
        return MetadataExtractor.reportWords.contains { UTF8Search.contains(String(words), $0) }
    }

    /// The scalar-level `lineReadsAsTitle` this pass replaced.
    static func lineReadsAsTitle(_ words: String) -> Bool {
        let lineSentenceWords = ["以下是", "下面是", "本文", "整理", "收集", "希望", "旨在", "可以", "能够", "帮助", "了"]
        guard !lineSentenceWords.contains(where: { UTF8Search.contains(words, $0) }) else { return false }
        let scalars = Array(words.unicodeScalars.dropLast())
        return !scalars.contains { $0 == "," || $0 == ";" || $0 == "。" }
    }
}
