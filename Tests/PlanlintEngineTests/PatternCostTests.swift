import PlanlintDocument
@testable import PlanlintEngine
import Testing

/// `measurePatterns` runs each pattern as linting would: its gate's lines, then matches.
@Suite struct PatternCostTests {
    @Test func countsTheLinesTheGateLetsThroughAndTheMatches() throws {
        let pack = CompiledPack(
            pack: try LintTestSupport.pack("""
                rules:
                  - id: test.placeholder
                    title: 占位符
                    kind: forbid
                    severity: error
                    match:
                      patterns: ['20[0-9]?[xX]{1,2}年', '第\\s*[0-9]+\\s*页']
                    message: m
                    message_en: m
                    basis: b
                """))
        var costs = pack.emptyPatternCosts()
        #expect(costs.map(\.pattern) == ["20[0-9]?[xX]{1,2}年", "第\\s*[0-9]+\\s*页"])
        let text = "20xx年工会工作计划\n一、2025年工作目标\n二、20XX年和202x年的安排\n三、无关的一行\n"
        pack.measurePatterns(in: DocumentReader.document(text: text, path: "p.txt", format: .text), into: &costs)
        // The gate lets through the lines holding 20, x or X, and 年: not 一、2025年工作目标.
        // Three placeholders on those two lines.
        #expect(costs[0].plans == 1)
        #expect(costs[0].lines == 2)
        #expect(costs[0].matches == 3)
        #expect(costs[0].bytes > 0)
        // No 页 anywhere: the gate lets no line through and nothing is run.
        #expect(costs[1].plans == 0 && costs[1].lines == 0 && costs[1].bytes == 0 && costs[1].matches == 0)
        // A second plan adds to the same entries.
        pack.measurePatterns(in: DocumentReader.document(text: "第 3 页\n20xx年\n", path: "q.txt", format: .text), into: &costs)
        #expect(costs[0].plans == 2 && costs[0].matches == 4)
        #expect(costs[1].plans == 1 && costs[1].matches == 1)
    }
}
