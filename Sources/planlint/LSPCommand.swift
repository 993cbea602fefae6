import ArgumentParser
import Foundation
import PlanlintLSP

/// `planlint lsp`: the language server on standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Run the language server (LSP over standard input/output) for editors.")

    @OptionGroup var ruleOptions: RuleOptions

    @Flag(help: "Accepted for editors that pass it; standard input/output is the only transport.")
    var stdio = false

    func run() throws {
        let options = ruleOptions
        let server = LanguageServer(
            linterLoader: { configuration in try options.linter(for: try options.loadPack(configuration), configuration) },
            configurationPath: options.config.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            version: Planlint.version)
        let code = server.run(input: STDIN_FILENO, output: STDOUT_FILENO)
        throw ExitCode(code)
    }
}
