import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct MarkdownReporterTests {
    let output = MarkdownReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    @Test func summaryTableHasOneRowPerFile() {
        #expect(output.hasPrefix("## planlint 检查报告\n"))
        #expect(output.contains("| 文件 | 缺失 | 薄弱 | 缺陷 | 错误 | 警告 |\n"))
        #expect(output.contains("| plans/2025年某中学工会工作计划.txt | 2 | 1 | 2 | 2 | 2 |\n"))
        #expect(output.contains("| plans/市人民医院工会2025年工作要点.md | 1 | 1 | 0 | 1 | 0 |\n"))
        #expect(output.contains("| plans/损坏的计划.docx | 无法读取："))
    }

    @Test func englishTableHasNoChinesePunctuation() {
        let english = MarkdownReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(language: .en))
        #expect(english.contains("| plans/损坏的计划.docx | unreadable: "))
    }

    @Test func findingsPerFile() {
        #expect(output.contains("### plans/2025年某中学工会工作计划.txt — 某中学工会2025年工作计划\n"))
        #expect(output.contains("| 9 | 🟡 警告 | 缺陷 | “帐户”应写作“账户”<br>建议：改为“账户”。 | `hygiene.zhanghu` |\n"))
    }

    @Test func cellsCannotBreakTheTable() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.findings = [report.findings[0]]
        report.findings[0].message = LocalizedText(zh: "a|b\n<img src=x>", en: "")
        let text = MarkdownReporter().render([report], options: ReportFixtures.options())
        #expect(text.contains("a\\|b<br>&lt;img src=x&gt;"))
        #expect(!text.contains("<img"))
    }

    @Test func aLineBreakInAFileNameStaysInItsHeading() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.path = "plans/a\nb.txt"
        let text = MarkdownReporter().render([report], options: ReportFixtures.options())
        #expect(text.contains("\n### plans/a b.txt — 某中学工会2025年工作计划\n"))
        #expect(text.contains("| plans/a<br>b.txt | 2 |"))
    }

    @Test func longReportsStayWithinTheBudget() {
        let reports = (1...400).map { index -> FileReport in
            var report = ReportFixtures.schoolReport(withDocument: false)
            report.path = "plans/\(index).txt"
            return report
        }
        let text = MarkdownReporter().render(reports, options: ReportFixtures.options())
        #expect(text.count < 65_536)
        #expect(text.contains("| plans/400.txt | 2 | 1 | 2 | 2 | 2 |"))
        #expect(text.contains("个文件的问题未列出"))
    }
}
