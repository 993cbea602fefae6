import Foundation

/// What a line must contain before a pattern is worth running on it: every one of `sets`,
/// each satisfied by any of its automaton terms. Sound by construction: a match of the
/// pattern in a line always contains one term of each set (see `RegexLiterals`).
struct RegexFilter: Sendable {
    var sets: [[Int32]]
    /// Sets checked on the bytes of each line the automaton sets let through, instead of
    /// through the automaton: those with a one-character literal (年, 发, ., _), which are
    /// on most lines and would give the automaton millions of matches to record, while the
    /// other sets already leave few lines to look at. Never sets with ASCII letters (their
    /// case folding is the automaton's).
    var lineSets: [[[UInt8]]] = []
    /// Runs the pattern holds back to back (`LiteralAdjacency`), checked where the
    /// automaton found the run before; `before` empty: at the start of the line.
    var adjacencies: [Adjacency] = []
    /// Some literal holds an ASCII letter; under case-insensitive matching a few non-ASCII
    /// letters (K Kelvin sign, ſ, ﬁ, ß…) fold onto ASCII ones, so lines holding one of
    /// those are run as well.
    var hasASCIILetters: Bool

    struct Adjacency: Sendable {
        var before: [Int32]
        var blanks: Bool
        var after: [[UInt8]]
    }
}
