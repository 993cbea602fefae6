import Foundation

/// What a line must contain before a pattern is worth running on it: every one of `sets`,
/// each satisfied by any of its automaton terms. Sound by construction: a match of the
/// pattern in a line always contains one term of each set (see `RegexLiterals`).
///
/// A class: each plan asks for the filter of every pattern, and a structure of four arrays
/// was copied out of the pack's array with a retain and a release of each.
final class RegexFilter: Sendable {
    let sets: [[Int32]]
    /// Sets checked on the bytes of each line the automaton sets let through, instead of
    /// through the automaton: those with a one-character literal (年, 发, ., _), which are
    /// on most lines and would give the automaton millions of matches to record, while the
    /// other sets already leave few lines to look at. Never sets with ASCII letters (their
    /// case folding is the automaton's).
    let lineSets: [[[UInt8]]]
    /// Runs the pattern holds back to back (`LiteralAdjacency`), checked where the
    /// automaton found the run before; `before` empty: at the start of the line.
    let adjacencies: [Adjacency]
    /// Some literal holds an ASCII letter; under case-insensitive matching a few non-ASCII
    /// letters (K Kelvin sign, ſ, ﬁ, ß…) fold onto ASCII ones, so lines holding one of
    /// those are run as well.
    let hasASCIILetters: Bool

    init(sets: [[Int32]], lineSets: [[[UInt8]]] = [], adjacencies: [Adjacency] = [], hasASCIILetters: Bool) {
        self.sets = sets
        self.lineSets = lineSets
        self.adjacencies = adjacencies
        self.hasASCIILetters = hasASCIILetters
    }

    struct Adjacency: Sendable {
        var before: [Int32]
        var blanks: Bool
        var after: [[UInt8]]
    }
}
