import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct MarkdownReaderTests {
    let document: PlanDocument

    init() throws {
        document = try DocumentReader.read(path: Fixtures.document("plan.md"))
    }

    private func line(_ number: Int) -> String {
        document.text(document.lines.byteRange(ofLine: number))
    }

    @Test func atxAndSetextHeadingsCarryTheirLevel() {
        let sources = document.headings.map(\.source)
        #expect(sources.contains(.markdown(level: 1)))
        let setext = document.headings.first { document.text($0.titleRange) == "主要安排" }
        #expect(setext?.source == .markdown(level: 2))
        #expect(setext?.line == 21)
    }

    @Test func numberedMarkdownHeadingKeepsNumberAndMarkdownDepth() throws {
        let heading = try #require(document.headings.first { $0.line == 3 })
        #expect(heading.source == .markdown(level: 2))
        #expect(heading.numbering == Numbering(style: .chinese, value: 1))
        #expect(heading.depth == 2)
        #expect(document.text(heading.titleRange) == "指导思想")
        #expect(document.text(heading.range) == "一、指导思想")
        let sub = try #require(document.headings.first { $0.numbering?.style == .parenChinese })
        #expect(sub.source == .markdown(level: 3))
        #expect(sub.depth == 3)
    }

    @Test func numberedLineUnderMarkdownHeadingNestsBelowIt() throws {
        let item = try #require(document.headings.first { $0.line == 13 })
        #expect(item.numbering == Numbering(style: .arabic, value: 1))
        #expect(item.source == .numbering)
        #expect(item.depth == 4)
    }

    @Test func codeBlocksAreBlankedWithTheirScalarCount() {
        #expect(line(15).allSatisfy { $0 == " " })
        #expect(line(16).unicodeScalars.count == "一、代码里的标题不算".unicodeScalars.count)
        #expect(line(16).allSatisfy { $0 == " " })
        #expect(line(19).allSatisfy { $0 == " " })
        #expect(document.lines.originalText(ofLine: 16) == "一、代码里的标题不算")
        #expect(!document.headings.contains { [16, 19].contains($0.line) })
    }

    @Test func htmlCommentsAreBlanked() {
        #expect(line(7).allSatisfy { $0 == " " })
        #expect(document.lines.originalText(ofLine: 7).hasPrefix("<!-- planlint-disable"))
    }

    @Test func listBulletDoesNotHideNumbering() throws {
        let item = try #require(document.headings.first { $0.line == 24 })
        #expect(item.numbering == Numbering(style: .arabic, value: 2))
        #expect(document.text(item.titleRange) == "推进校务公开")
    }

    @Test func multiLineCommentAndIndentedCodeAfterListStayText() {
        let source = MarkdownReader.read(lines: ["正文<!-- 开始", "中间", "结束 -->尾", "- 列表", "    续行"])
        #expect(source.blanked[0] == [2..<9])
        #expect(source.blanked[1] == [0..<2])
        #expect(source.blanked[2] == [0..<6])
        #expect(source.blanked[4] == nil)
    }

    /// Lines are read as scalars from the text's bytes: a code line of one-, two-, three-
    /// and four-byte scalars is blanked over its scalar count; setext underlines may hold
    /// blanks between their marks, and mixed marks underline nothing.
    @Test func scalarsAndSetextUnderlinesReadFromBytes() {
        let code = MarkdownReader.read(lines: ["```", "a😀é工", "```"])
        #expect(code.blanked[1] == [0..<4])
        let spaced = MarkdownReader.read(lines: ["活动安排", "= = ="])
        #expect(spaced.headingLevels[0] == 1)
        let dashes = MarkdownReader.read(lines: ["活动安排", " --- "])
        #expect(dashes.headingLevels[0] == 2)
        let mixed = MarkdownReader.read(lines: ["活动安排", "=-="])
        #expect(mixed.headingLevels.isEmpty)
    }

    /// Tags and character references are markup Markdown renders (a table cell's <br>, a
    /// paragraph indented with &emsp;); what it prints as it stands stays text for rules.
    @Test func inlineHTMLIsBlankedButBrokenMarkupStaysText() {
        let source = MarkdownReader.read(lines: [
            "&emsp;&emsp;3月召开职代会", "| 3月 | 职代会<br>审议报告 |", "<font color=\"red\">重点</font>",
            "质量提升?!?/FONT>", "R&D创新，人数<50，<https://example.com>", "&nbsp 无分号", "<!-- 注 --><u>下划线</u>",
        ])
        #expect(source.blanked[0] == [0..<6, 6..<12])
        #expect(source.blanked[1] == [10..<14])
        #expect(source.blanked[2] == [0..<18, 20..<27])
        #expect(source.blanked[3] == nil)
        #expect(source.blanked[4] == nil)
        #expect(source.blanked[5] == nil)
        #expect(source.blanked[6] == [0..<10, 10..<13, 16..<20])
    }
}

extension MarkdownReaderTests {
    /// Skipping prose lines must not change what the reader finds: random documents built
    /// from every construct it knows, read with and without the shortcut.
    @Test func skippingProseChangesNothing() {
        let pieces = [
            "工会", "职代会召开", " ", "  ", "    ", "\t", "\u{A0}", "#", "## ", "- ", "* ", "1. ", "2) ", "```", "~~~",
            "<!-- ", " -->", "-->", "<b>", "</b>", "&nbsp;", "&#12290;", "&", "===", "---", "a", "（一）", "`", "<", "",
        ]
        var generator = TestRandom()
        var headings = 0
        var blanked = 0
        for _ in 0..<400 {
            let lines = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                RandomText.joined(from: pieces, count: 0...4, using: &generator)
            }
            let fast = MarkdownReader.read(lines: lines)
            let full = MarkdownReader.read(lines: lines, skippingProse: false)
            #expect(fast.headingLevels == full.headingLevels, "\(lines)")
            #expect(fast.blanked == full.blanked, "\(lines)")
            headings += full.headingLevels.count
            blanked += full.blanked.count
        }
        #expect(headings > 50 && blanked > 50)
    }
}
