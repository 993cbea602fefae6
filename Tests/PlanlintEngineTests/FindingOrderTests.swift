import PlanlintDocument
import PlanlintRules
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Findings ordered on small keys and a cycle walk, against sorting the findings themselves.
@Suite struct FindingOrderTests {
    private static func finding(ruleID: String, line: Int, column: Int, marker: Int) -> Finding {
        Finding(
            ruleID: ruleID, severity: .warning, category: .defect, theme: "t", message: LocalizedText(zh: "\(marker)", en: "\(marker)"),
            suggestion: nil, basis: "", start: SourcePosition(line: line, column: column),
            end: SourcePosition(line: line, column: column + 1), range: 0..<1, sectionPath: [], evidence: "",
            evidenceColumn: 1, evidenceLength: 1, fix: nil)
    }

    @Test func sortMatchesAStableSortOfTheFindings() {
        let ids = ["sequence.gap", "defect.placeholder", "funds.budget", "congress.annual"]
        // The order's plain definition: by start, then rule id.
        func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool { (lhs.start, lhs.ruleID) < (rhs.start, rhs.ruleID) }
        var generator = TestRandom()
        for _ in 0..<300 {
            let count = Int.random(in: 0...60, using: &generator)
            var findings: [Finding] = []
            for marker in 0..<count {
                let rule = Int.random(in: 0..<ids.count, using: &generator)
                // Few lines and columns, so that ties on position and on rule are common.
                findings.append(
                    Self.finding(
                        ruleID: ids[rule], line: Int.random(in: 1...4, using: &generator),
                        column: Int.random(in: 1...3, using: &generator), marker: marker))
            }
            // Stable by construction: the marker is the original index.
            let expected = findings.sorted { (a, b) in
                precedes(a, b) || (!precedes(b, a) && Int(a.message.zh)! < Int(b.message.zh)!)
            }
            var sorted = findings
            FindingOrder.sort(&sorted)
            #expect(sorted.map(\.message.zh) == expected.map(\.message.zh))
        }
    }
}
