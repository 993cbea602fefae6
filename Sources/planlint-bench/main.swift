// planlint-bench: in-process benchmark of the engine, without the CLI's reporters.
//
//   planlint-bench [--rules DIR|FILE]... [--repeat N] [--phases] [--per-rule] [--patterns] [--pattern-costs] [--stream] PATH...
//
// Loads the bundled pack (or the --rules folders, the bundled pack first unless
// --no-bundled), compiles it once, then lints every file under PATH with LintRunner (all
// cores) and prints throughput. --phases adds a serial pass that times reading (decode,
// normalise, segment, metadata) apart from linting (automaton, checks, findings), and
// times the automaton pass on its own.
// --per-rule lints the documents (read once, held in memory) with one rule at a time and
// prints what each rule costs over linting with none, dearest first.
// --patterns lists each regular expression with the literals that gate it. --pattern-costs
// runs each pattern as linting would, over documents read once, and prints what each cost
// (lines its gate let through, bytes matched over, matches, time), dearest first. --stream uses
// LintRunner.run(_:consume:), which hands reports over in order and keeps none, so the
// peak RSS shown is what a streaming reporter would need.
// scripts/bench.sh drives the CLI for the headline figures; this tool splits the time.
import Dispatch
import Foundation
import PlanlintBundledRules
import PlanlintDocument
import PlanlintEngine
import PlanlintRules

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB on Linux
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("planlint-bench: \(message)\n".utf8))
    exit(2)
}

var ruleDirectories: [String] = []
var paths: [String] = []
var repeatCount = 1
var phases = false
var bundled = true
var showPatterns = false
var stream = false
var perRule = false
var patternCosts = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--rules":
        guard let folder = arguments.next() else { fail("--rules needs a folder") }
        ruleDirectories.append(folder)
    case "--repeat":
        guard let count = arguments.next().flatMap(Int.init), count > 0 else { fail("--repeat needs a number") }
        repeatCount = count
    case "--phases": phases = true
    case "--no-bundled": bundled = false
    case "--patterns": showPatterns = true
    case "--stream": stream = true
    case "--per-rule": perRule = true
    case "--pattern-costs": patternCosts = true
    case "-h", "--help":
        print("usage: planlint-bench [--rules DIR]... [--no-bundled] [--repeat N] [--phases] [--per-rule] [--patterns] [--pattern-costs] [--stream] PATH...")
        exit(0)
    default: paths.append(argument)
    }
}
if paths.isEmpty && !showPatterns { fail("give files or folders to lint") }

let loadStart = now()
var sources: [RuleSource] = bundled ? BundledRules.sources : []
do {
    for directory in ruleDirectories { sources += try RuleLoader.sources(atPath: directory) }
} catch { fail("\(error)") }
let rulePack: RulePack
do { rulePack = try RuleLoader().load(sources) } catch { fail("\(error)") }
let loaded = now()
// The bundled pack's patterns were read when planlint was built, as the CLI has them.
let pack = CompiledPack(pack: rulePack, knownAnalyses: bundled ? BundledRules.patternAnalyses : [])
let compiled = now()
print(String(format: "pack: %d rules, %d literal terms; load %.1f ms, compile %.1f ms",
             rulePack.rules.count, pack.termCount, (loaded - loadStart) * 1000, (compiled - loaded) * 1000))

print("automaton: \(pack.automatonSummary)")
if showPatterns {
    for (pattern, required) in pack.patternFilters {
        let gate = required.map { $0.map { $0.joined(separator: "|") }.joined(separator: " & ") } ?? "(every line)"
        print("  \(pattern)  <-  \(gate)")
    }
    if paths.isEmpty { exit(0) }
}

let items = InputCollector().collect(paths)
var bytes = 0
for case .file(let path) in items {
    bytes += ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}
let megabytes = Double(bytes) / 1e6
print(String(format: "input: %d files, %.1f MB", items.count, megabytes))

let runner = LintRunner(linter: Linter(pack: pack), options: LintOptions())
for round in 1...repeatCount {
    let start = now()
    var findings = 0
    var errors = 0
    if stream {
        runner.run(items) { report in
            findings += report.findings.count
            if report.error != nil { errors += 1 }
        }
    } else {
        let reports = runner.run(items)
        findings = reports.reduce(0) { $0 + $1.findings.count }
        errors = reports.filter { $0.error != nil }.count
    }
    let elapsed = now() - start
    print(String(format: "run %d: %.3f s, %.1f MB/s, %.0f files/s, %d findings, %d unreadable (%d cores)",
                 round, elapsed, megabytes / elapsed, Double(items.count) / elapsed, findings, errors,
                 ProcessInfo.processInfo.activeProcessorCount))
}

if phases {
    var readTime = 0.0
    var lintTime = 0.0
    var scanTime = 0.0
    var termMatches = 0
    for case .file(let path) in items {
        let start = now()
        guard let document = try? DocumentReader.read(path: path) else { continue }
        let read = now()
        _ = runner.linter.lint(document, options: runner.options)
        let linted = now()
        termMatches += pack.countTermMatches(in: document.normalized)
        scanTime += now() - linted
        lintTime += linted - read
        readTime += read - start
    }
    print(String(format: "serial: read %.3f s (%.1f MB/s), lint %.3f s (%.1f MB/s)",
                 readTime, megabytes / readTime, lintTime, megabytes / lintTime))
    print(String(format: "automaton pass alone (part of lint): %.3f s (%.1f MB/s), %d term occurrences",
                 scanTime, megabytes / scanTime, termMatches))
}
if perRule {
    // Best of seven serial passes per rule, over documents read once; "none" is the cost of
    // linting with no rule (context, automaton index, sorting), subtracted from each.
    var documents: [PlanDocument] = []
    for case .file(let path) in items { if let document = try? DocumentReader.read(path: path) { documents.append(document) } }
    func serialTime(only: Set<String>) -> Double {
        var best = Double.infinity
        for _ in 0..<7 {
            var options = runner.options
            options.onlyRules = only
            let start = now()
            for document in documents { _ = runner.linter.lint(document, options: options) }
            best = min(best, now() - start)
        }
        return best
    }
    let none = serialTime(only: [])
    print(String(format: "per rule over %d documents (no rule: %.3f s):", documents.count, none))
    let costs = rulePack.rules.map { ($0.id, $0.kind.name, serialTime(only: [$0.id]) - none) }.sorted { $0.2 > $1.2 }
    let total = costs.reduce(0) { $0 + max(0, $1.2) }
    for (id, kind, cost) in costs {
        print(String(format: "  %7.1f ms  %5.1f %%  %@ (%@)", cost * 1000, 100 * cost / total, id, kind))
    }
}
if patternCosts {
    var costs = pack.emptyPatternCosts()
    var documents = 0
    for case .file(let path) in items {
        guard let document = try? DocumentReader.read(path: path) else { continue }
        pack.measurePatterns(in: document, into: &costs)
        documents += 1
    }
    let total = costs.reduce(0) { $0 + $1.gateSeconds + $1.matchSeconds }
    print(String(format: "patterns over %d documents: %.1f ms (gates %.1f ms), dearest first:", documents, total * 1000,
                 costs.reduce(0) { $0 + $1.gateSeconds } * 1000))
    print("       ms   gate ms    plans     lines   MB matched   matches  pattern")
    for cost in costs.sorted(by: { $0.gateSeconds + $0.matchSeconds > $1.gateSeconds + $1.matchSeconds }) {
        print(String(format: "  %7.1f  %8.1f  %7d  %8d  %11.2f  %8d  ", (cost.gateSeconds + cost.matchSeconds) * 1000,
                     cost.gateSeconds * 1000, cost.plans, cost.lines, Double(cost.bytes) / 1e6, cost.matches) + cost.pattern)
    }
}
print(String(format: "peak RSS: %.1f MB", peakRSSMegabytes()))
