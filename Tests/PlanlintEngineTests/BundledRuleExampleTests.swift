import Testing
import PlanlintBundledRules
@testable import PlanlintEngine

/// `planlint test` over the bundled pack, inside `swift test`.
@Suite struct BundledRuleExampleTests {
    @Test func everyExampleBehaves() throws {
        let summary = RuleTester(linter: Linter(rules: try BundledRules.pack.get())).run()
        #expect(summary.failures.isEmpty, "\(summary.failures.map(\.description).joined(separator: "\n"))")
        #expect(summary.passed >= 36)
    }
}
