import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct HumanReporterTests {
    let output = HumanReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    /// The one-walk caret line against slicing the scalars, on random evidence and spans.
    @Test func caretLineAgreesWithSlicingTheScalars() {
        func reference(_ evidence: String, _ column: Int, _ length: Int) -> String {
            let scalars = Array(evidence.unicodeScalars)
            let start = min(max(column - 1, 0), scalars.count)
            let end = min(start + max(length, 1), scalars.count)
            let blanks = scalars[..<start].map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0)) }.joined()
            return blanks + String(repeating: "^", count: max(DisplayWidth.of(scalars: scalars[start..<end]), 1))
        }
        let alphabet = Array("工a\t、é\u{301}😀".unicodeScalars)
        for _ in 0..<500 {
            let evidence = String(String.UnicodeScalarView((0..<Int.random(in: 0...12)).map { _ in alphabet.randomElement()! }))
            let column = Int.random(in: 0...15)
            let length = Int.random(in: -1...6)
            #expect(HumanReporter.caretLine(evidence: evidence, column: column, length: length) == reference(evidence, column, length))
        }
    }

    @Test func caretSitsUnderWideCharacters() {
        // 规范财务 is 8 columns wide; 帐户 takes 4.
        #expect(HumanReporter.caretLine(evidence: "规范财务帐户管理", column: 5, length: 2) == "        ^^^^")
        // Mixed ASCII and Chinese: "3月" is 3 columns, "：" 2.
        #expect(HumanReporter.caretLine(evidence: "3月：召开教代会", column: 3, length: 1) == "   ^^")
        #expect(HumanReporter.caretLine(evidence: "Q3季度worker大会", column: 5, length: 6) == "      ^^^^^^")
    }

    @Test func caretKeepsTabsAndClampsOutOfRangeColumns() {
        #expect(HumanReporter.caretLine(evidence: "\t一、会员", column: 2, length: 1) == "\t^^")
        #expect(HumanReporter.caretLine(evidence: "短", column: 9, length: 3) == "  ^")
        #expect(HumanReporter.caretLine(evidence: "短句", column: 1, length: 0) == "^^")
    }

    @Test func caretAlignsInRenderedOutput() throws {
        let lines = output.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("[hygiene.zhanghu]") })
        let evidence = lines[index + 1]
        let caret = lines[index + 2]
        #expect(evidence == "    严格执行工会经费收支管理办法，规范财务帐户管理。")
        // The carets must start at the display column of 帐 and cover 帐户.
        let prefix = String(evidence.prefix(4 + 19))
        let caretStart = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
        #expect(caretStart == DisplayWidth.of(prefix))
        #expect(caret.filter { $0 == "^" }.count == 4)
    }

    @Test func findingLineFormat() {
        #expect(output.contains("plans/2025年某中学工会工作计划.txt:9:20  警告  “帐户”应写作“账户”  [hygiene.zhanghu]\n"))
        #expect(output.contains("plans/2025年某中学工会工作计划.txt:1:1  错误  缺少职代会（教代会）审议年度工作报告和重大事项的安排  [democracy.workers-congress]\n"))
    }

    @Test func wholePlanFindingsDoNotRepeatTheTitle() {
        // democracy.workers-congress is absent from the plan and placed at the title.
        #expect(output.contains("[democracy.workers-congress]\nplans/2025年某中学工会工作计划.txt:6:11"))
        // A missing section placed at its own heading still shows where.
        #expect(output.contains("[funds.budget]\n    三、经费管理\n    ^^^^^^^^^^^^\n"))
    }

    @Test func perFileSummaryAndTotal() {
        #expect(output.contains("plans/2025年某中学工会工作计划.txt: 缺失 2，薄弱 1，缺陷 2\n"))
        #expect(output.contains("plans/市人民医院工会2025年工作要点.md: 缺失 1，薄弱 1，缺陷 0\n"))
        #expect(output.hasSuffix("共检查 3 个文件：错误 3 个，警告 2 个，提示 2 个；1 个文件无法读取\n"))
    }

    @Test func unreadableFilePrintsPathAndError() {
        #expect(output.contains("\nplans/损坏的计划.docx: 不是有效的 .docx 文件（ZIP 结构损坏）\n"))
        // The error already starts with the path; it must not be repeated.
        #expect(!output.contains("plans/损坏的计划.docx: plans/损坏的计划.docx"))
    }

    /// A submitted file's name can hold escape sequences and line breaks: they must not reach
    /// the terminal, in a finding's line or in the file's summary.
    @Test func controlCharactersInFileNamesAreReplaced() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.path = "plans/a\u{1B}]0;pwned\u{07}\u{1B}[2Jb\n.txt"
        let output = HumanReporter().render([report], options: ReportFixtures.options())
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(output.contains("plans/a\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2Jb\u{FFFD}.txt:9:20  警告"))
        #expect(output.contains("plans/a\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2Jb\u{FFFD}.txt: 缺失 2，薄弱 1，缺陷 2\n"))
        var clean = FileReport(path: "x\u{1B}[31m.txt", metadata: nil, format: .text, findings: [], checks: [])
        clean.path = "x\u{1B}[31m.txt"
        #expect(HumanReporter().render([clean], options: ReportFixtures.options()).contains("x\u{FFFD}[31m.txt: 未发现问题\n"))
    }

    @Test func cleanFileSaysSo() {
        let clean = FileReport(path: "a.txt", metadata: nil, format: .text, findings: [], checks: [])
        #expect(HumanReporter().render([clean], options: ReportFixtures.options()).contains("a.txt: 未发现问题\n"))
        #expect(HumanReporter().render([clean], options: ReportFixtures.options(language: .en)).contains("a.txt: no findings\n"))
    }

    @Test func englishMessagesAndLabels() {
        let english = HumanReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(language: .en))
        #expect(english.contains(":9:20  warning  Write 账户, not 帐户  [hygiene.zhanghu]"))
        #expect(english.contains("plans/2025年某中学工会工作计划.txt: 2 missing, 1 weak, 2 defect"))
        #expect(english.hasSuffix("3 files checked: 3 errors, 2 warnings, 2 info; 1 file could not be read\n"))
    }

    @Test func quietKeepsOnlyFindingsAtTheThreshold() {
        let quiet = HumanReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(failOn: .error, quiet: true))
        #expect(quiet.contains("[democracy.workers-congress]"))
        #expect(quiet.contains("[rights.legal-aid]"))
        #expect(!quiet.contains("[hygiene.zhanghu]"))
        #expect(!quiet.contains("缺失 2，薄弱 1"))
        #expect(quiet.contains("不是有效的 .docx 文件"))
        #expect(quiet.contains("共检查 3 个文件"))
        let warnings = HumanReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(failOn: .warning, quiet: true))
        #expect(warnings.contains("[hygiene.zhanghu]"))
        #expect(!warnings.contains("[structure.schedule-months]"))
    }

    /// What the linter may leave undetailed: in quiet mode the human and GitHub formats show
    /// only the quiet threshold's findings; every other format, and every non-quiet run, all.
    @Test func mildestShownFollowsWhatEachFormatPrints() {
        for format in ReportFormat.allCases {
            #expect(format.mildestShown(ReportFixtures.options()) == .info)
            let quiet = format.mildestShown(ReportFixtures.options(failOn: .warning, quiet: true))
            #expect(quiet == (format == .human || format == .github ? .warning : .info), "\(format)")
            let never = format.mildestShown(ReportFixtures.options(failOn: nil, quiet: true))
            #expect(never == (format == .human || format == .github ? .error : .info), "\(format)")
        }
    }

    @Test func colourOnlyWhenAsked() {
        let plain = output
        let coloured = HumanReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(color: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31m错误\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1m[hygiene.zhanghu]\u{1B}[0m"))
    }

    @Test func controlCharactersInEvidenceCannotReachTheTerminal() {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.findings = [report.findings[3]]
        report.findings[0].evidence = "规范\u{1B}[2J财务帐户"
        report.findings[0].evidenceColumn = 9
        report.findings[0].evidenceLength = 2
        let text = HumanReporter().render([report], options: ReportFixtures.options())
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("    规范\u{FFFD}[2J财务帐户\n"))
        // 规范(4) + replacement(1) + [2J(3) + 财务(4) = 12 columns before 帐户.
        #expect(text.contains("\n    " + String(repeating: " ", count: 12) + "^^^^\n"))
    }

    @Test func findingsAreInReadingOrder() throws {
        var report = ReportFixtures.schoolReport(withDocument: false)
        report.findings.reverse()
        let text = HumanReporter().render([report], options: ReportFixtures.options())
        let first = try #require(text.range(of: ":1:1  "))
        let last = try #require(text.range(of: ":11:1  "))
        #expect(first.lowerBound < last.lowerBound)
    }

    /// Findings are printed in reading order whatever order the report holds them in, and
    /// findings at one place keep the report's order.
    @Test func findingsArePrintedInReadingOrder() {
        func finding(_ rule: String, line: Int, column: Int) -> Finding {
            ReportFixtures.finding(
                rule, .error, .defect, theme: "hygiene", zh: rule, en: rule, line: line, column: column, endColumn: column + 1,
                evidence: "工会工作计划", evidenceColumn: 1)
        }
        let shuffled = [finding("c.third", line: 3, column: 1), finding("a.first", line: 1, column: 2),
                        finding("z.tie", line: 2, column: 1), finding("b.tie", line: 2, column: 1)]
        for findings in [shuffled, [shuffled[1], shuffled[2], shuffled[3], shuffled[0]]] {
            var report = ReportFixtures.schoolReport(withDocument: false)
            report.findings = findings
            let text = HumanReporter().render([report], options: ReportFixtures.options(quiet: true))
            let order = ["a.first", "z.tie", "b.tie", "c.third"].compactMap { text.range(of: "[\($0)]")?.lowerBound }
            #expect(order.count == 4 && order == order.sorted(), "\(text)")
        }
    }
}

