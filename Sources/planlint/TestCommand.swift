import ArgumentParser
import Foundation
import PlanlintEngine
import PlanlintRules

/// `planlint test [PATH…] [--rule ID…]`: run every rule's pass/fail examples.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Check that every rule flags its fail examples and none of its pass examples.")

    @Argument(help: ArgumentHelp("Rule folders or files to test (default: the bundled pack).", valueName: "path"))
    var directories: [String] = []

    @Option(
        name: .customLong("rule"),
        help: ArgumentHelp("Test only this rule: an id or a glob such as 'hygiene.*' (repeatable).", valueName: "id"))
    var ruleFilters: [String] = []

    @Flag(help: "Fail when a rule has no pass or no fail example, or a pattern runs on every line.")
    var strict = false

    func run() throws {
        try exitForLoadErrors {
            let options = RuleOptions(ruleDirectories: directories, config: nil)
            let pack = try options.loadPack(Configuration())
            // A mistyped or empty folder would otherwise pass as "0 passed, 0 failed".
            guard !pack.rules.isEmpty else {
                FileHandle.standardError.write(Data("planlint test: no rules in \(directories.joined(separator: ", "))\n".utf8))
                throw ExitCode(2)
            }
            let filters = ruleFilters.map(GlobPattern.init)
            // A mistyped id would otherwise test nothing and pass.
            for filter in filters where !pack.rules.contains(where: { filter.matches($0.id) }) {
                FileHandle.standardError.write(Data("planlint test: no rule matches '\(filter.pattern)'\n".utf8))
                throw ExitCode(2)
            }
            let linter = Linter(rules: pack)
            let tested = { (id: String) in filters.isEmpty || filters.contains { $0.matches(id) } }
            let summary = RuleTester(linter: linter).run { rule in tested(rule.id) }
            for failure in summary.failures { print(failure.description) }
            for id in summary.rulesWithoutExamples { print("warning: \(id) lacks pass or fail examples") }
            let ungated = linter.pack.ungatedPatterns.filter { $0.ruleIDs.contains(where: tested) }
            for pattern in ungated { print("warning: \(pattern)") }
            let failed = summary.failures.count + (strict ? summary.rulesWithoutExamples.count + ungated.count : 0)
            print("\(summary.passed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}

extension RuleOptions {
    init(ruleDirectories: [String], config: String?) {
        self.init()
        self.ruleDirectories = ruleDirectories
        self.config = config
    }
}
