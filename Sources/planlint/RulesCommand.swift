import ArgumentParser
import Foundation
import PlanlintEngine
import PlanlintRules

/// `planlint rules`: the rules in force, as a table, a Markdown catalogue or a term list.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the rules (id, kind, severity, title).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table
        case markdown
    }

    @OptionGroup var ruleOptions: RuleOptions

    @Option(help: "Only the rules that apply to this profile.")
    var profile: OrganisationProfile?

    @Option(help: "table or markdown (the catalogue in docs/rules-catalog.md).")
    var format: Format = .table

    @Flag(help: "Print every literal term of the pack, one per line (for grep -F -f).")
    var terms = false

    @Option(help: "Language of the table's titles: zh or en (default: lang in .planlint.yaml, else zh).")
    var lang: Language?

    func run() throws {
        try exitForLoadErrors {
            let configuration = try ruleOptions.loadConfiguration()
            let pack = try ruleOptions.loadPack(configuration)
            let language = lang ?? configuration.language.flatMap(Language.init(rawValue:)) ?? .zh
            if terms {
                print(pack.literalTerms.joined(separator: "\n"))
                return
            }
            let rules = pack.rules.filter { $0.applies(to: profile) || profile == nil }
            print(format == .markdown ? RuleCatalog.markdown(rules) : RuleCatalog.table(rules, language: language), terminator: "")
        }
    }
}
