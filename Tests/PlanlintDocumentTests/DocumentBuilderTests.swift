import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct DocumentBuilderTests {
    let document: PlanDocument

    init() throws {
        document = try DocumentReader.read(path: Fixtures.document("plan.txt"))
    }

    private func titles(_ document: PlanDocument) -> [String] { document.headings.map { document.text($0.titleRange) } }

    @Test func headingsHaveTitlesAndDepths() {
        #expect(titles(document) == [
            "指导思想", "主要工作", "加强民主管理", "按时召开教代会", "推进校务公开", "关心教职工生活", "开展送温暖活动",
            "工作安排", "一月份", "二月份", "三月份",
        ])
        #expect(document.headings.map(\.depth) == [1, 1, 2, 3, 3, 2, 3, 1, 2, 2, 2])
        #expect(document.headings.map(\.line) == [2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    }

    @Test func headingWithInlineBodyEndsAtItsFirstClause() throws {
        let heading = try #require(document.headings.first { $0.line == 6 })
        #expect(document.text(heading.range) == "1、按时召开教代会")
        #expect(document.text(heading.titleRange) == "按时召开教代会")
    }

    @Test func headingAloneOnItsLineSpansIt() throws {
        let doc = DocumentReader.document(text: "一、以人为本,提高素质\n二、指导思想:\n（三）加强建设。")
        #expect(titles(doc) == ["以人为本,提高素质", "指导思想", "加强建设"])
        #expect(doc.text(doc.headings[1].range) == "二、指导思想:")
    }

    @Test func sentencesSplitAtFinalPunctuationAndNeverCrossLines() {
        let doc = DocumentReader.document(text: "第一句。第二句！“第三句？”第四句\n第五句;第六句")
        #expect(doc.sentences.map { doc.text($0) } == ["第一句。", "第二句!", "“第三句?”", "第四句", "第五句;", "第六句"])
        for sentence in doc.sentences {
            #expect(doc.lines.line(of: sentence.lowerBound) == doc.lines.line(of: sentence.upperBound - 1))
        }
        let offset = doc.sentences[2].lowerBound + 3
        #expect(doc.sentence(containing: offset) == doc.sentences[2])
    }

    @Test func enumerationsAreNumberedPerBlock() {
        let marks = document.enumerations
        #expect(marks.map(\.value) == [1, 2])
        #expect(marks.allSatisfy { $0.blockRange == marks[0].blockRange })
        #expect(document.text(marks[1].range) == "二是")
    }

    @Test func enumerationRunAcrossParagraphsSharesOneRange() {
        let doc = DocumentReader.document(text: "(一)措施\n一是加强学习。\n三是落实责任。\n另起一段,一是检查。")
        #expect(doc.enumerations.map(\.value) == [1, 3, 1])
        #expect(doc.enumerations[0].blockRange == doc.enumerations[1].blockRange)
        #expect(doc.enumerations[2].blockRange != doc.enumerations[0].blockRange)
    }

    @Test func scheduleEntriesRunToTheNextEntry() throws {
        let schedule = document.schedule
        #expect(schedule.entries.map(\.period) == [1, 2, 3])
        #expect(schedule.isPresent)
        let first = schedule.entries[0]
        #expect(document.text(first.markerRange) == "一月份:")
        #expect(document.text(first.range).hasPrefix("一月份:召开教代会"))
        #expect(first.range.upperBound <= schedule.entries[1].range.lowerBound)
    }

    @Test func sectionTreeFollowsDepths() {
        let tree = document.sections
        #expect(tree.root.children.count == 3)
        let work = tree.nodes[tree.root.children[1]]
        #expect(work.children.count == 2)
        let offset = document.headings[4].titleRange.lowerBound
        #expect(tree.path(containing: offset).count == 3)
    }

    @Test func blocksMarkTheirHeadings() {
        let headingBlocks = document.blocks.filter { $0.headingIndex != nil }
        #expect(headingBlocks.count == document.headings.count)
        #expect(document.blocks.count == 13)
        #expect(document.block(containing: document.headings[0].range.lowerBound)?.headingIndex == 0)
    }

    /// A quarterly schedule written as a numbered list: each item opens with its quarter.
    @Test func numberedQuarterItemsFeedTheSchedule() {
        let doc = DocumentReader.document(text: "二、活动安排\n1. 第一季度:迎新与动员\n- 时间:1月\n2. 第二季度:文体与健康\n3. 三季度:学习与交流\n4. 第4季度:总结")
        #expect(doc.schedule.entries.map(\.period) == [13, 14, 15, 16])
        #expect(doc.schedule.isPresent)
        #expect(doc.text(doc.schedule.entries[0].markerRange).hasPrefix("第一季度"))
        // One item naming a quarter is a task, not a schedule; nor is a quarter's 五季度.
        #expect(DocumentReader.document(text: "二、主要工作\n1. 第一季度召开职代会\n2. 做好帮扶").schedule.entries.isEmpty)
        #expect(DocumentBuilder.leadingQuarter(ScalarScanner(bytes: Array("第五季度".utf8)), at: 0, end: "第五季度".utf8.count) == nil)
    }

    @Test func quartersFeedTheSchedule() {
        let doc = DocumentReader.document(text: "四、工作安排\n第一季度:开会。\n第二季度:培训。")
        #expect(doc.schedule.entries.map(\.period) == [13, 14])
        #expect(doc.schedule.isPresent)
        #expect(doc.headings.map(\.depth) == [1, 2, 2])
    }

    /// A schedule written as a numbered list: items that open with their month (1、一月份…)
    /// and headings that name a range of months (一、1—2月, 二、3-4月, 三、9至10月).
    @Test func numberedItemsOpeningWithAMonthFeedTheSchedule() {
        let items = DocumentReader.document(text: "三、活动安排\n1、一月份举办迎新活动。\n2、三月份召开职代会。\n3、十一月份组织趣味运动会。")
        #expect(items.schedule.entries.map(\.period) == [1, 3, 11])
        #expect(items.schedule.isPresent)
        let ranges = DocumentReader.document(text: "工会工作计划\n一、1——2月\n1、召开教代会。\n二、3-4月\n1、组织春游。\n三、9至10月\n1、教师节表彰。")
        #expect(ranges.schedule.entries.map(\.period) == [1, 2, 3, 4, 9, 10])
        let offset = ranges.normalized.count - 3
        #expect(ranges.schedule.entry(containing: offset)?.period == 9)
    }

    /// Tasks grouped by topic that name a month or two each are no schedule: three items of
    /// one list must open with a month.
    @Test func monthsScatteredOverTopicListsAreNoSchedule() {
        let doc = DocumentReader.document(
            text: "工会工作计划\n(一)文体活动\n1. 4月组织春季健步走。\n2. 成立兴趣小组。\n3. 10月组织登山比赛。\n(二)民主管理\n1. 一月:召开会员代表大会。\n2. 12月组织民主评议。")
        #expect(doc.schedule.entries.isEmpty)
        #expect(!doc.schedule.isPresent)
    }

    /// Dates and amounts are no months: 3月5日, 10月15号, a year's 2025年, 1000元.
    @Test func datesAndFiguresAtAHeadingStartAreNoScheduleEntries() {
        let doc = DocumentReader.document(text: "工会工作计划\n1、3月5日召开职代会。\n2、10月15号举办运动会。\n3、2025年完成换届。\n4、12个月内建成书屋。")
        #expect(doc.schedule.entries.isEmpty)
        #expect(!doc.schedule.isPresent)
    }
}

/// Random documents built from the characters structure is read from: nothing may crash and
/// every range must stay inside the text, with columns preserved line by line.
@Suite struct DocumentBuilderRobustnessTests {
    static let alphabet: [String] = [
        "一", "二", "十", "三", "、", "(", ")", "（", "）", "1", "2", ".", "。", "第", "篇", "月", "份", "季", "度", "【",
        "】", "是", " ", "\n", "\r\n", "\r", "#", "- ", "*", "```", "<!--", "-->", "：", ",", "學", "會", "計劃", "Ａ",
        "\u{3000}", "\t", "20", "年", "工会", "”", "“", "﻿", "𠀀",
    ]

    @Test(arguments: [DocumentFormat.text, .markdown])
    func randomDocumentsKeepTheirInvariants(format: DocumentFormat) {
        var generator = TestRandom()
        for _ in 0..<300 {
            let length = Int.random(in: 0...80, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            let document = DocumentReader.document(text: text, format: format)
            let count = document.normalized.count
            for line in 1...document.lines.count {
                // The bytes themselves: fillers (a split text's hidden spaces) are scalars of the
                // line, which `text(_:)` leaves out of what it shows.
                let normalized = String(decoding: document.normalized[document.lines.byteRange(ofLine: line)], as: UTF8.self)
                #expect(normalized.unicodeScalars.count == document.lines.originalText(ofLine: line).unicodeScalars.count)
            }
            for block in document.blocks { #expect(block.range.upperBound <= count && !block.range.isEmpty) }
            #expect(zip(document.blocks, document.blocks.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
            for sentence in document.sentences {
                #expect(sentence.upperBound <= count)
                #expect(document.lines.line(of: sentence.lowerBound) == document.lines.line(of: max(sentence.lowerBound, sentence.upperBound - 1)))
            }
            for heading in document.headings {
                #expect(heading.range.lowerBound <= heading.range.upperBound && heading.range.upperBound <= count)
                #expect(heading.titleRange.upperBound <= count && heading.depth >= 1)
            }
            for mark in document.enumerations { #expect(mark.blockRange.contains(mark.range.lowerBound)) }
            #expect(document.metadata.partCount >= 1)
        }
    }

    /// Passing over ideographs without decoding them finds the same title clauses and
    /// sentences as decoding every scalar.
    @Test func skippingIdeographsChangesNoClauseOrSentence() {
        // The second alphabet gives long headings with no clause mark, where the count of
        // scalars (at most 50 for a heading alone on its line) decides.
        // The first also holds ASCII marks, letters and digits, a filler and characters led
        // by E3 that end nothing (〇, 」), between and inside runs of ideographs.
        let alphabets = [
            Array("工会计划一二〇，。；：:!?;,“”」）) \t*#、😀ａé7x\u{1}".unicodeScalars), Array("工会计划一二〇 ".unicodeScalars),
        ]
        var generator = TestRandom()
        for round in 0..<1000 {
            var words = RandomText.scalars(from: alphabets[round % 2], length: 0...80, using: &generator)
            if round % 4 == 1 { words += "。" }
            let text = ScalarScanner(bytes: Array(words.utf8))
            let block = TextBlock(range: 0..<text.bytes.count, line: 1)
            #expect(
                DocumentBuilder.sentences(in: [block], text: text)
                    == DocumentBuilder.sentences(in: [block], text: text, skippingIdeographs: false))
            let fast = DocumentBuilder.titleClause(after: 0, end: text.bytes.count, text: text)
            let slow = DocumentBuilder.titleClause(after: 0, end: text.bytes.count, text: text, skippingIdeographs: false)
            #expect(fast.title == slow.title && fast.heading == slow.heading, "\(String(decoding: text.bytes, as: UTF8.self))")
        }
    }
}
