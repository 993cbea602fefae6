import ArgumentParser
import Foundation
import PlanlintEngine
import PlanlintRules

/// `planlint explain ID`: what a rule checks, why, and its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule's message, basis and examples.")

    @Argument(help: "Rule id, e.g. congress.annual.")
    var id: String

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Language: zh or en (default: lang in .planlint.yaml, else zh).")
    var lang: Language?

    func run() throws {
        try exitForLoadErrors {
            let configuration = try ruleOptions.loadConfiguration()
            let pack = try ruleOptions.loadPack(configuration)
            let language = lang ?? configuration.language.flatMap(Language.init(rawValue:)) ?? .zh
            guard let rule = pack.rule(id: id) else {
                var message = "unknown rule '\(id)'"
                let ids = pack.rules.map(\.id)
                if let guess = SpellingSuggestion.closest(to: id, in: ids) {
                    message += " (did you mean '\(guess)'?)"
                }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                throw ExitCode(2)
            }
            print(RuleCatalog.explanation(of: rule, language: language), terminator: "")
        }
    }
}
