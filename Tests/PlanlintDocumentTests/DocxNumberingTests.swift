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

    @Test(arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCountingThousand", "十一"),
        (20, "chineseCounting", "二十"), (35, "chineseCounting", "三十五"), (3, "decimalEnclosedCircle", "③"),
        (2, "ideographTraditional", "乙"), (4, "upperRoman", "IV"), (28, "lowerLetter", "bb"), (7, "decimal", "7"),
        (2023, "ideographDigital", "二〇二三"),
    ])
    func formatsCounters(value: Int, format: String, expected: String) {
        #expect(DocxNumbering.format(value, as: format) == expected)
    }
}
