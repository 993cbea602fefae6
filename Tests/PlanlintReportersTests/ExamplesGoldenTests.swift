import Foundation
import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

/// Examples/ linted with the repository's rules, as `planlint Examples/` would: the real
/// end-to-end output of every format, kept as golden files (paths are relative and the
/// version is a placeholder, so the goldens change only when rules or reporters do).
enum ExamplesFixtures {
    static let versionPlaceholder = "VERSION"

    static func load() throws -> (reports: [FileReport], rules: RulePack) {
        let rules = try RuleLoader().load(RuleLoader.sources(inDirectory: TestPaths.packageRoot.appendingPathComponent("Rules").path))
        let linter = Linter(rules: rules)
        let folder = TestPaths.packageRoot.appendingPathComponent("Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { DocumentFormat(path: $0) != nil }.sorted()
        let reports = try names.map { name -> FileReport in
            var document = try DocumentReader.read(path: folder.appendingPathComponent(name).path)
            document.path = "Examples/" + name
            // Where passes were satisfied too: the JSON and HTML runs keep it (`showsPassPlaces`).
            return linter.lint(document, options: LintOptions(keepDocuments: true, recordsPassPlaces: true))
        }
        return (reports, rules)
    }
}

@Suite struct ExamplesGoldenTests {
    let loaded: (reports: [FileReport], rules: RulePack)

    init() throws {
        loaded = try ExamplesFixtures.load()
    }

    func options(_ language: Language = .zh) -> ReportOptions {
        ReportOptions(language: language, toolVersion: ExamplesFixtures.versionPlaceholder, rules: loaded.rules)
    }

    @Test func examplesAreAllThere() {
        #expect(loaded.reports.count == 5)
        #expect(loaded.reports.allSatisfy { $0.error == nil })
    }

    @Test(arguments: ReportFormat.allCases)
    func matchesGolden(format: ReportFormat) throws {
        let output = format.reporter.render(loaded.reports, options: options())
        try Golden.check("examples/examples.\(format.rawValue).\(format.fileExtension)", output)
    }

    @Test func humanInEnglish() throws {
        try Golden.check("examples/examples.human.en.txt", HumanReporter().render(loaded.reports, options: options(.en)))
    }
}
