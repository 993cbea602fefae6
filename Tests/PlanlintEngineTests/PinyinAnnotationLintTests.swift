import PlanlintBundledRules
import PlanlintDocument
import PlanlintRules
import Testing
@testable import PlanlintEngine

/// A plan pasted from a page that prints pinyin after characters is linted as the plan
/// itself, plus the residue finding: the annotations split no word for the rules.
@Suite struct PinyinAnnotationLintTests {
    static let plan = """
        青山區總工會2025年工作要點
        一、指導思想
        以新時代中國特色社會主義思想為指導，團結動員全區職工建功新時代。
        二、主要任務
        （一）推進工會組建。新建企業工會20家，新發展會員3000人，由組織部負責。
        （二）做好困難職工幫扶。春節期間走訪慰問困難職工300戶，每戶1000元。
        （三）召開職工代表大會。3月召開區總工會全委會，審議工會經費預算。
        三、保障措施
        每季度召開一次推進會，經審會於6月和12月兩次審查經費收支。
        青山區總工會
        2025年1月10日
        """

    /// Pinyin after every character a converter would have annotated (our own list).
    static let pinyin: [Character: String] = [
        "區": "qū", "總": "zǒng", "會": "huì", "導": "dǎo", "職": "zhí", "團": "tuán", "務": "wù", "組": "zǔ",
        "發": "fā", "負": "fù", "責": "zé", "幫": "bāng", "戶": "hù", "審": "shěn", "經": "jīng", "費": "fèi",
        "預": "yù", "措": "cuò", "點": "diǎn", "議": "yì",
    ]

    static var annotated: String {
        String(plan.flatMap { character in pinyin[character].map { "\(character)(\($0))" } ?? String(character) })
    }

    func lint(_ text: String) throws -> FileReport {
        let linter = Linter(rules: try BundledRules.pack.get())
        return linter.lint(DocumentReader.document(text: text, path: "plan.txt", format: .text))
    }

    @Test func theAnnotatedPlanGetsThePlainPlansFindingsAndTheResidue() throws {
        let plain = try lint(Self.plan)
        let annotated = try lint(Self.annotated)
        func keys(_ report: FileReport) -> [String] {
            report.findings.filter { $0.ruleID != "hygiene.pinyin-residue" }.map { "\($0.ruleID) \($0.category) \($0.start.line)" }.sorted()
        }
        #expect(keys(annotated) == keys(plain))
        #expect(annotated.metadata?.profile == plain.metadata?.profile)
        #expect(annotated.metadata?.kind == plain.metadata?.kind)
        #expect(annotated.metadata?.year == 2025)
        let residue = annotated.findings.filter { $0.ruleID == "hygiene.pinyin-residue" }
        #expect(!residue.isEmpty)
        #expect(!plain.findings.contains { $0.ruleID == "hygiene.pinyin-residue" })
    }

    @Test func findingsShowTheOriginalAndNoFiller() throws {
        let report = try lint(Self.annotated)
        let original = Self.annotated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for finding in report.findings {
            #expect(!finding.message.text(.zh).unicodeScalars.contains("\u{1}"))
            #expect(!finding.sectionPath.joined().unicodeScalars.contains("\u{1}"))
            #expect(!finding.evidence.unicodeScalars.contains("\u{1}"))
            // Columns count the original's scalars: the finding's text is there.
            guard finding.start.line == finding.end.line, finding.category != .missing else { continue }
            let line = Array(original[finding.start.line - 1].unicodeScalars)
            let covered = String(String.UnicodeScalarView(line[(finding.start.column - 1)..<(finding.end.column - 1)]))
            let shown = covered.unicodeScalars.filter { !"()abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars.contains($0) }
            #expect(!shown.isEmpty || finding.ruleID == "hygiene.pinyin-residue")
        }
        // The weak budget line quotes 预算 from a line whose 預 is annotated.
        let budget = try #require(report.findings.first { $0.ruleID == "funds.budget" })
        #expect(budget.evidence.contains("預(yù)算"))
    }

    /// A pattern gated on two runs back to back (工作计划 then 范文) still runs where hidden
    /// pinyin parts them; its finding quotes the plan's words without the pinyin and spans the
    /// original.
    @Test func patternsReadAcrossHiddenPinyin() throws {
        let rule = "kind: forbid\nmatch: {patterns: ['(工作计划|工作要点)(范文|范本)']}"
        let report = try LintTestSupport.lint("學校工作計(jì)劃(huà)範(fàn)文下載(zǎi)。", rule: rule)
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        // Quoted as the plan writes it (traditional), without the pinyin.
        #expect(finding.message.zh == "消息 工作計劃範文")
        // 工 is the 3rd scalar; the match runs to 文, after the hidden (jì) and (huà).
        #expect(finding.start.column == 3)
        #expect(finding.end.column == 3 + "工作計(jì)劃(huà)範(fàn)文".unicodeScalars.count)
    }

    /// Two alternations too many to multiply out are gated on each run and on their standing
    /// back to back, which hidden pinyin between them must not undo.
    @Test func runsPartedByHiddenPinyinStillGateTheirPattern() throws {
        let rule = "kind: forbid\nmatch: {patterns: ['(召开|开好|举行|召集|筹备|组织)(职代会|教代会|会员大会|职工大会|代表大会|工代会)']}"
        let report = try LintTestSupport.lint("3月籌備(bèi)職代會(huì)。", rule: rule)
        #expect(report.findings.map(\.message.zh) == ["消息 籌備職代會"])
    }

    /// A paragraph's length for `min_chars` leaves out the fillers of hidden pinyin.
    @Test func duplicatesAreMeasuredWithoutHiddenPinyin() throws {
        let paragraph = "加強(qiáng)組織建設(shè)，做好會員發(fā)展工作。"
        let text = "\(paragraph)\n其他。\n\(paragraph)"
        // 16 characters; counting the fillers of (qiáng), (shè) and (fā) would make it 32.
        #expect(try LintTestSupport.lint(text, rule: "kind: duplicate\nmin_chars: 17").findings.isEmpty)
        #expect(try LintTestSupport.lint(text, rule: "kind: duplicate\nmin_chars: 16").findings.count == 1)
    }

    /// Read from files as a run reads them (decoded, normalised and scanned in one pass): the
    /// fixture with pinyin after many characters gets the findings of the same plan without.
    @Test func aFileWithPinyinIsLintedAsTheSameFileWithout() throws {
        let linter = Linter(rules: try BundledRules.pack.get())
        let folder = LintTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/documents")
        func report(_ name: String) throws -> FileReport {
            try linter.lint(path: folder.appendingPathComponent(name).path, limits: .default, options: LintOptions())
        }
        let plain = try report("plan-traditional.txt")
        let annotated = try report("plan-pinyin.txt")
        func keys(_ report: FileReport) -> [String] {
            report.findings.filter { $0.ruleID != "hygiene.pinyin-residue" }.map { "\($0.ruleID) \($0.category) \($0.start.line)" }.sorted()
        }
        #expect(keys(annotated) == keys(plain))
        #expect(plain.metadata?.profile == .enterprise && annotated.metadata?.profile == .enterprise)
        #expect(annotated.findings.contains { $0.ruleID == "hygiene.pinyin-residue" })
    }

    /// Kind `pinyin`: one finding a line, from its first annotation to the end of its last,
    /// quoting the first as written and counting them; its fix is that stretch of the original
    /// without them.
    @Test func pinyinFindingsCarryAFixThatRemovesTheLinesAnnotations() throws {
        let report = try LintTestSupport.lint("工會(huì)工作計(jì)劃(huà)\n一、為廣闊(kuò)職(zhí)工服務(wù)。\n三、保障措施", rule: "kind: pinyin")
        #expect(report.findings.map(\.start.line) == [1, 2])
        #expect(report.findings.map(\.message.zh) == ["消息 (huì)3", "消息 (kuò)3"])
        let first = try #require(report.findings.first)
        #expect(first.start.column == 3)
        #expect(first.end.column == 1 + "工會(huì)工作計(jì)劃(huà)".unicodeScalars.count)
        #expect(first.fix?.replacement == "工作計劃")
        #expect(report.findings.last?.fix?.replacement == "職工服務")
        #expect(try LintTestSupport.lint("组织职工参加VR(virtual reality)活动。", rule: "kind: pinyin").findings.isEmpty)
    }
}
