import Foundation
import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct BlockSegmenterTests {
    private func headings(_ text: String) -> [String] {
        let doc = DocumentReader.document(text: text)
        return doc.headings.map { doc.text($0.range) }
    }

    @Test func cutsLinesWithoutBreaksAtNumbersAfterSentenceEnds() {
        let doc = DocumentReader.document(text: "总体要求如下。一、加强学习,提高素质。1、组织学习。2、开展培训;二、关心职工:1、走访慰问。")
        #expect(doc.headings.map(\.numbering!.style) == [.chinese, .arabic, .arabic, .chinese, .arabic])
        #expect(doc.headings.map(\.depth) == [1, 2, 2, 1, 2])
        #expect(doc.blocks.count == 6)
        #expect(doc.headings.allSatisfy { $0.line == 1 })
        #expect(doc.text(doc.blocks[0].range) == "总体要求如下。")
    }

    /// Headings numbered with a comma (一, or 一，) at the start of a line, as PDFs and some
    /// typists write them; 一， inside a sentence stays a word of it.
    @Test func headingsNumberedWithACommaAtTheStartOfALine() {
        let doc = DocumentReader.document(text: "城南医院工会工作计划\n一，指导思想\n全年工作分为两步,一,抓学习,二,抓落实。\n二,主要任务\n1、召开职代会。")
        #expect(doc.headings.map { doc.text($0.titleRange) } == ["指导思想", "主要任务", "召开职代会"])
        #expect(doc.headings.map(\.depth) == [1, 1, 2])
        #expect(headings("今年工作如下。一，抓学习。二，抓落实。") == [])
        // A PDF glued the next item to the line: 二， of the line's own run starts it; 第三，
        // and 十三， are no such item, nor is a number that is not the next.
        let glued = DocumentReader.document(text: "一，抓好学习,坚持每月一次二，关心职工,慰问困难职工四，第三，十三，其他")
        #expect(glued.headings.map { glued.text($0.range) } == ["一,抓好学习,坚持每月一次", "二,关心职工,慰问困难职工四,第三,十三,其他"])
    }

    /// A title run into the plan's first heading, as document shops print whole plans on one
    /// line: 一、 after the word naming the document opens the first section.
    @Test func aTitleGluedToTheFirstHeadingIsCutFromIt() {
        let body = "2025年城南小学工会工作计划一、工作目标全年开展活动不少于12次,教职工参与率达到80%以上。二、主要任务3月召开教代会。"
        let doc = DocumentReader.document(text: body)
        #expect(doc.text(doc.blocks[0].range) == "2025年城南小学工会工作计划")
        #expect(doc.headings.map { doc.text($0.range).prefix(6) } == ["一、工作目标", "二、主要任务"])
        #expect(doc.metadata.title == "2025年城南小学工会工作计划")
        // Traditional script reads the same (計劃 is 计划 once normalised).
        let traditional = DocumentReader.document(text: "城南幼兒園工會工作計劃一、計劃背景隨著社會的不斷發展,幼兒園的教職工人數逐年增加,工會的任務也更重了。二、工作目標")
        #expect(traditional.headings.first.map { traditional.text($0.titleRange).hasPrefix("计划背景") } == true)
        // Not inside a sentence, not numbers listed, not a short line.
        #expect(headings("我们按照年度工作计划一、二两个阶段推进各项工作,第一阶段完成调研,第二阶段组织实施,年底前全部完成并形成书面总结报告。").isEmpty)
        #expect(headings("全体教职工要认真学习贯彻上级工会的部署,按照学校的整体安排,落实好今年的工作计划一、抓学习").isEmpty)
        #expect(headings("工会工作计划一、指导思想").isEmpty)
    }

    /// 2、3月召开教代会 after item 1、 is item 2 whose words open with a month; alone, 1、2月份
    /// lists two months and is no item. The punctuation must be the list's own, and a full
    /// stop before a figure (2.5万元) stays a decimal.
    @Test func itemsOpeningWithAFigureContinueTheirList() {
        let doc = DocumentReader.document(text: "一、主要工作\n1、组织学习\n2、3月召开教代会\n3、开展活动\n4,30岁以上职工体检")
        #expect(doc.headings.map { $0.numbering! } == [
            Numbering(style: .chinese, value: 1), Numbering(style: .arabic, value: 1), Numbering(style: .arabic, value: 2),
            Numbering(style: .arabic, value: 3),
        ])
        let commas = DocumentReader.document(text: "五月份\n1,\"红五月\"歌咏比赛\n2,30歲以上員工查體\n3,辦理職工安康保險")
        #expect(commas.headings.compactMap(\.numbering).filter { $0.style == .arabic }.map(\.value) == [1, 2, 3])
        #expect(headings("1、2月份走访慰问困难职工") == [])
        #expect(headings("1.组织学习\n2.5万元用于慰问").count == 1)
        #expect(headings("一、目标\n2、3月召开教代会").count == 1)
    }

    @Test func aRunOfItemsGluedToTheSentenceStillCuts() {
        #expect(headings("三、具体工作:1、学习。参加竞赛2、开会。总额13、02万元") == ["三、具体工作:", "1、学习", "2、开会"])
    }

    @Test func inlinePartMarkersOpenParts() {
        let doc = DocumentReader.document(text: "欢迎下载!工会工作计划【第一篇】一、指导思想:坚持。工会工作计划【第二篇】一、目标")
        let parts = doc.headings.filter { $0.numbering?.style == .part }
        #expect(parts.count == 2)
        #expect(doc.text(parts[0].titleRange) == "工会工作计划")
        #expect(doc.headings.map(\.depth) == [1, 2, 1, 2])
        #expect(doc.metadata.partCount == 2)
    }

    @Test func pageFragmentsOfScrapedPreviewsAreNotHeadings() {
        let filler = String(repeating: "推进工会工作", count: 30)
        let text = ["资源描述", "1、工作计划 总要求。 一、学习 \(filler)各级工会要把学", "2、习贯彻精神,\(filler)完善", "3、机制。\(filler)。"]
            .joined(separator: "\n")
        let doc = DocumentReader.document(text: text)
        #expect(!doc.headings.contains { $0.numbering?.style == .arabic })
        #expect(doc.headings.map { doc.text($0.titleRange) } == ["学习"])
    }

    /// The last page of a preview is short, but it is numbered on from the page before it.
    @Test func aShortLastPageAfterPageFragmentsIsNoHeading() {
        let filler = String(repeating: "推进工会工作", count: 30)
        let pages = ["资源描述", "1、工作计划 总要求。 一、学习 \(filler)各级工会要把学", "2、习贯彻精神,\(filler)完善"]
        let doc = DocumentReader.document(text: (pages + ["3、机制建设。按照总体思路推进。"]).joined(separator: "\n"))
        #expect(!doc.headings.contains { $0.numbering?.style == .arabic })
        // A short line that does not number on from the last page is the plan's own item.
        let restarted = DocumentReader.document(text: (pages + ["1、机制建设。按照总体思路推进。"]).joined(separator: "\n"))
        #expect(restarted.headings.filter { $0.numbering?.style == .arabic }.map(\.numbering!.value) == [1])
    }

    @Test func ordinaryNumberedLinesAfterLongUnpunctuatedLinesStayHeadings() {
        let long = String(repeating: "坚持工会工作服务于党建工作", count: 20)
        let doc = DocumentReader.document(text: "1、\(long)\n2、促进校园文化建设")
        #expect(doc.headings.map(\.numbering!.value) == [1, 2])
    }

    @Test func spacesAndMarkdownPrefixesAreSkipped() {
        #expect(headings("  一、总则\n- 1、细则\n**（一）要求**") == ["一、总则", "1、细则", "(一)要求"])
    }

    /// Skipping runs of ideographs (and, with nothing pending, of every scalar that changes
    /// nothing) against the scalar-by-scalar walk, on random lines made of numbering,
    /// punctuation, spaces, fillers and ideographs, and on the seed plans.
    @Test func skippingIdeographsChangesNoSegment() throws {
        func segments(_ text: String, skipping: Bool) -> [String] {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let normalized = ScriptNormalizer.normalize(lines: lines, blanked: [:])
            var segmenter = BlockSegmenter(
                text: ScalarScanner(bytes: normalized), lines: LineTable(normalized: normalized, originalLines: lines),
                headingLevels: [:])
            segmenter.skippingIdeographs = skipping
            return segmenter.segments().map { "\($0.range) \($0.contentStart) \(String(describing: $0.marker)) \($0.startsLine)" }
        }
        let pieces = [
            "一、", "二、", "(三)", "1、", "2、", "3.", "第一篇", "【篇二】", "【", "篇三", "第", "。", "；", ":", " ", "”", "工会", "职工", "计划",
            "方案", "(一)", "4", "5", "a",
            // What a walk with nothing pending stops at or passes over on its bytes
            // (`quietRunEnd`): commas, enclosed numbers, figures, a filler, marks led by E3
            // and characters of every length.
            "、", ",", "①", "⑴", "?", "!", "\t", "“", "《", "12", "\u{1}", "é", "😀", "㐀", "鿿", "ꀀ", "第", "篇",
        ]
        var generator = TestRandom()
        var texts: [String] = []
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 1...30, using: &generator)).map { _ in
                Int.random(in: 0..<12, using: &generator) == 0 ? "\n" : pieces.randomElement(using: &generator)!
            }.joined())
        }
        let seeds = Fixtures.corpus.appendingPathComponent("seeds")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? [] where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
        }
        var segmentCount = 0
        for text in texts {
            let fast = segments(text, skipping: true)
            #expect(fast == segments(text, skipping: false), "\(text.prefix(80))")
            segmentCount += fast.count
        }
        #expect(segmentCount > 1000)
    }

    /// The next 【 found by its last byte is the first one at or after the start whose three
    /// bytes lie before the end, as a search of every offset finds it.
    @Test func nextLenticularIsTheFirstWithinTheBounds() {
        let bytes = Array("【篇一】工会、。《计划》【第二篇】职工“【”".utf8)
        let lines = LineTable(normalized: bytes, originalLines: [String(decoding: bytes, as: UTF8.self)])
        let segmenter = BlockSegmenter(text: ScalarScanner(bytes: bytes), lines: lines, headingLevels: [:])
        let mark = Array("【".utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let expected = (start..<max(start, end - 2)).first { bytes[$0..<$0 + 3].elementsEqual(mark) } ?? end
                #expect(segmenter.nextLenticular(from: start, end: end) == expected, "\(start)..<\(end)")
            }
        }
    }
}
