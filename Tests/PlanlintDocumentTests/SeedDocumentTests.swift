import Testing

@testable import PlanlintDocument

/// Structure of the five real plans in the shared corpus.
@Suite struct SeedDocumentTests {
    private func read(_ seed: String) throws -> PlanDocument { try DocumentReader.read(path: Fixtures.seed(seed)) }

    private func headings(_ document: PlanDocument, _ style: NumberingStyle) -> [Heading] {
        document.headings.filter { $0.numbering?.style == style }
    }

    @Test func seed000HasPartsAndAGappedEnumeration() throws {
        let document = try read("000")
        let parts = headings(document, .part)
        #expect(parts.count >= 6)
        #expect(parts.allSatisfy { $0.depth == 1 })
        #expect(document.metadata.partCount == parts.count)
        #expect(Array(parts.prefix(3).map(\.numbering!.value)) == [1, 2, 3])
        // 一是 … 三是 with no 二是, one item per paragraph.
        let groups = Dictionary(grouping: document.enumerations, by: \.blockRange)
        #expect(groups.values.contains { $0.map(\.value) == [1, 3] })
        // Chinese headings sit directly under their part.
        let firstChinese = try #require(headings(document, .chinese).first)
        #expect(firstChinese.depth == 2)
        #expect(document.text(firstChinese.titleRange) == "提升工会组织能力")
    }

    @Test func seed001PageChunksAreNotHeadings() throws {
        let document = try read("001")
        let chinese = headings(document, .chinese)
        #expect(chinese.map(\.numbering!.value) == [1, 2, 3, 4, 5, 6])
        #expect(chinese.allSatisfy { $0.depth == 1 })
        let arabic = headings(document, .arabic)
        #expect(arabic.allSatisfy { $0.depth == 2 })
        // Page starts such as "2、习贯彻…" open lines but are not items.
        for heading in arabic {
            let lineStart = document.lines.byteRange(ofLine: heading.line).lowerBound
            #expect(heading.range.lowerBound != lineStart, "line \(heading.line)")
        }
        #expect(arabic.count >= 15)
    }

    @Test func seed002InlineHeadingsAreFoundWithoutLineBreaks() throws {
        let document = try read("002")
        #expect(document.lines.count == 1)
        #expect(headings(document, .part).map(\.numbering!.value) == [1, 2, 3, 4])
        let chinese = headings(document, .chinese)
        #expect(Array(chinese.prefix(5).map { document.text($0.titleRange) }) == ["夯实基础", "共建和谐", "围绕中心", "积极帮扶", "优化队伍"])
        #expect(chinese.allSatisfy { $0.depth == 2 })
        #expect(document.blocks.count > 20)
        #expect(document.sentences.count > 100)
    }

    @Test func seed003KeepsNumberingFaultsVisible() throws {
        let document = try read("003")
        #expect(headings(document, .part).count == 10)
        // 三、 twice in a row at the same level.
        let chinese = headings(document, .chinese)
        let repeated = zip(chinese, chinese.dropFirst()).first { $0.numbering == $1.numbering && $0.numbering?.value == 3 }
        let pair = try #require(repeated)
        #expect(pair.0.depth == pair.1.depth)
        // 第四 is followed by 第六.
        let ordinals = headings(document, .ordinal).map(\.numbering!.value)
        #expect(zip(ordinals, ordinals.dropFirst()).contains { $0 == 4 && $1 == 6 })
        #expect(Set(document.schedule.entries.map(\.period)) == Set(1...12))
    }

    @Test func seed004HasAFullMonthSchedule() throws {
        let document = try read("004")
        let periods = document.schedule.entries.map(\.period)
        #expect(periods == Array(1...12))
        let months = headings(document, .month)
        let parent = try #require(document.headings.last { $0.line < months[0].line && $0.depth < months[0].depth })
        #expect(document.text(parent.titleRange) == "具体工作安排")
        #expect(months.allSatisfy { $0.depth == parent.depth + 1 })
        #expect(document.text(document.schedule.entries[0].range).contains("召开八届四次教代会"))
        #expect(headings(document, .part).count == 3)
    }

    /// The allocation-free innermost-section walk ends where the path walk ends, at every
    /// offset of every seed plan.
    @Test func innermostSectionIsTheLastOfThePath() throws {
        var checked = 0
        for seed in ["000", "001", "002", "003", "004"] {
            let sections = try read(seed).sections
            let end = sections.nodes[0].range.upperBound
            for offset in stride(from: 0, through: end, by: 7) {
                #expect(sections.innermost(containing: offset) == (sections.path(containing: offset).last ?? 0))
                checked += 1
            }
            #expect(sections.nodes.count > 5)
        }
        #expect(checked > 1000)
    }
}
