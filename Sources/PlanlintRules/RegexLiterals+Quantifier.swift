/// Quantifiers for `RegexLiterals`: how many copies of a piece a match must and may have.
extension RegexLiterals.Parser {
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
            guard end < scalars.count else { throw RegexLiterals.Unsupported() }
            bounds = try Self.bounds(scalars[(index + 1)..<end])
            index = end
        default: return bounds
        }
        index += 1
        if peek == "?" || peek == "+" { index += 1 }
        return bounds
    }

    /// The bounds between the braces of `{n}`, `{n,}` or `{n,m}`, blanks (space separators
    /// and the tab) allowed around each number; read digit by digit, as splitting and
    /// trimming strings was most of reading a pattern.
    static func bounds(_ inside: ArraySlice<Unicode.Scalar>) throws -> (Int, Int?) {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        var numbers: [Int?] = [nil]
        var inNumber = false
        var afterNumber = false
        for scalar in inside {
            if scalar == "," {
                guard numbers.count == 1 else { throw RegexLiterals.Unsupported() }
                numbers.append(nil)
                (inNumber, afterNumber) = (false, false)
            } else if let digit = scalar.properties.numericType == .decimal && scalar.isASCII ? Int(scalar.value - 0x30) : nil {
                // Digits, then blanks, then more digits: "1 2" is no number.
                guard !afterNumber, (numbers[numbers.count - 1] ?? 0) < 100_000_000 else { throw RegexLiterals.Unsupported() }
                numbers[numbers.count - 1] = (numbers[numbers.count - 1] ?? 0) * 10 + digit
                inNumber = true
            } else if isBlank(scalar) {
                if inNumber { (inNumber, afterNumber) = (false, true) }
            } else {
                throw RegexLiterals.Unsupported()
            }
        }
        guard let low = numbers[0] else { throw RegexLiterals.Unsupported() }
        return numbers.count == 1 ? (low, low) : (low, numbers[1])
    }
}
