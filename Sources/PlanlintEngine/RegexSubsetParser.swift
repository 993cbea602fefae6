/// Reads the part of ICU's pattern syntax that `BacktrackingRegex` runs: literals, `.`,
/// bracketed classes of scalars and ranges, `\s` `\S`, properties and `\d` `\D` (their
/// scalars read from ICU's own tables), groups, alternation, greedy and lazy quantifiers,
/// `^` `$`, and look-ahead and bounded look-behind without look-arounds inside.
///
/// Anything else throws `Unsupported` and the pattern stays with ICU: `\w`, word
/// boundaries, back references, flags, possessive quantifiers, nested or set-operation
/// classes, and properties where this build cannot ask ICU. So do cased letters other than
/// ASCII's, and ASCII letters where ICU's full case folding could join scalars (`ss` ↔ ß):
/// rules match without regard to case, and beyond one ASCII letter to one scalar, ICU's
/// folding is the one to trust. Accepting only what ICU reads the same way is what makes
/// the two engines interchangeable; the tests compare them on random patterns.
struct RegexSubsetParser {
    struct Unsupported: Error {}

    /// Quantifier bounds above this are left to ICU: `{0,30}` is expanded into copies. 200
    /// takes the bundled pack's `.{0,150}?` (a paragraph's opening up to its guiding clause):
    /// handed to ICU, it cost a one-plan run 6.4 M instructions to compile.
    static let largestCount = 200

    private let scalars: [Unicode.Scalar]
    private var index = 0

    static func parse(_ pattern: String) throws -> RegexNode {
        var parser = RegexSubsetParser(scalars: Array(pattern.unicodeScalars))
        if foldsAcrossScalars(parser.scalars) { throw Unsupported() }
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
            default: atom = try Self.literal(scalar)
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
        case "p", "P", "d", "D": return .scalarClass(try property(escaped))
        default: return try Self.literal(Self.escapedLiteral(escaped))
        }
    }

    /// After `\p`, `\P` (a property, by name in braces), `\d` or `\D`
    /// (ICU's decimal digits, `\p{Nd}`): the class ICU matches, as ICU reports it.
    private mutating func property(_ escape: Unicode.Scalar) throws -> ScalarClass {
        var name = "Nd"
        if escape == "p" || escape == "P" {
            // Only the braced form: ICU's regular expressions refuse `\pL`.
            guard peek == "{" else { throw Unsupported() }
            index += 1
            var scalars = String.UnicodeScalarView()
            while let next = peek, next != "}" {
                guard next.isASCII, next.properties.isAlphabetic || next.properties.numericType != nil || "_= -".unicodeScalars.contains(next)
                else { throw Unsupported() }
                scalars.append(next)
                index += 1
            }
            guard peek == "}", !scalars.isEmpty else { throw Unsupported() }
            index += 1
            name = String(scalars)
        }
        var set = ScalarClass(negated: escape == "P" || escape == "D")
        guard let ranges = UnicodePropertySet.ranges(of: name) else { throw Unsupported() }
        set.insert(contentsOf: ranges)
        return set
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
        // Members are collected and put in the set at once: one sort and merge.
        var members: [ClosedRange<UInt32>] = []
        var first = true
        while true {
            guard let scalar = peek else { throw Unsupported() }
            index += 1
            switch scalar {
            case "]" where !first:
                set.insert(contentsOf: members)
                return set
            case "[", "]", "&":
                throw Unsupported()
            case "-":
                // Only as the first or last member is a hyphen itself; ICU reads it
                // differently elsewhere.
                guard first || peek == "]" else { throw Unsupported() }
                members.append(0x2D...0x2D)
            case "\\":
                guard let escaped = peek else { throw Unsupported() }
                index += 1
                if "sSpPdD".unicodeScalars.contains(escaped) {
                    var named = ScalarClass.whiteSpace
                    if escaped == "s" || escaped == "S" {
                        named.negated = escaped == "S"
                    } else {
                        named = try property(escaped)
                    }
                    guard peek != "-" || scalars.count > index + 1 && scalars[index + 1] == "]" else { throw Unsupported() }
                    members += named.members
                } else {
                    try member(from: Self.escapedLiteral(escaped), into: &members)
                }
            default:
                try member(from: scalar, into: &members)
            }
            first = false
        }
    }

    /// A member starting with `low`: a range when `-` and a bound follow.
    private mutating func member(from low: Unicode.Scalar, into members: inout [ClosedRange<UInt32>]) throws {
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
            guard let scalar = Unicode.Scalar(value) else { continue }
            if Self.isASCIILetter(scalar) {
                members += Self.caseClass(of: scalar).members
            } else if Self.isCased(scalar) {
                throw Unsupported()
            }
        }
        members.append(low.value...high.value)
    }

    /// A scalar as a pattern element: its bytes, or for an ASCII letter the class of what
    /// ICU matches it with.
    private static func literal(_ scalar: Unicode.Scalar) throws -> RegexNode {
        if isASCIILetter(scalar) { return .scalarClass(caseClass(of: scalar)) }
        if isCased(scalar) { throw Unsupported() }
        // Encoded in place, not through a `String` made of each scalar of every pattern.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4)
        Unicode.UTF8.encode(scalar) { bytes.append($0) }
        return .literal(bytes)
    }

    /// What ICU matches an ASCII letter with when case does not matter: both cases, and
    /// the two scalars whose simple case folding is an ASCII letter (K KELVIN SIGN → k,
    /// ſ LONG S → s); a test holds this to ICU over the BMP.
    static func caseClass(of letter: Unicode.Scalar) -> ScalarClass {
        let lower = letter.value | 0x20
        var set = ScalarClass()
        set.insert(lower...lower)
        set.insert((lower - 0x20)...(lower - 0x20))
        if lower == 0x6B { set.insert(0x212A...0x212A) }
        if lower == 0x73 { set.insert(0x17F...0x17F) }
        return set
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let lower = scalar.value | 0x20
        return scalar.isASCII && lower >= 0x61 && lower <= 0x7A
    }

    /// Whether ICU's full case folding could match letters of `pattern` with fewer
    /// scalars of a line: ICU compares a run of literals by full folding, so `ss` matches
    /// ß and `fi` matches ﬁ, and a letter followed by a combining mark matches the
    /// precomposed letter (ǰ, ẖ, İ); classes and single letters fold scalar by scalar.
    /// Such patterns stay with ICU.
    private static func foldsAcrossScalars(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.contains(where: isASCIILetter) else { return false }
        var previous: UInt32 = 0
        for scalar in scalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) || value == 0x2BC || value == 0x2BE { return true }
            // ss st fi fl ff, in either case.
            let lower = isASCIILetter(scalar) ? value | 0x20 : 0
            switch (previous, lower) {
            case (0x73, 0x73), (0x73, 0x74), (0x66, 0x69), (0x66, 0x6C), (0x66, 0x66): return true
            default: previous = lower
            }
        }
        return false
    }

    /// Whether matching without regard to case could tell `scalar` from another. CJK
    /// ideographs and ASCII other than letters are answered without the property look-ups
    /// (most of a plan's patterns, read by every process that lints).
    static func isCased(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x4E00...0x9FFF).contains(value) || (value < 0x80 && !isASCIILetter(scalar)) { return false }
        return scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenCaseMapped
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
