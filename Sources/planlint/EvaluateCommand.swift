import ArgumentParser
import Foundation
import PlanlintEngine
import PlanlintReporters
import PlanlintRules

/// `planlint evaluate LABELS`: how the rules judge plans that reviewers have labelled.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure the rules against reviewers' labels of real plans (precision and recall per theme).",
        discussion: """
            LABELS lists plans and, for each, the rules that must report on it and those that \
            must not (see docs/rules.md, "Measuring rules on labelled plans"). Exits 1 when a \
            theme falls below the precision or recall asked for, or a labelled plan cannot be \
            read; 2 when the labels or the rules are in error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: ArgumentHelp("Labels file (YAML or JSON).", valueName: "labels"))
    var labels: String

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: ArgumentHelp("Lowest precision a theme may have (0 to 1).", valueName: "fraction"))
    var minPrecision = 0.9

    @Option(help: ArgumentHelp("Lowest recall a theme may have (0 to 1).", valueName: "fraction"))
    var minRecall = 0.9

    @Option(help: "text or json.")
    var format: Format = .text

    @Option(help: "Language of the findings quoted: zh or en.")
    var lang: Language?

    func validate() throws {
        for (name, value) in [("--min-precision", minPrecision), ("--min-recall", minRecall)] where !(0...1).contains(value) {
            throw ValidationError("\(name) must be between 0 and 1")
        }
    }

    func run() throws {
        try exitForLoadErrors {
            let configuration = try ruleOptions.loadConfiguration()
            let pack = try ruleOptions.loadPack(configuration)
            let corpus = try LabelledCorpusLoader.load(path: labels, knownRuleIDs: Set(pack.rules.map(\.id)))
            let runner = LintRunner(
                linter: try ruleOptions.linter(for: pack, configuration), options: LintOptions(configuration: configuration),
                configuration: configuration)
            let evaluation = CorpusEvaluator(runner: runner).evaluate(corpus)
            let reporter = CorpusEvaluationReporter(
                themeOrder: RuleCatalog.orderedThemes(pack.rules), minimumPrecision: minPrecision, minimumRecall: minRecall,
                language: lang ?? configuration.language.flatMap(Language.init(rawValue:)) ?? .zh)
            switch format {
            case .text: print(reporter.text(evaluation, labelsPath: labels, skipped: corpus.skipped.count), terminator: "")
            case .json: print(reporter.json(evaluation, labelsPath: labels, skipped: corpus.skipped), terminator: "")
            }
            if !evaluation.themes(below: minPrecision, recall: minRecall).isEmpty || !evaluation.unreadable.isEmpty {
                throw ExitCode(1)
            }
        }
    }
}
