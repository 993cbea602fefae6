import Testing
@testable import PlanlintEngine

/// Document numbers and page footers are blanked before signals are scanned; figures next
/// to them, and brackets or dashes that hold anything else, are left alone.
@Suite struct NonFigureMaskTests {
    private func masked(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        NonFigureMask.blankNonFigures(&scalars)
        return String(String.UnicodeScalarView(scalars))
    }

    private func hasFigure(_ text: String) -> Bool {
        var scalars = Array(text.unicodeScalars)
        NonFigureMask.blankNonFigures(&scalars)
        return SignalScanner.hasNumber(scalars) || SignalScanner.hasTimeFigure(scalars)
    }

    @Test func documentNumbersAreBlanked() {
        #expect(masked("工发〔2024〕3号") == "工发" + String(repeating: "_", count: 8))
        #expect(masked("按照[2023]5号文件") == "按照" + String(repeating: "_", count: 8) + "文件")
        #expect(masked("依据宁总发〔〕81号文") == "依据宁总发" + String(repeating: "_", count: 5) + "文")
        #expect(masked("教工(2025) 12 号") == "教工" + String(repeating: "_", count: 11))
        #expect(!hasFigure("根据总工办发〔2017〕32号文件要求，做好帮扶工作"))
        // A year a download site masked still opens the number: 23号 is no day.
        #expect(masked("学习[20xx]23号文件") == "学习" + String(repeating: "_", count: 9) + "文件")
        #expect(!hasFigure("认真学习[20xx]23号《工作规程》，规范教代会程序"))
        // A figure beside the number still counts.
        #expect(hasFigure("根据工发〔2024〕3号文件，3月召开职代会"))
    }

    @Test func otherBracketsAreKept() {
        #expect(masked("(3)慰问困难职工5户") == "(3)慰问困难职工5户")
        #expect(masked("[12]号楼") == "[12]号楼")
        #expect(masked("〔2024〕年度") == "〔2024〕年度")
        #expect(hasFigure("3号楼会议室，15日召开"))
    }

    @Test func pageFootersAreBlanked() {
        #expect(masked("第 3 页 共 10 页") == "_____ ______")
        #expect(!hasFigure("第1页 / 共8页"))
        #expect(!hasFigure("2025年学校工会工作计划_第2页"))
        #expect(!hasFigure("加强队伍建设\n- 3 -\n提高服务水平"))
        #expect(!hasFigure("— 12 —"))
        #expect(!hasFigure("Page 3 of 10"))
        #expect(!hasFigure("page 2/6"))
    }

    @Test func theClosingDateIsBlanked() {
        // The plan's date under its signature dates none of the part above it.
        #expect(!hasFigure("加强组织领导，强化督促检查。\n\n城南社区工会\n2026年1月8日\n"))
        #expect(!hasFigure("确保各项工作落到实处。\n城南社区工会\n  2025 年 12 月 30 日  "))
        #expect(!hasFigure("确保各项工作落到实处。\n城南社区工会\n2025年1月"))
        #expect(!hasFigure("确保各项工作落到实处。\n2025-01-08"))
        #expect(!hasFigure("确保各项工作落到实处。\n2025.1.8"))
        #expect(masked("落到实处。\n2026年1月8日") == "落到实处。\n" + String(repeating: "_", count: 9))
        // Only at the plan's end: a date alone on the last line of a scope in the middle of
        // the plan dates what stands above it.
        var scalars = Array("召开第五届职代会\n2025年3月".unicodeScalars)
        NonFigureMask.blankNonFigures(&scalars, closesDocument: false)
        #expect(SignalScanner.hasTimeFigure(scalars))
    }

    @Test func datesThatDateSomethingAreKept() {
        // A date with text after it on its line, or with lines under it, dates them.
        #expect(hasFigure("工会主席负总责。\n2026年3月8日召开职代会"))
        #expect(hasFigure("2025年3月\n召开职代会"))
        #expect(hasFigure("具体工作安排：\n2025年3月至6月"))
        // A year alone is no date, and is no figure already.
        #expect(hasFigure("落到实处。\n2025年1月8日 第3次会议"))
        #expect(masked("落到实处。\n2025年度") == "落到实处。\n2025年度")
    }

    @Test func figuresThatLookLikeFootersAreKept() {
        #expect(hasFigure("组织3-5人的小组"))
        // 第3 before anything but 页 is no footer (a week of a timetable dates its items).
        #expect(hasFigure("第3周召开会议"))
        #expect(hasFigure("共30户困难职工"))
        #expect(hasFigure("印发宣传页3000份"))
    }
}
