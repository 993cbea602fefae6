import Foundation
import Testing
import PlanlintEngine
import PlanlintReporters
import PlanlintRules

@Suite struct CorpusEvaluationReporterTests {
    /// democracy perfect; hygiene with one miss and one false alarm (precision and recall 2/3).
    static func evaluation() -> CorpusEvaluation {
        var evaluation = CorpusEvaluation()
        evaluation.plans = 3
        evaluation.themes["democracy"] = .init(truePositives: 4, falseNegatives: 0, falsePositives: 0, trueNegatives: 6)
        evaluation.themes["hygiene"] = .init(truePositives: 2, falseNegatives: 1, falsePositives: 1, trueNegatives: 5)
        evaluation.rules["congress.annual"] = .init(truePositives: 4, falseNegatives: 0, falsePositives: 0, trueNegatives: 6)
        evaluation.rules["hygiene.placeholder"] = .init(truePositives: 2, falseNegatives: 1, falsePositives: 0, trueNegatives: 2)
        evaluation.rules["hygiene.conversion"] = .init(truePositives: 0, falseNegatives: 0, falsePositives: 1, trueNegatives: 3)
        let finding = ReportFixtures.finding(
            "hygiene.conversion", .warning, .defect, theme: "hygiene", zh: "疑似繁简转换错词「效劳」", en: "Likely conversion artefact",
            line: 7, column: 12, endColumn: 14, evidence: "为职工效劳", evidenceColumn: 4)
        evaluation.disagreements = [
            .init(kind: .missed, plan: "archive/a.txt", label: FindingLabel(ruleID: "hygiene.placeholder", category: "defect")),
            .init(kind: .unwanted, plan: "b.txt", label: FindingLabel(ruleID: "hygiene.conversion"), findings: [finding]),
        ]
        evaluation.unreadable = [.init(plan: "c.docx", error: "c.docx: not a zip archive")]
        return evaluation
    }

    let reporter = CorpusEvaluationReporter(themeOrder: ["structure", "democracy", "hygiene"], minimumPrecision: 0.9, minimumRecall: 0.9)

    @Test func textListsThemesRulesAndDisagreements() {
        let text = reporter.text(Self.evaluation(), labelsPath: "labels.yaml", skipped: 2)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "labels.yaml: 3 plans judged, 2 skipped (their root folder is not here), 1 unreadable")
        // Themes in the pack's order, the one below the bounds marked.
        let democracy = lines.firstIndex { $0.hasPrefix("democracy ") }
        let hygiene = lines.firstIndex { $0.hasPrefix("hygiene ") }
        #expect(democracy != nil && hygiene != nil && democracy! < hygiene!)
        #expect(lines[hygiene!].hasSuffix("0.67   0.67  <"))
        #expect(!lines[democracy!].hasSuffix("<"))
        #expect(lines.contains { $0.hasPrefix("all ") && $0.contains(" 6   1   1  11 ") })
        // Only rules with a disagreement get a row.
        #expect(lines.contains { $0.hasPrefix("hygiene.placeholder ") })
        #expect(!lines.contains { $0.hasPrefix("congress.annual ") })
        #expect(lines.contains("missed      archive/a.txt: hygiene.placeholder@defect"))
        #expect(lines.contains("unwanted    b.txt: hygiene.conversion — 7:12 疑似繁简转换错词「效劳」"))
        #expect(lines.contains("unreadable  c.docx: not a zip archive"))
        #expect(lines.contains("below precision 0.90 or recall 0.90: hygiene"))
    }

    @Test func textQuotesFindingsInTheLanguageAsked() {
        let english = CorpusEvaluationReporter(themeOrder: [], minimumPrecision: 0.5, minimumRecall: 0.5, language: .en)
        let text = english.text(Self.evaluation(), labelsPath: "labels.yaml", skipped: 0)
        #expect(text.contains("b.txt: hygiene.conversion — 7:12 Likely conversion artefact"))
        #expect(text.contains("every theme at or above precision 0.50 and recall 0.50"))
        #expect(!text.contains("skipped"))
    }

    @Test func jsonCarriesTheCountsAndTheVerdict() throws {
        let json = reporter.json(Self.evaluation(), labelsPath: "labels.yaml", skipped: [(plan: "old/x.txt", root: "old")])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["plans"] as? Int == 3)
        let hygiene = try #require((object["themes"] as? [String: Any])?["hygiene"] as? [String: Any])
        #expect(hygiene["false_negatives"] as? Int == 1)
        #expect(abs((hygiene["precision"] as? Double ?? 0) - 2.0 / 3.0) < 1e-9)
        #expect(object["below_threshold"] as? [String] == ["hygiene"])
        let disagreements = try #require(object["disagreements"] as? [[String: Any]])
        #expect(disagreements.map { $0["kind"] as? String } == ["missed", "unwanted"])
        #expect((disagreements[1]["findings"] as? [[String: Any]])?.first?["line"] as? Int == 7)
        #expect((object["skipped"] as? [[String: Any]])?.first?["root"] as? String == "old")
    }
}
