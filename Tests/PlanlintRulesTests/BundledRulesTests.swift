import Testing
import PlanlintBundledRules
import PlanlintYAML
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

    /// Every file's trees were archived at build time, and they are the trees its text
    /// parses to now: an archive from another version of the text would lint with rules
    /// the source no longer says.
    @Test func archivedTreesAreWhatTheTextParsesTo() throws {
        for source in BundledRules.sources {
            let archive = try #require(source.treeArchive, "\(source.path) has no archive")
            #expect(try YAMLNodeArchive.decode(archive) == YAMLParser().parseAll(source.text), "\(source.path)")
        }
    }

    /// The pack loaded from the archives is the pack loaded from the text.
    @Test func packFromArchivesEqualsPackFromText() throws {
        let textOnly = BundledRules.sources.map { source in
            var parsed = source
            parsed.treeArchive = nil
            return parsed
        }
        #expect(try RuleLoader().load(textOnly) == BundledRules.pack.get())
    }

    /// A damaged archive costs time, not correctness: the text is parsed instead.
    @Test func aDamagedArchiveFallsBackToTheText() throws {
        let damaged = BundledRules.sources.map { source in
            var broken = source
            broken.treeArchive = source.treeArchive.map { String($0.prefix($0.utf8.count / 2)) }
            return broken
        }
        #expect(try RuleLoader().load(damaged) == BundledRules.pack.get())
    }

    @Test func everyBundledRuleHasBasisAndBothKindsOfExamples() throws {
        for rule in try BundledRules.pack.get().rules {
            #expect(!rule.basis.isEmpty, "\(rule.id)")
            #expect(rule.examples.pass.count >= 2, "\(rule.id) needs two pass examples")
            #expect(rule.examples.fail.count >= 2, "\(rule.id) needs two fail examples")
        }
    }
}
