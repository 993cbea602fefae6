import Testing
@testable import PlanlintRules

@Suite struct SpellingSuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(SpellingSuggestion.editDistance("severty", "severity") == 1)
        #expect(SpellingSuggestion.editDistance("kitten", "sitting") == 3)
        #expect(SpellingSuggestion.editDistance("", "abc") == 3)
        #expect(SpellingSuggestion.editDistance("工会经费", "工会会费") == 1)
        #expect(SpellingSuggestion.editDistance("abc", "abc") == 0)
    }

    @Test func offersTheNearestNameOnlyWhenItIsNearEnough() {
        let ids = ["congress.annual", "funds.budget", "welfare.women"]
        #expect(SpellingSuggestion.closest(to: "congres.anual", in: ids) == "congress.annual")
        #expect(SpellingSuggestion.closest(to: "welfare.woman", in: ids) == "welfare.women")
        // Another name altogether is no slip of the keyboard: no guess rather than a wild one.
        #expect(SpellingSuggestion.closest(to: "hygiene.quotes", in: ids) == nil)
        #expect(SpellingSuggestion.closest(to: "foo", in: ids) == nil)
        // A short word allows two edits, not a quarter of its length.
        #expect(SpellingSuggestion.closest(to: "matc", in: ["match", "with"]) == "match")
    }

    @Test func breaksTiesTheSameWayWhateverTheCandidatesOrder() {
        // "rule.b" and "rule.c" are both one edit from "rule.x": the first in code-point
        // order wins, from a set (whose order changes between processes) as from a list.
        let candidates = ["rule.c", "rule.b", "rule.d"]
        #expect(SpellingSuggestion.closest(to: "rule.x", in: candidates) == "rule.b")
        #expect(SpellingSuggestion.closest(to: "rule.x", in: candidates.reversed()) == "rule.b")
        #expect(SpellingSuggestion.closest(to: "rule.x", in: Set(candidates)) == "rule.b")
        // A nearer candidate still beats an earlier one.
        #expect(SpellingSuggestion.closest(to: "rule.dd", in: candidates) == "rule.d")
    }
}
