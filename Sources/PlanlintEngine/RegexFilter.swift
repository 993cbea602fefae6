import Foundation

/// What a line must contain before a pattern is worth running on it: every one of `sets`,
/// each satisfied by any of its automaton terms. Sound by construction: a match of the
/// pattern in a line always contains one term of each set (see `RegexLiterals`).
struct RegexFilter: Sendable {
    var sets: [[Int32]]
    /// Some literal holds an ASCII letter; under case-insensitive matching a few non-ASCII
    /// letters (K Kelvin sign, ſ, ﬁ, ß…) fold onto ASCII ones, so lines holding one of
    /// those are run as well.
    var hasASCIILetters: Bool
}
