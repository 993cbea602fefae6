import Testing
@testable import PlanlintDocument

/// The spaces a PDF's extraction leaves where a column of prose wrapped: a few in a long
/// paragraph, one every column's width, hidden where they part two ideographs; a writer's
/// spaces, irregular or in short lines, stay.
@Suite struct WrapSpacesTests {
    /// A paragraph of the team's own words, 170-odd characters.
    static let paragraph =
        "工会将围绕学校中心工作团结动员全体教职工认真贯彻工会法依法维护教职工的合法权益，三月召开教职工代表大会审议学校工作报告和工会经费收支情况报告，四月组织教职工开展春季健步走活动，五月举办青年教师教学技能竞赛，九月开展金秋助学活动资助困难教职工子女，十二月总结全年工作并向会员代表大会报告，全年组织各类文体活动不少于六项。"

    /// `text` with a space after every `width` characters, as a column wraps.
    static func wrapped(_ text: String, every width: Int) -> String {
        var out = ""
        for (index, character) in text.enumerated() {
            if index > 0, index % width == 0 { out.append(" ") }
            out.append(character)
        }
        return out
    }

    func hiding(_ text: String) -> String {
        String(decoding: SplitWordSpaces.hiding(in: Array(text.utf8)), as: UTF8.self)
    }

    @Test func spacesAtAColumnsWrapBetweenIdeographsAreHidden() {
        let text = Self.wrapped(Self.paragraph, every: 20)
        let hidden = hiding(text)
        // Scalar for scalar, as a split text's.
        #expect(hidden.unicodeScalars.count == text.unicodeScalars.count)
        // 教职工 | 认真 parted by a wrap reads on; the wrap after a comma parts no word and stays.
        #expect(text.contains("教职工 认真"))
        #expect(hidden.contains("教职工\u{1}认真"))
        #expect(hidden.filter { $0 == " " }.count == 1)
        #expect(hidden.contains("权益， 三月"))
        #expect(hidden.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(of: " ", with: "") == Self.paragraph)
    }

    @Test func aWritersSpacesStay() {
        // Irregular: after headings and between clauses, in a long line.
        let irregular = "一、指导思想 以服务职工为中心 二、主要任务 三月召开教职工代表大会审议学校工作报告和工会经费收支情况报告 四月组织教职工开展春季健步走活动 五月举办青年教师教学技能竞赛 九月开展金秋助学活动 十二月总结全年工作并向会员代表大会报告 全年组织各类文体活动不少于六项。"
        #expect(hiding(irregular) == irregular)
        // Regular, but a short line: a table row's cells, a letter-spaced title.
        let short = Self.wrapped(String(Self.paragraph.prefix(120)), every: 20)
        #expect(hiding(short) == short)
    }

    @Test func positionsAreByteOffsetsOfSpacesBetweenIdeographs() {
        let text = Self.wrapped(Self.paragraph, every: 20)
        let bytes = Array(text.utf8)
        let positions = bytes.withUnsafeBufferPointer { WrapSpaces.positions(in: $0) }
        #expect(!positions.isEmpty)
        #expect(positions.allSatisfy { bytes[$0] == 0x20 })
        // Line by line: a wrapped paragraph after a short title line.
        let titled = Array(("城南中学工会2025年工作计划\n" + text).utf8)
        let shifted = titled.withUnsafeBufferPointer { WrapSpaces.positions(in: $0) }
        #expect(shifted.count == positions.count)
    }
}
