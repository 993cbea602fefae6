import PlanlintBundledRules
@testable import PlanlintEngine
import PlanlintRules
import Testing

/// The bundled pack's automaton is built from terms planlint-embed-rules found when planlint
/// was built, on another thread while the rest of the pack compiles; what the build found
/// must be what compiling the pack now gives, and a stale list must never be used.
@Suite struct PrebuiltAutomatonTests {
    /// A change to how `CompiledPack` gathers its terms that the build did not pick up would
    /// leave the bundled pack building its automaton twice, silently: this fails instead.
    @Test func buildTimeTermsAreTheOnesCompilingThePackGives() throws {
        let fresh = CompiledPack(pack: try BundledRules.pack.get(), knownAnalyses: BundledRules.patternAnalyses)
        let embedded = BundledRules.automatonTerms
        #expect(embedded.count > 1_000)
        #expect(embedded.count == fresh.automatonTerms.count)
        #expect(zip(embedded, fresh.automatonTerms).allSatisfy { Array($0.utf8) == Array($1.utf8) })
        #expect(try BundledRules.compiled.get().automatonTerms.map { Array($0.utf8) } == embedded.map { Array($0.utf8) })
    }

    static let text = Array("经费5元，预算".utf8)

    static let rules = """
        rules:
          - id: test.words
            title: 测试
            kind: forbid
            severity: warning
            match: {terms: [经费, 预算], patterns: ['经费[0-9]+元']}
            message: 测试
            message_en: Test
            basis: 测试
            examples:
              pass: [无]
              fail: [经费]
        """

    /// An automaton made for the same terms is taken as it is.
    @Test func aMatchingAutomatonIsUsed() throws {
        let pack = try RuleLoader().load([RuleSource(path: "Rules/test.yaml", text: Self.rules)])
        let terms = CompiledPack(pack: pack).automatonTerms
        var asked = 0
        let compiled = CompiledPack(pack: pack, prebuiltAutomaton: {
            asked += 1
            return TermAutomaton(terms: terms)
        })
        #expect(asked == 1)
        #expect(compiled.automatonTerms == terms)
        #expect(compiled.countTermMatches(in: Self.text) >= 2)
        #expect(compiled.countTermMatches(in: Self.text) == CompiledPack(pack: pack).countTermMatches(in: Self.text))
    }

    /// One made for other terms (a stale build, another pack), or for the same terms in
    /// another order (the ids would point at the wrong terms), is ignored.
    @Test func anAutomatonForOtherTermsIsIgnored() throws {
        let pack = try RuleLoader().load([RuleSource(path: "Rules/test.yaml", text: Self.rules)])
        let terms = CompiledPack(pack: pack).automatonTerms
        #expect(terms.count > 1)
        for stale in [["经费"], Array(terms.reversed()), terms + ["多余"]] {
            let compiled = CompiledPack(pack: pack, prebuiltAutomaton: { TermAutomaton(terms: stale) })
            #expect(compiled.automatonTerms == terms)
            #expect(compiled.countTermMatches(in: Self.text) == CompiledPack(pack: pack).countTermMatches(in: Self.text))
        }
    }
}
