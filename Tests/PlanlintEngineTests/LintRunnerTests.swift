import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
import PlanlintRules
@testable import PlanlintEngine

/// Parallel runs must give exactly what a serial run gives, in input order.
@Suite struct LintRunnerTests {
    @Test func parallelAndStreamedRunsEqualASerialRun() throws {
        let runner = LintRunner(linter: Linter(rules: try BundledRules.pack.get()), options: LintOptions())
        let folders = [LintTestSupport.corpus.appendingPathComponent("seeds"), LintTestSupport.corpus.appendingPathComponent("formats"),
                       LintTestSupport.packageRoot.appendingPathComponent("Examples")]
        // Each file three times, so workers finish out of order.
        let items = Array(repeating: InputCollector().collect(folders.map(\.path)), count: 3).flatMap { $0 }
        #expect(items.count >= 45)
        let serial = items.map(runner.lint)
        let parallel = runner.run(items)
        var streamed: [FileReport] = []
        runner.run(items) { streamed.append($0) }
        for (index, report) in serial.enumerated() {
            #expect(parallel[index].path == report.path)
            #expect(parallel[index].findings == report.findings)
            #expect(parallel[index].checks == report.checks)
            #expect(streamed[index].path == report.path)
            #expect(streamed[index].findings == report.findings)
        }
        #expect(streamed.count == serial.count)
    }

    /// `jobs` bounds how many files are linted at once; one job lints every file on the
    /// calling thread. Either way reports come in input order, as a serial run gives them.
    @Test func jobsBoundTheFilesLintedAtOnce() throws {
        let pack = try BundledRules.pack.get()
        let items = Array(repeating: InputCollector().collect([LintTestSupport.packageRoot.appendingPathComponent("Examples").path]), count: 4)
            .flatMap { $0 }
        #expect(items.count >= 20)
        let serial = items.map(LintRunner(linter: Linter(rules: pack), options: LintOptions()).lint)
        let caller = pthread_self()
        for jobs in [1, 2] {
            let runner = LintRunner(linter: Linter(rules: pack), options: LintOptions(), jobs: jobs)
            let lock = NSLock()
            var running = 0
            var mostRunning = 0
            var onCaller = 0
            var reports: [FileReport] = []
            runner.run(items, prepare: { report -> FileReport in
                lock.withLock {
                    running += 1
                    mostRunning = max(mostRunning, running)
                    if pthread_equal(pthread_self(), caller) != 0 { onCaller += 1 }
                }
                // Long enough for another worker, were there one, to be in here too.
                usleep(2_000)
                lock.withLock { running -= 1 }
                return report
            }, consume: { reports.append($0) })
            #expect(mostRunning <= jobs)
            if jobs == 1 { #expect(onCaller == items.count) }
            #expect(reports.map(\.path) == serial.map(\.path))
            #expect(reports.map(\.findings) == serial.map(\.findings))
        }
    }

    /// With a detail threshold (`--quiet`), findings below it are the same findings without
    /// excerpt and section path (and quote the rules' reading); those at or above it, and those a severity override lifts
    /// to it, are exactly as in a full run.
    @Test func findingsBelowTheDetailSeverityDifferOnlyInTheirDetails() throws {
        let pack = try BundledRules.pack.get()
        let items = InputCollector().collect([
            LintTestSupport.corpus.appendingPathComponent("seeds").path, LintTestSupport.packageRoot.appendingPathComponent("Examples").path,
        ])
        func reports(_ options: LintOptions) -> [[Finding]] {
            let runner = LintRunner(linter: Linter(rules: pack), options: options)
            return items.map { runner.lint($0).findings }
        }
        // The warning rule that fires most, lifted to error by an override in the second round.
        let plain = reports(LintOptions())
        var warnings: [String: Int] = [:]
        for finding in plain.joined() where finding.severity == .warning { warnings[finding.ruleID, default: 0] += 1 }
        let lifted = try #require(warnings.max { $0.value < $1.value }?.key)
        var counts: [Severity: Int] = [:]
        for overrides in [[:], [lifted: Severity.error]] {
            let expected = overrides.isEmpty ? plain : reports(LintOptions(severityOverrides: overrides))
            let got = reports(LintOptions(severityOverrides: overrides, detailSeverity: .error))
            for (findings, references) in zip(got, expected) {
                #expect(findings.count == references.count)
                for (finding, reference) in zip(findings, references) {
                    counts[reference.severity, default: 0] += 1
                    if reference.severity == .error {
                        #expect(finding == reference)
                        #expect(!finding.evidence.isEmpty || finding.category == .missing)
                        continue
                    }
                    #expect(finding.evidence.isEmpty && finding.sectionPath.isEmpty)
                    var undetailed = reference
                    undetailed.evidence = ""
                    undetailed.sectionPath = []
                    undetailed.evidenceColumn = 1
                    undetailed.evidenceLength = 1
                    // A quiet run quotes the rules' reading in the message (FindingBuilder.quoted):
                    // 職工之家 as 职工之家; the same message once both are read alike.
                    #expect(ScriptNormalizer.normalize(finding.message.zh) == ScriptNormalizer.normalize(reference.message.zh))
                    #expect(ScriptNormalizer.normalize(finding.message.en) == ScriptNormalizer.normalize(reference.message.en))
                    undetailed.message = finding.message
                    #expect(finding == undetailed)
                }
            }
            if !overrides.isEmpty {
                #expect(got.joined().contains { $0.ruleID == lifted && $0.severity == .error && !$0.evidence.isEmpty })
            }
        }
        #expect(counts[.error, default: 0] > 0 && counts[.warning, default: 0] > 0 && counts[.info, default: 0] > 0)
    }
}
