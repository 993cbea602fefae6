import Testing
import PlanlintBundledRules
@testable import PlanlintRules

@Suite struct BundledRulesTests {
    @Test func bundledPackLoadsWithEveryFileEmbedded() throws {
        let pack = try BundledRules.pack.get()
        #expect(pack.rules.count >= 9)
        #expect(BundledRules.sources.allSatisfy { $0.path.hasPrefix("Rules/") })
        for id in ["congress.annual", "holidays.coverage", "funds.budget", "hygiene.placeholder", "hygiene.boilerplate",
                   "hygiene.conversion", "structure.numbering", "structure.duplicate", "structure.schedule"] {
            #expect(pack.rule(id: id) != nil, "missing \(id)")
        }
    }

    @Test func everyBundledRuleHasBasisAndBothKindsOfExamples() throws {
        for rule in try BundledRules.pack.get().rules {
            #expect(!rule.basis.isEmpty, "\(rule.id)")
            #expect(rule.examples.pass.count >= 2, "\(rule.id) needs two pass examples")
            #expect(rule.examples.fail.count >= 2, "\(rule.id) needs two fail examples")
        }
    }
}
