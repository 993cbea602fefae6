// libFuzzer target for the engine on hostile plans: the input read as .txt and .md, linted with
// the bundled pack, and every finding rendered as the JSON, SARIF and human reporters render it
// (scripts/fuzz.sh lint SECONDS; docs/reliability.md). The automaton, the pattern gates and the
// backtracker read the text through pointers, and findings keep their excerpts in a per-plan
// store: this is where a wrong offset would show.
// Built only with PLANLINT_FUZZ=1 and -sanitize=fuzzer; a plain `swift build` never sees it.
import FuzzDriver
import Foundation
import PlanlintBundledRules
import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules

private let linter: Linter? = try? Linter(rules: BundledRules.pack.get())
private let limits = DocumentLimits(maxBytes: 4 * 1024 * 1024)
private let options = ReportOptions(toolVersion: "fuzz", rules: (try? BundledRules.pack.get()) ?? RulePack(rules: []), failOn: .error)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let linter else { return 0 }
    let data = Data(bytes: bytes, count: count)
    for format in [DocumentFormat.text, .markdown] {
        let report = (try? linter.lint(data: data, path: "fuzz.\(format.rawValue)", format: format, limits: limits, options: LintOptions()))
            ?? .failure(path: "fuzz", error: "unreadable")
        _ = JSONReporter().stream(options: options).part(for: report)
        _ = SarifReporter().stream(options: options).part(for: report)
        _ = HumanReporter().stream(options: options).part(for: report)
    }
    return 0
}

@_cdecl("fuzz_lint_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { fuzzLint($0, $1) }
}
