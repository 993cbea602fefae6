import Foundation

/// Reads the literals a regular expression (ICU syntax) cannot match without, as a
/// conjunction of alternatives: `(十七|十八)届` needs "届" and one of "十七", "十八".
/// Returns nil when nothing is certain or the pattern uses syntax this reader does not
/// follow (inline flags, malformed quantifiers); the pattern then runs on every line.
enum RegexLiterals {
    /// Non-ASCII letters whose case folding yields ASCII letters.
    static let foldHazards: [String] = [
        "\u{00DF}", "\u{0130}", "\u{0149}", "\u{017F}", "\u{01F0}", "\u{1E96}", "\u{1E97}", "\u{1E98}", "\u{1E99}",
        "\u{1E9A}", "\u{1E9E}", "\u{212A}", "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB05}",
        "\u{FB06}",
    ]

    private struct Unsupported: Error {}

    static func required(_ pattern: String) -> [[String]]? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let sets = try? parser.alternation(), parser.index == parser.scalars.count else { return nil }
        let useful = sets.filter { !$0.isEmpty && !$0.contains("") }
        return useful.isEmpty ? nil : useful
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        /// Branches separated by `|`, up to `)` or the end.
        mutating func alternation() throws -> [[String]] {
            var branches = [try sequence()]
            while peek == "|" {
                index += 1
                branches.append(try sequence())
            }
            if branches.count == 1 { return branches[0] }
            // One set per branch (its most selective), joined: the match holds one of them.
            var union: [String] = []
            for branch in branches {
                guard let best = branch.max(by: { score($0) < score($1) }) else { return [] }
                for literal in best where !union.contains(literal) { union.append(literal) }
            }
            return union.count <= 32 ? [union] : []
        }

        func score(_ set: [String]) -> Int { set.map(\.utf8.count).min() ?? 0 }

        mutating func sequence() throws -> [[String]] {
            var result: [[String]] = []
            var run = ""
            func flush() {
                if !run.isEmpty { result.append([run]) }
                run = ""
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
                    let (low, _) = try quantifier()
                    flush()
                    if !zeroWidth && low >= 1 { result += inner }
                case "[":
                    let set = try characterClass()
                    let (low, _) = try quantifier()
                    flush()
                    if low >= 1, let set { result.append(set) }
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
                                run += quoted
                                if high != 1 { flush() }
                            } else {
                                flush()
                            }
                            continue
                        }
                        try skipEscapeArguments(next)
                        _ = try quantifier()
                        flush()
                    } else {
                        let step = try literal(next)
                        if step.extend { run.unicodeScalars.append(next) }
                        if step.end { flush() }
                    }
                case ".", "^", "$":
                    _ = try quantifier()
                    flush()
                case "*", "+", "?", "{":
                    throw Unsupported()
                default:
                    let step = try literal(scalar)
                    if step.extend { run.unicodeScalars.append(scalar) }
                    if step.end { flush() }
                }
            }
            flush()
            return result
        }

        /// A literal scalar and its quantifier: whether it extends the run, then whether the
        /// run must end after it.
        mutating func literal(_ scalar: Unicode.Scalar) throws -> (extend: Bool, end: Bool) {
            let (low, high) = try quantifier()
            guard low >= 1, Self.isPlain(scalar) else { return (false, true) }
            return (true, high != 1)
        }

        /// A scalar that matches only itself, ASCII case aside.
        static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar.value >= 0x20 && scalar.value != 0x7F }
            return !scalar.properties.isCased && !scalar.properties.changesWhenCaseFolded
                && scalar.properties.generalCategory != .nonspacingMark
        }

        /// `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` with an optional lazy or possessive mark.
        mutating func quantifier() throws -> (Int, Int?) {
            var bounds: (Int, Int?) = (1, 1)
            switch peek {
            case "?": bounds = (0, 1)
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "{":
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                guard end < scalars.count else { throw Unsupported() }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let parts = body.split(separator: ",", omittingEmptySubsequences: false).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard parts.count <= 2, let low = Int(parts[0]) else { throw Unsupported() }
                let high: Int? = parts.count == 1 ? low : (parts[1].isEmpty ? nil : Int(parts[1]))
                if parts.count == 2, !parts[1].isEmpty, high == nil { throw Unsupported() }
                bounds = (low, high)
                index = end
            default: return bounds
            }
            index += 1
            if peek == "?" || peek == "+" { index += 1 }
            return bounds
        }

        /// A bracket expression; the set of its characters when it simply lists plain ones.
        mutating func characterClass() throws -> [String]? {
            var members: [String] = []
            var simple = true
            if peek == "^" {
                simple = false
                index += 1
            }
            var first = true
            while let scalar = peek {
                index += 1
                if scalar == "]" && !first { return simple && !members.isEmpty ? members : nil }
                first = false
                switch scalar {
                case "[":
                    simple = false
                    index -= 1
                    try skipNestedClass()
                case "\\":
                    guard let next = peek else { throw Unsupported() }
                    index += 1
                    if next.properties.isAlphabetic || ("0"..."9").contains(next) {
                        simple = false
                        try skipEscapeArguments(next)
                    } else {
                        add(next, &members, &simple)
                    }
                case "-", "&":
                    simple = false
                default:
                    add(scalar, &members, &simple)
                }
            }
            throw Unsupported()
        }

        func add(_ scalar: Unicode.Scalar, _ members: inout [String], _ simple: inout Bool) {
            guard Self.isPlain(scalar) else {
                simple = false
                return
            }
            let text = String(Character(scalar)).lowercased()
            if !members.contains(text) { members.append(text) }
        }

        mutating func skipNestedClass() throws {
            var depth = 0
            while let scalar = peek {
                index += 1
                if scalar == "\\" {
                    index += 1
                } else if scalar == "[" {
                    depth += 1
                } else if scalar == "]" {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
            throw Unsupported()
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
