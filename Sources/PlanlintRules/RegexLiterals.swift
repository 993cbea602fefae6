import Foundation

/// Reads the literals a regular expression (ICU syntax) cannot match without, as a
/// conjunction of alternatives: `(十七|十八)届` needs "届" and one of "十七", "十八".
/// Returns nil when nothing is certain or the pattern uses syntax this reader does not
/// follow (inline flags, malformed quantifiers); the pattern then runs on every line.
///
/// Part of the rule model rather than the engine so that the build can read the bundled
/// pack's patterns once (planlint-embed-rules) and ship the results: reading them was a
/// sixth of a one-plan run's instructions.
public enum RegexLiterals {
    /// What a pattern's every match holds: one literal of each set, and runs back to back.
    public struct Analysis: Equatable, Sendable {
        public var sets: [[String]]
        public var adjacencies: [LiteralAdjacency]

        public init(sets: [[String]], adjacencies: [LiteralAdjacency]) {
            self.sets = sets
            self.adjacencies = adjacencies
        }
    }

    /// Non-ASCII letters whose case folding yields ASCII letters.
    public static let foldHazards: [String] = [
        "\u{00DF}", "\u{0130}", "\u{0149}", "\u{017F}", "\u{01F0}", "\u{1E96}", "\u{1E97}", "\u{1E98}", "\u{1E99}",
        "\u{1E9A}", "\u{1E9E}", "\u{212A}", "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB05}",
        "\u{FB06}",
    ]

    struct Unsupported: Error {}

    public static func required(_ pattern: String) -> [[String]]? {
        analysed(pattern)?.sets
    }

    /// The required sets and the runs a match holds back to back (see `LiteralAdjacency`).
    public static func analysed(_ pattern: String) -> Analysis? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let requirement = try? parser.alternation(), parser.index == parser.scalars.count else { return nil }
        let sets = requirement.sets
        // A set of single digits (from [0-9]) gates almost nothing, and every digit of a plan
        // would be one more match for the automaton to record.
        let useful = sets.filter { set in
            !set.isEmpty && !set.contains("") && !set.allSatisfy { $0.utf8.count == 1 && $0.utf8.first! &- 0x30 < 10 }
        }
        return useful.isEmpty ? nil : Analysis(sets: useful, adjacencies: requirement.adjacencies)
    }

    /// What ICU's `\s` (Unicode's White_Space) can match in a normalised line: the white
    /// space normalisation leaves as it is (every space separator becomes U+0020; the
    /// controls stay, NEL among them), but a line feed, which no line holds. Space first.
    /// Written out (a test derives it from the property and the normaliser): deriving it in
    /// every process was a tenth of reading a pack's patterns.
    public static let whiteSpace: [String] = [" ", "\t", "\u{0B}", "\u{0C}", "\r", "\u{85}"]

    /// Whether two literals are the same bytes: what a gate needs (a duplicate costs it only a
    /// term), without `String`'s canonical comparison, which normalised both sides of every
    /// comparison and was a fifth of reading a pack's patterns.
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        var (first, second) = (first, second)
        return first.withUTF8 { a in
            second.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    /// Most alternatives a run of literals may grow to by crossing classes and groups:
    /// `20[12][0-9]、` becomes the 20 strings 2010、…2029、 — far more selective than 20, 1|2
    /// and 、 apart, since the line must hold one of them whole.
    static let productLimit = 32

    /// What a piece of pattern needs: a conjunction of alternative sets and, when the piece
    /// is nothing but literals, classes and groups of them, every string it can match.
    struct Requirement {
        var sets: [[String]]
        var exact: [String]?
        /// Kept only for the top-level sequence: a group's pieces may be skipped or repeated.
        var adjacencies: [LiteralAdjacency] = []
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        /// Branches separated by `|`, up to `)` or the end.
        mutating func alternation() throws -> Requirement {
            var branches = [try sequence()]
            while peek == "|" {
                index += 1
                branches.append(try sequence())
            }
            if branches.count == 1 { return branches[0] }
            // Adjacencies are dropped below: a match goes through one branch only.
            var exact: [String]? = []
            for branch in branches {
                guard let strings = branch.exact, let known = exact else {
                    exact = nil
                    break
                }
                exact = known + strings.filter { string in !known.contains { sameBytes($0, string) } }
            }
            if let strings = exact, strings.count > productLimit || strings.contains("") { exact = nil }
            // One set per branch (its most selective), joined: the match holds one of them.
            var union: [String] = []
            for branch in branches {
                guard let best = branch.sets.max(by: { score($0) < score($1) }) else { return Requirement(sets: [], exact: nil) }
                for literal in best where !union.contains(where: { sameBytes($0, literal) }) { union.append(literal) }
            }
            return Requirement(sets: union.count <= 32 ? [union] : [], exact: exact)
        }

        func score(_ set: [String]) -> Int { set.map(\.utf8.count).min() ?? 0 }

        mutating func sequence() throws -> Requirement {
            var result: [[String]] = []
            // The literal run being read: every string it can be, grown by products.
            var run: [String] = [""]
            // Where optional white space followed the run: the run so far and one white-space
            // character. `“\s*”` needs “” or “ followed by a space, not just “ and ” apart.
            var spaced: [String] = []
            var exact = true
            var adjacencies: [LiteralAdjacency] = []
            // A run that ended where the next one must begin (`before` nil: the line's start,
            // after `^`), and whether white space may come between.
            var gap: (before: [String]?, blanks: Bool)?
            func flush() {
                if run.contains(where: { !$0.isEmpty }) {
                    if run.allSatisfy({ !$0.isEmpty }) {
                        let strings = run + spaced.filter { string in !run.contains { sameBytes($0, string) } }
                        result.append(strings)
                        if let gap { adjacencies.append(LiteralAdjacency(before: gap.before, blanks: gap.blanks, after: strings)) }
                    }
                    exact = false
                }
                run = [""]
                spaced = []
                gap = nil
            }
            /// Ends the run; when it was all literals with no optional space inside, the next
            /// run must start right after it (after white space when `blanks`).
            func endBeforeGap(blanks: Bool) {
                let before = run.allSatisfy({ !$0.isEmpty }) && spaced.isEmpty ? run : nil
                end()
                if let before { gap = (before, blanks) }
            }
            func end() {
                flush()
                exact = false
            }
            /// Appends `count` copies of one of `members` to the run when the product stays
            /// small; otherwise ends the run and keeps `members` (copied) as a set of its own.
            func extend(_ members: [String], count: Int) {
                // One member once (a plain character: most of a pattern) appends to each
                // string in place; the products below made a new array and new strings for
                // every character, most of reading a pack's patterns.
                if members.count == 1, count == 1, run.count + spaced.count <= productLimit {
                    for position in run.indices { run[position] += members[0] }
                    return
                }
                var grown = run
                for _ in 0..<count {
                    guard grown.count * members.count + spaced.count <= productLimit else {
                        // Too many: keep the run so far as one set and start a new run with
                        // this piece (or keep as much of it as fits, as a set of its own),
                        // which follows the run so far with nothing between.
                        endBeforeGap(blanks: false)
                        var alone = [""]
                        for copy in 0..<count {
                            guard alone.count * members.count <= productLimit else {
                                if copy > 0 {
                                    run = alone
                                    flush()
                                }
                                gap = nil
                                return
                            }
                            alone = alone.flatMap { prefix in members.map { prefix + $0 } }
                        }
                        run = alone
                        return
                    }
                    grown = grown.flatMap { prefix in members.map { prefix + $0 } }
                }
                run = grown
            }
            while let scalar = peek, scalar != "|", scalar != ")" {
                index += 1
                switch scalar {
                case "(":
                    var zeroWidth = false
                    if peek == "?" {
                        index += 1
                        switch peek {
                        case ":", ">": index += 1
                        case "=", "!": index += 1; zeroWidth = true
                        case "<":
                            index += 1
                            if peek == "=" || peek == "!" {
                                index += 1
                                zeroWidth = true
                            } else {
                                try skip(past: ">")  // named group
                            }
                        case "#":
                            try skip(past: ")")
                            continue
                        default: throw Unsupported()  // inline flags change what a literal is
                        }
                    }
                    let inner = try alternation()
                    guard peek == ")" else { throw Unsupported() }
                    index += 1
                    let (low, high) = try quantifier()
                    if zeroWidth {
                        // Lookarounds match no text; the run goes on across them only in
                        // the sense that nothing is added, so end it to stay exact.
                        end()
                    } else if let strings = inner.exact, low >= 1, !strings.contains("") {
                        // The copies a match must have join the run; more may follow.
                        extend(strings, count: low)
                        if high != low { end() }
                    } else {
                        end()
                        if low >= 1 { result += inner.sets }
                    }
                case "[":
                    let set = try characterClass()
                    let (low, high) = try quantifier()
                    if let set, low >= 1 {
                        // `[_＿]{2,}` needs two in a row, not just one: the copies a match
                        // must have join the run, and optional ones end it.
                        extend(set, count: low)
                        if high != low { end() }
                    } else {
                        end()
                        if low >= 1, let set { result.append(set) }
                    }
                case "\\":
                    guard let next = peek else { throw Unsupported() }
                    index += 1
                    if next.properties.isAlphabetic || ("0"..."9").contains(next) {
                        if next == "Q" {
                            // \Q…\E: all literal.
                            var quoted = ""
                            while index < scalars.count {
                                if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "E" {
                                    index += 2
                                    break
                                }
                                quoted.unicodeScalars.append(scalars[index])
                                index += 1
                            }
                            let (low, high) = try quantifier()
                            if low >= 1 && quoted.unicodeScalars.allSatisfy(Self.isPlain) {
                                extend([quoted], count: 1)
                                if high != 1 { end() }
                            } else {
                                end()
                            }
                            continue
                        }
                        try skipEscapeArguments(next)
                        let (low, _) = try quantifier()
                        if next == "s", run.allSatisfy({ !$0.isEmpty }), run.count * (RegexLiterals.whiteSpace.count + 1) + spaced.count <= productLimit {
                            if low == 0 {
                                spaced += run.flatMap { prefix in RegexLiterals.whiteSpace.map { prefix + $0 } }
                                exact = false
                            } else {
                                extend(RegexLiterals.whiteSpace, count: 1)
                                end()
                            }
                        } else if next == "s", low == 0, run.allSatisfy({ !$0.isEmpty }) {
                            // Too many to join with each white-space character: gate the pair.
                            endBeforeGap(blanks: true)
                        } else if next == "s", low == 0, run == [""], let start = gap, start.before == nil {
                            // `^\s*`: the next run starts the line after white space.
                            end()
                            gap = (nil, true)
                        } else {
                            end()
                        }
                    } else {
                        try literal(next, extend: extend, end: end)
                    }
                case "^":
                    let (low, _) = try quantifier()
                    let first = result.isEmpty && run == [""] && exact
                    end()
                    // Without multi-line mode `^` is where the line (the matcher's text) starts.
                    if first && low >= 1 { gap = (nil, false) }
                case ".", "$":
                    _ = try quantifier()
                    end()
                case "*", "+", "?", "{":
                    throw Unsupported()
                default:
                    try literal(scalar, extend: extend, end: end)
                }
            }
            let whole = exact ? run : nil
            flush()
            return Requirement(sets: result, exact: whole, adjacencies: adjacencies)
        }

        /// A literal scalar and its quantifier: `x{n}` extends the run by n copies; `x+`,
        /// `x{2,}` by the copies they must have, then end it; `x?`, `x*` end it.
        mutating func literal(
            _ scalar: Unicode.Scalar, extend: ([String], Int) -> Void, end: () -> Void
        ) throws {
            let (low, high) = try quantifier()
            guard low >= 1, Self.isPlain(scalar) else { return end() }
            extend([String(scalar)], low)
            if high != low { end() }
        }

        /// A scalar that matches only itself, ASCII case aside.
        static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
            // Han characters have no case and are no marks: most of a pack's literals, read
            // without three property look-ups each.
            if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) { return true }
            return !scalar.properties.isCased && !scalar.properties.changesWhenCaseFolded
                && scalar.properties.generalCategory != .nonspacingMark
        }

        /// Skips what follows `\p`, `\x`, `\N`, `\k`, `\u`, `\0`… so parsing resumes after it.
        mutating func skipEscapeArguments(_ letter: Unicode.Scalar) throws {
            switch letter {
            case "p", "P", "N", "x":
                if peek == "{" {
                    try skip(past: "}")
                } else if letter == "x" {
                    index = min(index + 2, scalars.count)
                } else if letter == "p" || letter == "P" {
                    index = min(index + 1, scalars.count)
                } else {
                    throw Unsupported()
                }
            case "k":
                guard peek == "<" else { throw Unsupported() }
                try skip(past: ">")
            case "u": index = min(index + 4, scalars.count)
            case "U": index = min(index + 8, scalars.count)
            case "c": index = min(index + 1, scalars.count)
            case "0":
                var digits = 0
                while digits < 3, let scalar = peek, ("0"..."7").contains(scalar) {
                    index += 1
                    digits += 1
                }
            default: break
            }
        }

        mutating func skip(past terminator: Unicode.Scalar) throws {
            while let scalar = peek {
                index += 1
                if scalar == terminator { return }
            }
            throw Unsupported()
        }
    }
}
