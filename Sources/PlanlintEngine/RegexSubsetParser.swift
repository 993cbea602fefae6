/// Reads the part of ICU's pattern syntax that `BacktrackingRegex` runs: literals, `.`,
/// bracketed classes of scalars and ranges, `\s` `\S`, groups, alternation, greedy and lazy
/// quantifiers, `^` `$`, and look-ahead and bounded look-behind without look-arounds inside.
///
/// Anything else throws `Unsupported` and the pattern stays with ICU: properties and `\d`
/// `\w` (Unicode tables this build and ICU's might not agree on), word boundaries, back
/// references, flags, possessive quantifiers, nested or set-operation classes. So do cased
/// letters, in literals or classes: rules match without regard to case, and ICU's case
/// folding is the one to trust. Accepting only what ICU reads the same way is what makes
/// the two engines interchangeable; the tests compare them on random patterns.
struct RegexSubsetParser {
    struct Unsupported: Error {}

    /// Quantifier bounds above this are left to ICU: `{0,30}` is expanded into copies.
    static let largestCount = 100

    private let scalars: [Unicode.Scalar]
    private var index = 0

    static func parse(_ pattern: String) throws -> RegexNode {
        var parser = RegexSubsetParser(scalars: Array(pattern.unicodeScalars))
        let node = try parser.alternation(insideLookaround: false)
        guard parser.index == parser.scalars.count else { throw Unsupported() }
        return node
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func alternation(insideLookaround: Bool) throws -> RegexNode {
        var branches = [try sequence(insideLookaround: insideLookaround)]
        while peek == "|" {
            index += 1
            branches.append(try sequence(insideLookaround: insideLookaround))
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence(insideLookaround: Bool) throws -> RegexNode {
        var items: [RegexNode] = []
        while let scalar = peek, scalar != "|", scalar != ")" {
            index += 1
            var atom: RegexNode
            var quantifiable = true
            switch scalar {
            case "(":
                atom = try group(insideLookaround: insideLookaround)
                if case .lookaround = atom { quantifiable = false }
            case "[": atom = .scalarClass(try bracketedClass())
            case "\\": atom = try escape()
            case ".": atom = .anyScalar
            case "^":
                atom = .lineStart
                quantifiable = false
            case "$":
                atom = .lineEnd
                quantifiable = false
            case "*", "+", "?", "{", "}", "]": throw Unsupported()
            default: atom = .literal(try Self.literal(scalar))
            }
            if let (min, max) = try quantifier() {
                guard quantifiable else { throw Unsupported() }
                // An unbounded loop over what can match nothing is where engines differ
                // (ICU stops the loop its own way); nothing in a plan's rules needs it.
                if max == nil && atom.minLength == 0 { throw Unsupported() }
                var lazy = false
                if peek == "?" {
                    lazy = true
                    index += 1
                } else if peek == "+" {
                    throw Unsupported()
                }
                atom = .repetition(atom, min: min, max: max, lazy: lazy)
                if let next = peek, "*+?{".unicodeScalars.contains(next) { throw Unsupported() }
            }
            items.append(atom)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    /// After `(`: a group, up to and including its `)`.
    private mutating func group(insideLookaround: Bool) throws -> RegexNode {
        var lookaround: (behind: Bool, negated: Bool)?
        if peek == "?" {
            index += 1
            switch peek {
            case ":": index += 1
            case "=": index += 1; lookaround = (false, false)
            case "!": index += 1; lookaround = (false, true)
            case "<":
                index += 1
                switch peek {
                case "=": index += 1; lookaround = (true, false)
                case "!": index += 1; lookaround = (true, true)
                default: throw Unsupported()
                }
            default: throw Unsupported()
            }
        }
        if lookaround != nil && insideLookaround { throw Unsupported() }
        let body = try alternation(insideLookaround: insideLookaround || lookaround != nil)
        guard peek == ")" else { throw Unsupported() }
        index += 1
        guard let lookaround else { return body }
        // ICU refuses look-behind of unbounded length or with lazy quantifiers; so does
        // this reader.
        if lookaround.behind && (body.maxLength == nil || body.holdsLazyRepetition) { throw Unsupported() }
        return .lookaround(body, behind: lookaround.behind, negated: lookaround.negated)
    }

    /// After `\`, outside a class.
    private mutating func escape() throws -> RegexNode {
        guard let escaped = peek else { throw Unsupported() }
        index += 1
        switch escaped {
        case "s": return .scalarClass(.whiteSpace)
        case "S":
            var set = ScalarClass.whiteSpace
            set.negated = true
            return .scalarClass(set)
        default: return .literal(try Self.literal(Self.escapedLiteral(escaped)))
        }
    }

    /// The scalar an escape other than `\s` `\S` stands for: a control letter or ASCII
    /// punctuation, which ICU takes as itself.
    private static func escapedLiteral(_ escaped: Unicode.Scalar) throws -> Unicode.Scalar {
        switch escaped {
        case "t": return "\t"
        case "n": return "\n"
        case "r": return "\r"
        case "f": return "\u{0C}"
        default:
            guard escaped.isASCII, escaped.properties.isPatternSyntax || escaped == " " else { throw Unsupported() }
            return escaped
        }
    }

    /// After `[`: the class, up to and including its `]`.
    private mutating func bracketedClass() throws -> ScalarClass {
        var set = ScalarClass()
        if peek == "^" {
            set.negated = true
            index += 1
        }
        // `[:alpha:]` names a property set in ICU.
        if peek == ":" { throw Unsupported() }
        var first = true
        while true {
            guard let scalar = peek else { throw Unsupported() }
            index += 1
            switch scalar {
            case "]" where !first:
                return set
            case "[", "]", "&":
                throw Unsupported()
            case "-":
                // Only as the first or last member is a hyphen itself; ICU reads it
                // differently elsewhere.
                guard first || peek == "]" else { throw Unsupported() }
                set.insert(0x2D...0x2D)
            case "\\":
                guard let escaped = peek else { throw Unsupported() }
                index += 1
                if escaped == "s" || escaped == "S" {
                    var spaces = ScalarClass.whiteSpace
                    spaces.negated = escaped == "S"
                    guard peek != "-" || scalars.count > index + 1 && scalars[index + 1] == "]" else { throw Unsupported() }
                    set.formUnion(spaces)
                } else {
                    try member(from: Self.escapedLiteral(escaped), into: &set)
                }
            default:
                try member(from: scalar, into: &set)
            }
            first = false
        }
    }

    /// A member starting with `low`: a range when `-` and a bound follow.
    private mutating func member(from low: Unicode.Scalar, into set: inout ScalarClass) throws {
        var high = low
        if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
            index += 1
            guard let bound = peek else { throw Unsupported() }
            index += 1
            if bound == "\\" {
                guard let escaped = peek, escaped != "s", escaped != "S" else { throw Unsupported() }
                index += 1
                high = try Self.escapedLiteral(escaped)
            } else {
                guard bound != "[", bound != "]", bound != "&", bound != "-" else { throw Unsupported() }
                high = bound
            }
            guard low.value <= high.value else { throw Unsupported() }
        }
        // Ranges are checked scalar by scalar for cased letters; wide ones stay with ICU.
        guard high.value - low.value < 4096 else { throw Unsupported() }
        for value in low.value...high.value {
            if let scalar = Unicode.Scalar(value), Self.isCased(scalar) { throw Unsupported() }
        }
        set.insert(low.value...high.value)
    }

    private static func literal(_ scalar: Unicode.Scalar) throws -> [UInt8] {
        if isCased(scalar) { throw Unsupported() }
        return Array(String(scalar).utf8)
    }

    /// Whether matching without regard to case could tell `scalar` from another.
    private static func isCased(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenCaseMapped
    }

    /// `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, or nil when none follows.
    private mutating func quantifier() throws -> (Int, Int?)? {
        switch peek {
        case "?": index += 1; return (0, 1)
        case "*": index += 1; return (0, nil)
        case "+": index += 1; return (1, nil)
        case "{":
            index += 1
            let low = try number()
            var high: Int? = low
            if peek == "," {
                index += 1
                high = peek == "}" ? nil : try number()
            }
            guard peek == "}" else { throw Unsupported() }
            index += 1
            if let high, high < low { throw Unsupported() }
            return (low, high)
        default: return nil
        }
    }

    private mutating func number() throws -> Int {
        var value = 0
        var digits = 0
        while let scalar = peek, scalar.isASCII, scalar.properties.numericType == .decimal {
            value = value * 10 + Int(scalar.value - 0x30)
            digits += 1
            index += 1
            if value > Self.largestCount { throw Unsupported() }
        }
        guard digits > 0 else { throw Unsupported() }
        return value
    }
}
