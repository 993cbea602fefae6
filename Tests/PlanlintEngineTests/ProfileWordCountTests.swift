import Foundation
import PlanlintBundledRules
@testable import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing

@testable import PlanlintEngine

/// The engine counts the profile words in its automaton pass and hands the counts to the
/// reader; these compare that with the reader counting them on its own.
@Suite struct ProfileWordCountTests {
    static let pack = CompiledPack(pack: (try? BundledRules.pack.get()) ?? RulePack(rules: []))

    @Test func automatonCountsMatchTheReadersOwnScan() {
        let words = ProfileWords.body.flatMap { $0 }
        let pieces = Array(Set(words)) + ["工", "会", "a", "1", "。", "😀", "學校", "醫院"]
        var generator = TestRandom()
        var total = 0
        for _ in 0..<300 {
            let text = RandomText.joined(from: pieces, count: 0...25, using: &generator)
            let normalized = ScriptNormalizer.normalize(lines: TextLines(text: text))
            let counted = Self.pack.profileWordCounts(TermOccurrences(normalized, pack: Self.pack))
            let scanned = MetadataExtractor.bodyScores(ScalarScanner(bytes: normalized), limit: ProfileWords.scanLimit)
            #expect(counted == scanned, "\(text)")
            total += counted.reduce(0, +)
        }
        #expect(total > 500)
    }

    @Test func countsStopAtTheLimit() {
        let bytes = Array(String(repeating: "学校教师", count: 50).utf8)
        let occurrences = TermOccurrences(bytes, pack: Self.pack)
        let school = ProfileWords.body[0].map { Self.pack.automaton.terms.firstIndex(of: $0)! }
        let teacher = Int32(school[1])
        #expect(occurrences.count(of: teacher, startingBefore: bytes.count) == 50)
        // 教师 starts at byte 6 of each 12-byte repeat.
        #expect(occurrences.count(of: teacher, startingBefore: 6) == 0)
        #expect(occurrences.count(of: teacher, startingBefore: 7) == 1)
        #expect(occurrences.count(of: teacher, startingBefore: 12 * 10 + 6) == 10)
    }

    /// Read and linted in one pass or read first and linted after: the same report.
    @Test func onePassReportsWhatTwoStepsReport() throws {
        let linter = Linter(pack: Self.pack)
        let texts = [
            "某某中学工会2026年工作计划\n一、指导思想\n全体教师和教职工……学生、教学、校园。\n",
            "2026年工作计划\n车间班组员工参加生产安全培训，公司集团……\n医院患者\n",
            "社区工会工作要点\n居民、村民、街道、乡镇\n",
        ]
        for text in texts {
            let data = Data(text.utf8)
            let onePass = try linter.lint(data: data, path: "p.txt", format: .text, limits: .default, options: LintOptions())
            let document = try DocumentReader.read(data: data, path: "p.txt", format: .text)
            let twoSteps = linter.lint(document, options: LintOptions())
            #expect(onePass.metadata == twoSteps.metadata)
            #expect(onePass.findings == twoSteps.findings)
            #expect(onePass.checks == twoSteps.checks)
        }
    }
}
