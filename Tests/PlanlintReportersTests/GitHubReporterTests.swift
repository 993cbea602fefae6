import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct GitHubReporterTests {
    let output = GitHubReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    @Test func oneCommandPerFinding() {
        let lines = output.split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.contains("::warning file=plans/2025年某中学工会工作计划.txt,line=9,col=20,endLine=9,endColumn=21,title=hygiene.zhanghu::“帐户”应写作“账户”%0A建议：改为“账户”。"))
        #expect(lines.contains { $0.hasPrefix("::notice file=plans/2025年某中学工会工作计划.txt,line=11,col=1,") })
        #expect(lines.contains { $0.hasPrefix("::error file=plans/市人民医院工会2025年工作要点.md,line=7,col=4,") })
        #expect(lines.contains("::error file=plans/损坏的计划.docx,title=planlint::不是有效的 .docx 文件（ZIP 结构损坏）"))
    }

    @Test func escaping() {
        #expect(GitHubReporter.escapeData("100% 完成\r\n下一行: a,b") == "100%25 完成%0D%0A下一行: a,b")
        #expect(GitHubReporter.escapeProperty("dir:a,b%/计划.txt") == "dir%3Aa%2Cb%25/计划.txt")
    }

    @Test func propertiesWithSeparatorsAreEscapedInOutput() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.path = "计划,草稿:v2.txt"
        let text = GitHubReporter().render([report], options: ReportFixtures.options())
        #expect(text.contains("file=计划%2C草稿%3Av2.txt,line=1,"))
        #expect(!text.contains("计划,草稿"))
    }

    /// `planlint --format github .` names files `./plans/…`; GitHub shows an annotation in a
    /// pull request only for a path relative to the repository, without the `./`.
    @Test func leadingDotSlashIsDropped() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.path = "./plans/a.txt"
        var unreadable = ReportFixtures.unreadableReport()
        unreadable.path = ".//b.docx"
        let text = GitHubReporter().render([report, unreadable], options: ReportFixtures.options())
        #expect(text.contains("file=plans/a.txt,line=1,"))
        #expect(text.contains("::error file=b.docx,title=planlint::"))
        #expect(!text.contains("file=."))
    }

    @Test func multiLineFindingsHaveNoEndColumn() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.findings = [report.findings[0]]
        report.findings[0].end = SourcePosition(line: 3, column: 2)
        let text = GitHubReporter().render([report], options: ReportFixtures.options())
        #expect(text.contains("line=1,col=1,endLine=3,title="))
    }
}
