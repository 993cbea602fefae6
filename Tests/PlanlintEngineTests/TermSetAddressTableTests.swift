import PlanlintRules
import Testing
@testable import PlanlintEngine

/// The open-addressing table of compiled term sets against a plain search of its entries.
@Suite struct TermSetAddressTableTests {
    @Test func findsEverySetItHoldsAndNoOther() {
        // Sets of their own storage, kept alive for the whole test, as the pack keeps its own.
        let held = (0..<300).map { TermSet(literals: ["词\($0)", "语\($0)"]) }
        let others = (0..<50).map { TermSet(literals: ["外\($0)"]) }
        var entries: [(TermSetAddressTable.Key, CompiledTermSet)] = []
        for (index, set) in held.enumerated() {
            entries.append((TermSetAddressTable.Key(set), CompiledTermSet(literalIDs: [Int32(index)], patternIDs: [])))
        }
        // A repeated key: the later entry wins.
        entries.append((TermSetAddressTable.Key(held[7]), CompiledTermSet(literalIDs: [-7], patternIDs: [])))
        let table = TermSetAddressTable(entries)
        for (index, set) in held.enumerated() {
            #expect(table[TermSetAddressTable.Key(set)]?.literalIDs == [index == 7 ? -7 : Int32(index)])
        }
        for set in others { #expect(table[TermSetAddressTable.Key(set)] == nil) }
        #expect(TermSetAddressTable([])[TermSetAddressTable.Key(held[0])] == nil)
    }
}
