import Foundation

/// Validates a rule's regular expression before it is ever run on a document.
enum PatternCheck {
    struct Problem {
        var kind: RuleLoadError.Kind
        var message: String
    }

    static func problem(in source: String) -> Problem? {
        if source.isEmpty { return Problem(kind: .emptyTermList, message: "empty pattern") }
        do {
            _ = try NSRegularExpression(pattern: source)
        } catch {
            return Problem(kind: .invalidRegex, message: "invalid regular expression '\(source)'")
        }
        if hasNestedQuantifier(source) {
            return Problem(
                kind: .riskyRegex,
                message: "pattern '\(source)' repeats a group that itself repeats (like (a+)+); it can backtrack without end — rewrite it without the nested repetition")
        }
        return nil
    }

    /// True when a parenthesised group containing a quantifier is itself quantified, the
    /// shape behind catastrophic backtracking.
    static func hasNestedQuantifier(_ source: String) -> Bool {
        let scalars = Array(source.unicodeScalars)
        var groupHasQuantifier: [Bool] = []
        var index = 0
        var inClass = false
        while index < scalars.count {
            let c = scalars[index]
            if c == "\\" {
                index += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                index += 1
                continue
            }
            switch c {
            case "[": inClass = true
            case "(": groupHasQuantifier.append(false)
            case ")":
                let inner = groupHasQuantifier.popLast() ?? false
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if inner && (next == "*" || next == "+" || next == "{") { return true }
                if inner, !groupHasQuantifier.isEmpty { groupHasQuantifier[groupHasQuantifier.count - 1] = true }
            case "*", "+", "{":
                if !groupHasQuantifier.isEmpty { groupHasQuantifier[groupHasQuantifier.count - 1] = true }
            default: break
            }
            index += 1
        }
        return false
    }
}
