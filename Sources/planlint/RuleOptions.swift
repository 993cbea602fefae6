import ArgumentParser
import Foundation
import PlanlintBundledRules
import PlanlintEngine
import PlanlintRules

/// Flags that choose the rules and the configuration, shared by every subcommand.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Rule folder or file to use instead of the bundled pack (repeatable).", valueName: "path"))
    var ruleDirectories: [String] = []

    @Option(help: ArgumentHelp("Configuration file (default: nearest .planlint.yaml).", valueName: "file"))
    var config: String?

    /// The configuration named by `--config`, else the nearest `.planlint.yaml`, else defaults.
    func loadConfiguration() throws -> Configuration {
        if let config { return try ConfigurationLoader.load(path: config) }
        if let found = ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath) {
            return try ConfigurationLoader.load(path: found)
        }
        return Configuration()
    }

    /// `--rules` folders when given; otherwise the configuration's folders, plus the bundled
    /// pack unless the configuration turns it off.
    func loadPack(_ configuration: Configuration) throws -> RulePack {
        if usesBundledPackOnly(configuration) { return try BundledRules.pack.get() }
        var sources: [RuleSource] = []
        let directories = ruleDirectories.isEmpty ? configuration.ruleDirectories : ruleDirectories
        if ruleDirectories.isEmpty && configuration.includeBundled {
            sources += BundledRules.sources
        }
        for directory in directories {
            sources += try RuleLoader.sources(atPath: directory)
        }
        return try RuleLoader().load(sources)
    }

    /// Whether the pack is the bundled one alone, which the process may have started
    /// loading and compiling already (`BundledRules.prepareInBackground()`).
    func usesBundledPackOnly(_ configuration: Configuration) -> Bool {
        ruleDirectories.isEmpty && configuration.ruleDirectories.isEmpty && configuration.includeBundled
    }

    /// A linter for `pack` (what `loadPack` gave), the bundled one compiled once per process;
    /// another pack reads only the patterns the bundled one does not hold.
    func linter(for pack: RulePack, _ configuration: Configuration) throws -> Linter {
        usesBundledPackOnly(configuration)
            ? Linter(pack: try BundledRules.compiled.get()) : Linter(rules: pack, knownAnalyses: BundledRules.patternAnalyses)
    }
}

/// Prints rule and configuration errors the way compilers do and exits with 2.
func exitForLoadErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let errors as RuleLoadErrors {
        FileHandle.standardError.write(Data((errors.description + "\n").utf8))
        throw ExitCode(2)
    }
}
