import ArgumentParser
import Foundation
import PlanlintBundledRules
import PlanlintEngine

/// The `planlint` command: lint by default, with subcommands for rule authors.
@main
struct Planlint: ParsableCommand {
    static let version = PlanlintVersion.current

    static let configuration = CommandConfiguration(
        commandName: "planlint",
        abstract: "Lints Chinese trade-union work plans against declarative YAML rules.",
        version: version,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, TestCommand.self, EvaluateCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// Runs the command and maps errors to planlint's exit codes: usage errors are 2, not
    /// ArgumentParser's 64, so scripts see one code for "planlint could not run".
    static func main() {
        // Almost every run lints with the bundled pack: load it while the arguments are read.
        BundledRules.prepareInBackground()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
