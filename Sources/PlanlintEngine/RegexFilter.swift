import Foundation
import PlanlintDocument

/// What a line must contain before a pattern is worth running on it: every one of `sets`,
/// each satisfied by any of its automaton terms. Sound by construction: a match of the
/// pattern in a line always contains one term of each set (see `RegexLiterals`).
///
/// A class: each plan asks for the filter of every pattern, and a structure of four arrays
/// was copied out of the pack's array with a retain and a release of each.
final class RegexFilter: Sendable {
    let sets: [[Int32]]
    /// `sets` flat, for the first question a gate asks of every pattern and plan (whether
    /// each set has a term in the plan at all) without a retain and release per set: set by
    /// set, how many terms, then the terms.
    let setTable: [Int32]
    /// Sets checked on the bytes of each line the automaton sets let through, instead of
    /// through the automaton: those with a one-character literal (年, 发, ., _), which are
    /// on most lines and would give the automaton millions of matches to record, while the
    /// other sets already leave few lines to look at. Never sets with ASCII letters (their
    /// case folding is the automaton's).
    let lineSets: [[[UInt8]]]
    /// `lineSets` flat, for the check on each line through pointers (nested arrays retained
    /// and released each set and literal they gave, on every line): every literal's bytes
    /// one after another; and set by set, how many literals, then each one's offset and
    /// length in the bytes.
    let lineSetBytes: [UInt8]
    let lineSetTable: [Int32]
    /// Runs the pattern holds back to back (`LiteralAdjacency`), checked where the
    /// automaton found the run before; `before` empty: at the start of the line.
    let adjacencies: [Adjacency]
    /// Some literal holds an ASCII letter; under case-insensitive matching a few non-ASCII
    /// letters (K Kelvin sign, ſ, ﬁ, ß…) fold onto ASCII ones, so lines holding one of
    /// those are run as well.
    let hasASCIILetters: Bool

    init(sets: [[Int32]], lineSets: [[[UInt8]]] = [], adjacencies: [Adjacency] = [], hasASCIILetters: Bool) {
        self.sets = sets
        var flat: [Int32] = []
        for set in sets {
            flat.append(Int32(set.count))
            flat += set
        }
        setTable = flat
        self.lineSets = lineSets
        var bytes: [UInt8] = []
        var table: [Int32] = []
        for set in lineSets {
            table.append(Int32(set.count))
            for literal in set {
                table += [Int32(bytes.count), Int32(literal.count)]
                bytes += literal
            }
        }
        lineSetBytes = bytes
        lineSetTable = table
        self.adjacencies = adjacencies
        self.hasASCIILetters = hasASCIILetters
    }

    /// Whether `line` holds a literal of every set of `table` (`lineSetTable`, the literals'
    /// bytes in `bytes`).
    static func holdsEveryLineSet(
        _ line: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<Int32>
    ) -> Bool {
        var index = 0
        while index < table.count {
            let count = Int(table[index])
            var held = false
            for literal in 0..<count where !held {
                let offset = Int(table[index + 1 + 2 * literal])
                let length = Int(table[index + 2 + 2 * literal])
                held = UTF8Search.firstIndex(of: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), in: line) != nil
            }
            if !held { return false }
            index += 1 + 2 * count
        }
        return true
    }

    struct Adjacency: Sendable {
        var before: [Int32]
        var blanks: Bool
        var after: [[UInt8]]
    }
}
