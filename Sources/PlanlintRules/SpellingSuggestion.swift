/// "Did you mean …?" for a misspelt name: rule ids, fields, vocabularies, kinds, roots.
/// One policy for every message that offers a guess, so they agree, and one that does not
/// depend on the order a set or a dictionary happens to iterate in (Swift seeds hashing per
/// process, and a tie broken by iteration order changed the message from run to run).
public enum SpellingSuggestion {
    /// The candidate nearest to `word` by edit distance, if one is near enough to be a
    /// slip of the keyboard rather than another name: within 2 edits, or a quarter of the
    /// word's length for longer names (`congres.anual`). Ties go to the candidate first in
    /// code-point order.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 4)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(word, candidate)
            guard distance <= limit else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Levenshtein distance over characters (insertions, deletions and substitutions).
    public static func editDistance(_ first: String, _ second: String) -> Int {
        let a = Array(first), b = Array(second)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
