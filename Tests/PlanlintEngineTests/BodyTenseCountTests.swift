import Testing
import PlanlintDocument
@testable import PlanlintEngine

/// How a `document` rule weighs a body's report words against its plan words: a plan's
/// look back under its own heading (`review_headings`) and the plan words of clauses that
/// tell what was done (`ignore_plan_terms_in_summary_clauses`).
@Suite struct BodyTenseCountTests {
    let weighing = """
        kind: document
        expect: plan
        summary_terms: [取得了, 开展了, 召开了, 购买了, 提高了]
        plan_terms: [将, 继续, 进一步, 力争]
        min_summary_terms: 3
        """

    /// Whether `word` shares a clause with one of `others` in `text`.
    static func sharesClause(_ text: String, _ word: String, with others: [String]) -> Bool {
        let bytes = Array(text.utf8)
        func ranges(of word: String) -> [Range<Int>] {
            var found: [Range<Int>] = []
            var from = text.startIndex
            while let hit = text.range(of: word, range: from..<text.endIndex) {
                let start = text.utf8.distance(from: text.utf8.startIndex, to: hit.lowerBound)
                found.append(start..<start + word.utf8.count)
                from = hit.upperBound
            }
            return found
        }
        let sorted = others.flatMap(ranges(of:)).sorted { $0.lowerBound < $1.lowerBound }
        let hit = ranges(of: word)[0]
        return bytes.withUnsafeBufferPointer { BodyTenseCount.sharesClause(hit, withAnyOf: sorted, in: $0) }
    }

    /// A clause ends at commas, semicolons, colons, full stops and line breaks (full-width
    /// forms are ASCII once normalised); 、 parts a list within one clause.
    @Test func clausesEndAtClauseMarks() {
        #expect(Self.sharesClause("去年,进一步提高了素质。今年将开展活动", "进一步", with: ["提高了"]))
        #expect(!Self.sharesClause("去年提高了素质。今年将开展活动", "将", with: ["提高了"]))
        #expect(!Self.sharesClause("提高了素质,将开展活动", "将", with: ["提高了"]))
        #expect(!Self.sharesClause("提高了素质\n将开展活动", "将", with: ["提高了"]))
        #expect(!Self.sharesClause("提高了素质:将开展活动", "将", with: ["提高了"]))
        #expect(Self.sharesClause("继续开展读书、观影、登山活动,取得了成绩", "继续", with: ["开展了", "取得了"]) == false)
        #expect(Self.sharesClause("继续举办读书、观影、登山,提高了兴趣", "继续", with: ["提高了"]) == false)
        #expect(Self.sharesClause("将读书、观影、登山活动开展了起来", "将", with: ["开展了"]))
        // Overlapping words (取得了 inside 取得了良好) and a summary word on either side.
        #expect(Self.sharesClause("继续取得了良好成绩", "继续", with: ["取得了良好", "取得了"]))
        #expect(Self.sharesClause("取得了成绩并继续保持", "继续", with: ["取得了"]))
        #expect(!Self.sharesClause("将开展活动", "将", with: []))
    }

    /// A summary word farther than the scan limit shares no clause, marks or not: text
    /// pasted without punctuation is not read whole for each plan word.
    @Test func clauseScanStopsAtItsLimit() {
        let gap = String(repeating: "职", count: BodyTenseCount.clauseScanBytes / 3 + 1)
        #expect(!Self.sharesClause("将" + gap + "提高了", "将", with: ["提高了"]))
        let near = String(repeating: "职", count: BodyTenseCount.clauseScanBytes / 3 - 1)
        #expect(Self.sharesClause("将" + near + "提高了", "将", with: ["提高了"]))
    }

    /// A report whose sentences say 进一步提高了 and 继续开展了: its plan words stand in the
    /// clauses that tell what was done, and only count without the setting.
    @Test func planWordsInSummaryClausesDoNotCount() throws {
        let report = "工会工作\n去年工会进一步提高了服务水平，继续开展了读书活动，取得了好成绩，将读书活动进一步开展了起来。"
        #expect(try LintTestSupport.lint(report, rule: weighing).findings.isEmpty)
        let ignoring = weighing + "\nignore_plan_terms_in_summary_clauses: true"
        let found = try LintTestSupport.lint(report, rule: ignoring).findings
        #expect(found.count == 1)
        #expect(found.first?.message.zh.contains("提高了") == true, "\(found.map(\.message.zh))")
        // A plan whose plan words have clauses of their own still plans.
        let plan = "工会工作计划\n去年取得了好成绩，开展了读书活动，召开了职代会。今年将办好书屋，继续组织登山，力争建成职工之家，进一步办好食堂。"
        #expect(try LintTestSupport.lint(plan, rule: ignoring).findings.isEmpty)
    }

    /// A plan that opens with last year's results under its own heading reports there by
    /// design: with `review_headings` that section weighs neither way.
    @Test func reviewSectionOfAPlanIsNotCounted() throws {
        let plan = """
            城南小学工会2025年工作计划
            一、2024年工作回顾
            去年工会召开了教代会，开展了读书活动，购买了慰问品，取得了好成绩，提高了凝聚力。
            二、2025年工作安排
            3月将召开教代会，继续开展读书活动。
            """
        #expect(try LintTestSupport.lint(plan, rule: weighing).findings.count == 1)
        let reviewing = weighing + "\nreview_headings: [工作回顾]"
        #expect(try LintTestSupport.lint(plan, rule: reviewing).findings.isEmpty)
        // The same words after a heading that is no look back still count.
        let other = plan.replacingOccurrences(of: "2024年工作回顾", with: "主要工作")
        #expect(try LintTestSupport.lint(other, rule: reviewing).findings.count == 1)
    }

    /// Only where the title names a plan: a report without a title (or with a report's)
    /// may head its own sections 工作回顾, and they still count.
    @Test func reviewHeadingsNeedAPlanTitle() throws {
        let reviewing = weighing + "\nreview_headings: [工作回顾]"
        let untitled = "一、2024年工作回顾\n去年工会召开了教代会，开展了读书活动，购买了慰问品，取得了好成绩。\n二、体会\n工会要依靠职工。"
        #expect(try LintTestSupport.lint(untitled, rule: reviewing).findings.count == 1)
    }

    /// Counts with neither setting are the plain counts of both term sets.
    @Test func withoutSettingsEveryOccurrenceCounts() throws {
        let text = "工会工作计划\n一、工作回顾\n进一步提高了素质，取得了成绩。\n二、安排\n将开展活动。"
        let rule = weighing.replacingOccurrences(of: "min_summary_terms: 3", with: "min_summary_terms: 1")
        let report = try LintTestSupport.lint(text, rule: rule)
        #expect(report.findings.isEmpty, "2 report words against 2 plan words: \(report.findings.map(\.message.zh))")
    }
}
