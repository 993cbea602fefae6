import PlanlintBundledRules
import PlanlintDocument
import PlanlintRules
import Testing
@testable import PlanlintEngine

/// A plan whose words a PDF's extraction split with spaces is linted as the plan itself:
/// same findings, profile, kind and year, at the original's lines and columns, plus the
/// `split-spaces` finding on each split line, whose fixes give the plain plan back.
@Suite struct SplitWordSpacesLintTests {
    static let plan = """
        城南区机械厂工会2025年工作计划
        一、指导思想
        以新时代中国特色社会主义思想为指导，团结动员全厂职工建功新时代，为职工效劳。
        二、主要任务
        （一）3月召开职工代表大会，审议工会经费预算和厂务公开情况。
        （二）做好困难职工帮扶。春节期间走访慰问困难职工30户，每户1000元。
        （三）开展劳动竞赛，九月份开展金秋助学活动。
        （四）关心职工生活，一是做好困难职工帮扶工作；三是春节期间走访慰问离退休职工。
        三、保障措施
        工会主席负总责，每季度召开一次推进会。
        城南区机械厂工会
        2025年1月10日
        """

    /// `text` with `separator` after every `every`th of its ideographs that another follows.
    static func split(_ text: String, with separator: String, every: Int = 1) -> String {
        var result = ""
        var run = 0
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            result.unicodeScalars.append(scalar)
            guard scalar.properties.isIdeographic, index + 1 < scalars.count, scalars[index + 1].properties.isIdeographic else {
                run = 0
                continue
            }
            run += 1
            if run % every == 0 { result += separator }
        }
        return result
    }

    func lint(_ text: String) throws -> FileReport {
        let linter = Linter(rules: try BundledRules.pack.get())
        return linter.lint(DocumentReader.document(text: text, path: "plan.txt", format: .text))
    }

    func keys(_ report: FileReport) -> [String] {
        report.findings.filter { $0.ruleID != Self.splitRule }.map { "\($0.ruleID) \($0.category) \($0.start.line)" }.sorted()
    }

    static let splitRule = "hygiene.split-spaces"

    @Test func aSplitPlanGetsThePlainPlansFindings() throws {
        let plain = try lint(Self.plan)
        #expect(plain.findings.contains { $0.ruleID == "hygiene.conversion" })
        // 一是 … 三是 skips a number, also written 一 是 … 三 是.
        #expect(plain.findings.contains { $0.ruleID == "structure.numbering" })
        for (separator, every) in [(" ", 1), ("\u{3000}", 1), ("\u{A0}", 1), (" ", 3), ("\u{3000} ", 2)] {
            let split = try lint(Self.split(Self.plan, with: separator, every: every))
            #expect(keys(split) == keys(plain), "split by \(separator.unicodeScalars.map(\.value)) every \(every)")
            #expect(split.metadata?.profile == plain.metadata?.profile)
            #expect(split.metadata?.kind == plain.metadata?.kind)
            #expect(split.metadata?.year == 2025)
            // One defect on each line the separator went into, none on a plain plan.
            let splitText = Self.split(Self.plan, with: separator, every: every)
            let splitLines = zip(splitText.split(separator: "\n"), Self.plan.split(separator: "\n")).enumerated()
                .filter { $0.element.0 != $0.element.1 }.map { $0.offset + 1 }
            #expect(split.findings.filter { $0.ruleID == Self.splitRule }.map(\.start.line) == splitLines)
            #expect(!plain.findings.contains { $0.ruleID == Self.splitRule })
        }
    }

    /// `--fix` on the split plan gives what it gives on the plain one: the spaces removed,
    /// the wrong word they split (效 劳) replaced too, over the fixer's passes.
    @Test func fixingASplitPlanGivesThePlainPlanBack() throws {
        let fixer = FileFixer(runner: LintRunner(linter: Linter(rules: try BundledRules.pack.get()), options: LintOptions()))
        let plain = fixer.fix(text: Self.plan, path: "plan.txt", format: .text)
        #expect(plain.settled)
        for separator in [" ", "\u{3000}", "\u{A0}"] {
            let split = fixer.fix(text: Self.split(Self.plan, with: separator), path: "plan.txt", format: .text)
            #expect(split.settled)
            #expect(split.text == plain.text, "split by \(separator.unicodeScalars.map(\.value))")
        }
        // A long plan too: all its lines in one pass, before the text stops reading as split.
        let long = Array(repeating: Self.plan, count: 15).joined(separator: "\n")
        let fixedLong = fixer.fix(text: Self.split(long, with: " "), path: "plan.txt", format: .text)
        #expect(fixedLong.text == fixer.fix(text: long, path: "plan.txt", format: .text).text)
    }

    @Test func findingsPointAtTheOriginalAndTheirFixCoversIt() throws {
        let text = Self.split(Self.plan, with: " ")
        let report = try lint(text)
        let original = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for finding in report.findings {
            #expect(!finding.message.text(.zh).unicodeScalars.contains("\u{1}"))
            #expect(!finding.evidence.unicodeScalars.contains("\u{1}"))
            #expect(!finding.sectionPath.joined().unicodeScalars.contains("\u{1}"))
        }
        // 效劳, split, is found where the original writes it, and the fix replaces the
        // original's characters and the space between them.
        let conversion = try #require(report.findings.first { $0.ruleID == "hygiene.conversion" })
        let line = Array(original[conversion.start.line - 1].unicodeScalars)
        let covered = String(String.UnicodeScalarView(line[(conversion.start.column - 1)..<(conversion.end.column - 1)]))
        #expect(covered == "效 劳")
        #expect(conversion.fix?.replacement == "服务")
        #expect(conversion.message.zh.contains("效劳"))
    }

    /// A message quotes the plan's own words, in its script, without the spaces.
    @Test func messagesQuoteTheWordsAsWrittenWithoutTheSpaces() throws {
        let rule = "kind: forbid\nmatch: {terms: [职工之家]}"
        for separator in [" ", "\u{3000}"] {
            let text = Self.split("建設職工之家，每季度開放一次。建設職工之家，每季度開放一次。", with: separator)
            #expect(try LintTestSupport.lint(text, rule: rule).findings.map(\.message.zh) == ["消息 職工之家", "消息 職工之家"])
        }
    }

    /// A month split from its 份 still dates the mention (九 月 份 开 展 金 秋 助 学).
    @Test func figuresAreReadAcrossTheHiddenSpaces() throws {
        let rule = "kind: require\nmatch: {terms: [金秋助学]}\nweak_unless: [time]"
        let text = Self.split("九月份开展金秋助学活动，资助困难职工子女。九月份开展金秋助学活动。", with: " ")
        #expect(try LintTestSupport.lint(text, rule: rule).findings.isEmpty)
        let undated = Self.split("开展金秋助学活动，资助困难职工子女。开展金秋助学活动，资助困难职工子女。", with: " ")
        #expect(try LintTestSupport.lint(undated, rule: rule).findings.map(\.category) == [.weak])
    }

    /// The reader's walks step over the hidden spaces: 十 二 月 份 opens a month of the
    /// schedule as 十二月份 does.
    @Test func aSplitScheduleIsReadByMonth() {
        let plan = "城南社区工会2025年工作计划\n一月份：召开会员代表大会，审议工作报告。\n二月份：春节期间走访慰问困难职工。\n三月份：组织女职工开展健康体检。\n十二月份：召开年终总结会。"
        let plain = DocumentReader.document(text: plan)
        let split = DocumentReader.document(text: Self.split(plan, with: " "))
        #expect(plain.schedule.entries.map(\.period) == [1, 2, 3, 12])
        #expect(split.schedule.entries.map(\.period) == [1, 2, 3, 12])
        #expect(split.schedule.entries.map { split.lines.line(of: $0.markerRange.lowerBound) } == [2, 3, 4, 5])
    }

    /// A plain plan's spaces part what they part: table cells are not read as one word.
    @Test func aPlainPlansSpacesStillPartWords() throws {
        let rule = "kind: forbid\nmatch: {terms: [工会经费]}"
        #expect(try LintTestSupport.lint("项目：工会 经费预算表，由工会办公室编制，报经费审查委员会审查。", rule: rule).findings.isEmpty)
        #expect(try LintTestSupport.lint(Self.split("由工会经费列支，报经费审查委员会审查。", with: " "), rule: rule).findings.count == 1)
    }
}
