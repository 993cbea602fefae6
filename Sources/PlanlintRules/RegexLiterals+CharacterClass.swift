/// Bracket expressions for `RegexLiterals`: a class contributes its members when it lists
/// a few plain characters (ranges such as 0-9 included), nothing otherwise.
extension RegexLiterals.Parser {
    /// A bracket expression; the set of its characters when it simply lists plain ones.
    mutating func characterClass() throws -> [String]? {
        // Scalars while reading (a range adds up to 64, each checked against the others),
        // strings at the end.
        var members: [Unicode.Scalar] = []
        var simple = true
        if peek == "^" {
            simple = false
            index += 1
        }
        var first = true
        var previous: Unicode.Scalar?
        while let scalar = peek {
            index += 1
            if scalar == "]" && !first { return simple && !members.isEmpty ? members.map { String($0) } : nil }
            first = false
            let before = previous
            previous = scalar
            switch scalar {
            case "-" where before != nil && before != "-" && peek != nil && peek != "]" && peek != "[" && peek != "\\" && peek != "-":
                // A range such as 0-9 or a-f: its members, when there are few.
                let upper = peek!
                index += 1
                previous = "-"
                guard let lower = before, lower.value <= upper.value, upper.value - lower.value < 64 else {
                    simple = false
                    continue
                }
                for value in lower.value...upper.value {
                    if let member = Unicode.Scalar(value) { add(member, &members, &simple) }
                }
            case "[":
                simple = false
                previous = nil
                index -= 1
                try skipNestedClass()
            case "\\":
                guard let next = peek else { throw RegexLiterals.Unsupported() }
                index += 1
                if next.properties.isAlphabetic || ("0"..."9").contains(next) {
                    simple = false
                    previous = nil
                    try skipEscapeArguments(next)
                } else {
                    previous = next
                    add(next, &members, &simple)
                }
            case "-", "&":
                simple = false
            default:
                add(scalar, &members, &simple)
            }
        }
        throw RegexLiterals.Unsupported()
    }

    func add(_ scalar: Unicode.Scalar, _ members: inout [Unicode.Scalar], _ simple: inout Bool) {
        guard Self.isPlain(scalar) else {
            simple = false
            return
        }
        // A plain scalar beyond ASCII has no case (`isPlain`): only A–Z change.
        let folded = (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
        if !members.contains(folded) { members.append(folded) }
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
        throw RegexLiterals.Unsupported()
    }
}
