import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct DocxNumberingTests {
    @Test func automaticNumbersAreRenderedIntoParagraphText() throws {
        let document = try DocumentReader.read(path: Fixtures.document("numbered.docx"))
        #expect(document.lines.originalLines == [
            "工会工作计划", "一、指导思想", "坚持服务职工。", "二、主要工作", "（一）加强民主管理", "1. 召开教代会", "2. 推进校务公开",
            "（二）关心职工生活", "1. 走访慰问", "圆点项目", "取消编号",
        ])
    }

    @Test func renderedNumbersMakeHeadings() throws {
        let document = try DocumentReader.read(path: Fixtures.document("numbered.docx"))
        let numbered = document.headings.compactMap(\.numbering)
        #expect(numbered.map(\.style) == [.chinese, .chinese, .parenChinese, .arabic, .arabic, .parenChinese, .arabic])
        #expect(numbered.map(\.value) == [1, 2, 1, 1, 2, 2, 1])
        #expect(document.headings.map(\.depth) == [1, 1, 2, 3, 3, 2, 3])
    }

    /// numbering.xml with one Chinese-counted abstract list (一、) and the instances given.
    private func numbering(abstracts extra: String = "", _ instances: String) throws -> DocxNumbering {
        let xml = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
            <w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>\(extra)\(instances)</w:numbering>
            """
        return try DocxNumbering(xml: Data(xml.utf8), maxDepth: 64)
    }

    /// Word numbers on across the instances of one abstract list (a list interrupted by a
    /// plain paragraph gets a second w:num), and restarts only where an instance says so.
    @Test func instancesOfOneListNumberOnUnlessTheyRestart() throws {
        var shared = try numbering("""
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
            """)
        let labels = [("1", 0), ("1", 0), ("2", 0), ("2", 0)].map { shared.label(numID: $0.0, level: $0.1) }
        #expect(labels == ["一、", "二、", "三、", "四、"])

        var restarted = try numbering("""
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            """)
        let restartedLabels = [("1", 0), ("1", 0), ("3", 0), ("3", 0), ("1", 0)].map { restarted.label(numID: $0.0, level: $0.1) }
        #expect(restartedLabels == ["一、", "二、", "一、", "二、", "三、"])
    }

    /// An abstract list that only names a list style takes its levels from the one defining it.
    @Test func listStylesTakeTheirLevelsFromTheDefiningList() throws {
        var styled = try numbering(
            abstracts: """
                <w:abstractNum w:abstractNumId="5"><w:styleLink w:val="PlanHeadings"/><w:lvl w:ilvl="0"><w:start w:val="1"/>\
                <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl></w:abstractNum>\
                <w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="PlanHeadings"/></w:abstractNum>
                """,
            """
            <w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>
            """)
        #expect(styled.label(numID: "7", level: 0) == "1. ")
        #expect(styled.label(numID: "8", level: 0) == "2. ")
    }

    @Test(arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCountingThousand", "十一"),
        (20, "chineseCounting", "二十"), (35, "chineseCounting", "三十五"), (3, "decimalEnclosedCircle", "③"),
        (21, "decimalEnclosedCircle", "21"), (2, "decimalEnclosedFullstop", "⒉"),
        (2, "ideographTraditional", "乙"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimal", "7"),
        (2023, "ideographDigital", "二〇二三"),
    ])
    func formatsCounters(value: Int, format: String, expected: String) {
        #expect(DocxNumbering.format(value, as: format) == expected)
    }
}
