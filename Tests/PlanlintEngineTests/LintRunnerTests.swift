import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
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
}
