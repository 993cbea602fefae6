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

    /// The bundled sources skip compiling their patterns at load (`patternsVerified`); this
    /// is the load that does compile them.
    @Test func bundledPatternsCompile() throws {
        let sources = BundledRules.sources.map { source in
            var checked = source
            checked.patternsVerified = false
            return checked
        }
        let pack = try RuleLoader().load(sources)
        #expect(pack.rules.count == (try BundledRules.pack.get()).rules.count)
        #expect(pack.rules.contains { !$0.termSets.allSatisfy { $0.patterns.isEmpty } })
    }

    @Test func everyBundledRuleHasBasisAndBothKindsOfExamples() throws {
        for rule in try BundledRules.pack.get().rules {
            #expect(!rule.basis.isEmpty, "\(rule.id)")
            #expect(rule.examples.pass.count >= 2, "\(rule.id) needs two pass examples")
            #expect(rule.examples.fail.count >= 2, "\(rule.id) needs two fail examples")
        }
    }
}
