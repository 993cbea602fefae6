import Foundation
import PlanlintEngine
import PlanlintReporters
import Testing

/// With --lang en, the words planlint adds (labels, tooltips, rule help) are followed by an
/// ASCII colon: "section: …", "Suggestion: …", "hygiene.zhanghu: …", never the Chinese "：".
@Suite struct EnglishPunctuationTests {
    static let reporters: [(String, any Reporter)] = [
        ("html", HTMLReporter()), ("sarif", SarifReporter()), ("markdown", MarkdownReporter()), ("junit", JUnitReporter()),
        ("github", GitHubReporter()), ("json", JSONReporter()), ("human", HumanReporter()),
    ]

    @Test(arguments: reporters.map(\.0))
    func noChineseColonAfterEnglishWords(_ name: String) throws {
        let reporter = try #require(Self.reporters.first { $0.0 == name }?.1)
        let output = reporter.render(ReportFixtures.reports(), options: ReportFixtures.options(language: .en))
        let offending = try NSRegularExpression(pattern: "[A-Za-z0-9_.-]：")
        let matches = offending.matches(in: output, range: NSRange(output.startIndex..., in: output))
        var samples: [String] = []
        for match in matches.prefix(3) {
            guard let range = Range(match.range, in: output) else { continue }
            let start = output.index(range.lowerBound, offsetBy: -12, limitedBy: output.startIndex) ?? output.startIndex
            samples.append(String(output[start..<range.upperBound]))
        }
        #expect(matches.isEmpty, "\(name): \(samples)")
    }
}
