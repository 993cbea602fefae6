import Foundation
import Testing
import PlanlintBundledRules
import PlanlintRules
@testable import PlanlintEngine

/// Labels against what the bundled pack reports on three small plans written for the test.
@Suite struct CorpusEvaluatorTests {
    struct Setup {
        var folder: URL
        var corpus: LabelledCorpus
    }

    /// a.txt keeps a template placeholder, b.txt a conversion artefact, c.txt is binary.
    func setup() throws -> Setup {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-evaluate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("20xx年某公司工会工作计划\n一、指导思想\n以职工为中心，围绕公司生产经营开展工作。\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("某公司工会2025年工作计划\n一、主要任务\n全心全意为职工效劳。\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10]).write(to: folder.appendingPathComponent("c.txt"))
        let labels = """
            files:
              - path: a.txt
                must_fire: [hygiene.placeholder, hygiene.placeholder@defect, hygiene.boilerplate]
                must_not_fire: [hygiene.placeholder@missing, hygiene.conversion]
              - path: b.txt
                must_fire: [hygiene.conversion@defect]
                must_not_fire: [hygiene.conversion, structure.guiding@weak]
              - path: c.txt
                must_fire: [hygiene.placeholder]
            """
        let ids = Set(try BundledRules.pack.get().rules.map(\.id))
        let corpus = try LabelledCorpusLoader.parse(labels, path: folder.appendingPathComponent("labels.yaml").path, knownRuleIDs: ids)
        return Setup(folder: folder, corpus: corpus)
    }

    func evaluate(_ corpus: LabelledCorpus) throws -> CorpusEvaluation {
        let runner = LintRunner(linter: Linter(pack: try BundledRules.compiled.get()), options: LintOptions())
        return CorpusEvaluator(runner: runner).evaluate(corpus)
    }

    @Test func countsAgreementPerRuleAndTheme() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let evaluation = try evaluate(setup.corpus)

        #expect(evaluation.plans == 2)
        var placeholder = CorpusEvaluation.Tally()
        placeholder.truePositives = 2
        placeholder.trueNegatives = 1
        #expect(evaluation.rules["hygiene.placeholder"] == placeholder)
        #expect(evaluation.rules["hygiene.boilerplate"]?.falseNegatives == 1)
        // b.txt: the conversion artefact is reported, which one label wants and one forbids.
        #expect(evaluation.rules["hygiene.conversion"]?.truePositives == 1)
        #expect(evaluation.rules["hygiene.conversion"]?.falsePositives == 1)
        #expect(evaluation.rules["hygiene.conversion"]?.trueNegatives == 1)
        let hygiene = try #require(evaluation.themes["hygiene"])
        #expect(hygiene.truePositives == 3 && hygiene.falseNegatives == 1 && hygiene.falsePositives == 1 && hygiene.trueNegatives == 2)
        #expect(hygiene.precision == 0.75)
        #expect(hygiene.recall == 0.75)
        #expect(evaluation.themes["structure"]?.labels == 1)
        #expect(evaluation.total.labels == 8)
    }

    @Test func namesEachContradictedLabelWithTheFindingsBehindIt() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let evaluation = try evaluate(setup.corpus)

        #expect(evaluation.disagreements.map(\.kind) == [.missed, .unwanted])
        #expect(evaluation.disagreements.map(\.plan) == ["a.txt", "b.txt"])
        #expect(evaluation.disagreements.map(\.label.description) == ["hygiene.boilerplate", "hygiene.conversion"])
        #expect(evaluation.disagreements[0].findings.isEmpty)
        let unwanted = try #require(evaluation.disagreements[1].findings.first)
        #expect(unwanted.ruleID == "hygiene.conversion")
        #expect(unwanted.start.line == 3)
        #expect(evaluation.unreadable.map(\.plan) == ["c.txt"])
    }

    @Test func themesBelowTheBoundsAreListed() throws {
        let setup = try setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let evaluation = try evaluate(setup.corpus)
        #expect(evaluation.themes(below: 0.9, recall: 0.9) == ["hygiene"])
        #expect(evaluation.themes(below: 0.75, recall: 0.75).isEmpty)
        #expect(evaluation.themes(below: 0.5, recall: 0.8) == ["hygiene"])
    }

    @Test func aLabelNamesTheRuleAndOptionallyTheCategory() throws {
        let finding = Finding(
            ruleID: "congress.annual", severity: .warning, category: .weak, theme: "democracy",
            message: LocalizedText(zh: "消息", en: "message"), suggestion: nil, basis: "", start: .init(line: 1, column: 1),
            end: .init(line: 1, column: 2), range: 0..<3, sectionPath: [], evidence: "", evidenceColumn: 1, evidenceLength: 1, fix: nil)
        #expect(CorpusEvaluator.label(FindingLabel(ruleID: "congress.annual"), names: finding))
        #expect(CorpusEvaluator.label(FindingLabel(ruleID: "congress.annual", category: "weak"), names: finding))
        #expect(!CorpusEvaluator.label(FindingLabel(ruleID: "congress.annual", category: "missing"), names: finding))
        #expect(!CorpusEvaluator.label(FindingLabel(ruleID: "funds.budget"), names: finding))
    }
}
