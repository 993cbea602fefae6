import PlanlintBundledRules
@testable import PlanlintEngine
import PlanlintRules
import Testing

/// The bundled pack's patterns are read when planlint is built (planlint-embed-rules), not in
/// every process; what the build read must be what reading them now gives.
@Suite struct BundledPatternAnalysesTests {
    /// Every pattern of the bundled pack has its analysis from the build, and it is the fresh
    /// one: a change to `RegexLiterals` that the build did not pick up would gate a pattern on
    /// literals its matches need not hold, and lose findings.
    @Test func buildTimeAnalysesCoverThePackAndAreFresh() throws {
        let pack = try BundledRules.pack.get()
        let known = Dictionary(BundledRules.patternAnalyses.map { ($0.pattern, $0.analysis) }, uniquingKeysWith: { first, _ in first })
        #expect(pack.patternSources.count > 100)
        #expect(Set(known.keys) == Set(pack.patternSources))
        for pattern in pack.patternSources {
            let embedded = try #require(known[pattern], "\(pattern) was not read at build time")
            #expect(embedded == RegexLiterals.analysed(pattern), "\(pattern)")
        }
    }

    /// The bundled pack compiled with the build's analyses gates its patterns exactly as one
    /// that reads them itself.
    @Test func compilingWithTheBuildsAnalysesGatesTheSame() throws {
        let pack = try BundledRules.pack.get()
        let withKnown = CompiledPack(pack: pack, knownAnalyses: BundledRules.patternAnalyses).patternFilters
        let reading = CompiledPack(pack: pack).patternFilters
        #expect(withKnown.map(\.pattern) == reading.map(\.pattern))
        #expect(withKnown.map(\.required) == reading.map(\.required))
        // The process's own, compiled with the build's list of analyses.
        let bundled = try BundledRules.compiled.get().patternFilters
        #expect(bundled.map(\.pattern) == reading.map(\.pattern))
        #expect(bundled.map(\.required) == reading.map(\.required))
    }

    /// An analysis handed in is the one used (here a made-up one, to tell it from a fresh
    /// reading), and a pattern it does not name is read as usual.
    @Test func knownAnalysesAreUsedAndOtherPatternsRead() throws {
        let pack = try RuleLoader().load([
            RuleSource(
                path: "Rules/test.yaml",
                text: """
                    rules:
                      - id: test.patterns
                        title: 测试
                        kind: forbid
                        severity: warning
                        match: {patterns: ['经费[0-9]+元', '预算\\s*[0-9]+']}
                        message: 测试
                        message_en: Test
                        basis: 测试
                        examples:
                          pass: [无]
                          fail: [经费5元]
                    """)
        ])
        let madeUp = RegexLiterals.Analysis(sets: [["经费5"]], adjacencies: [])
        // A pattern's first entry counts.
        let filters = CompiledPack(pack: pack, knownAnalyses: [("经费[0-9]+元", madeUp), ("经费[0-9]+元", nil)]).patternFilters
        #expect(filters.map(\.pattern) == ["经费[0-9]+元", "预算\\s*[0-9]+"])
        #expect(filters[0].required == [["经费5"]])
        #expect(filters[1].required == RegexLiterals.required("预算\\s*[0-9]+"))
        #expect(filters[1].required != nil)
    }
}
