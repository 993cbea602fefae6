import Foundation

/// Validates a rule's regular expression before it is ever run on a document.
enum PatternCheck {
    struct Problem {
        var kind: RuleLoadError.Kind
        var message: String
    }

    /// The first problem of `source`; `compiling: false` skips asking ICU whether it compiles.
    static func problem(in source: String, compiling: Bool = true) -> Problem? {
        if source.isEmpty { return Problem(kind: .emptyTermList, message: "empty pattern") }
        if compiling {
            do {
                _ = try NSRegularExpression(pattern: source)
            } catch {
                return Problem(kind: .invalidRegex, message: "invalid regular expression '\(source)'")
            }
        }
        if hasNestedQuantifier(source) {
            return Problem(
                kind: .riskyRegex,
                message: "pattern '\(source)' repeats a group that itself repeats (like (a+)+); it can backtrack without end — rewrite it without the nested repetition")
        }
        if repeatsAlternation(source) {
            return Problem(
                kind: .riskyRegex,
                message: "pattern '\(source)' repeats a group of alternatives (like (a|aa)+); when the alternatives can match the same text it backtracks exponentially — use a character class such as [ab]+, or repeat a bounded number of times")
        }
        return nil
    }

    /// True when a group holding an alternation is repeated without a small bound:
    /// `(职|职职)+$` took 17 s on a 41-character line, doubling with every two characters more.
    static func repeatsAlternation(_ source: String) -> Bool {
        shapes(of: source).repeatedAlternation
    }

    /// True when a parenthesised group containing a quantifier is itself quantified, the
    /// shape behind catastrophic backtracking.
    static func hasNestedQuantifier(_ source: String) -> Bool {
        shapes(of: source).nestedQuantifier
    }

    /// One walk over the pattern's groups, escapes and character classes skipped, noting
    /// both risky shapes.
    private static func shapes(of source: String) -> (nestedQuantifier: Bool, repeatedAlternation: Bool) {
        struct Group {
            var hasQuantifier = false
            var hasAlternation = false
        }
        let scalars = Array(source.unicodeScalars)
        var groups: [Group] = []
        var nested = false
        var alternation = false
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
            case "(": groups.append(Group())
            case "|":
                if !groups.isEmpty { groups[groups.count - 1].hasAlternation = true }
            case ")":
                let inner = groups.popLast() ?? Group()
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if inner.hasQuantifier && (next == "*" || next == "+" || next == "{") { nested = true }
                if inner.hasAlternation && isUnboundedRepeat(scalars, at: index + 1) { alternation = true }
                if inner.hasQuantifier, !groups.isEmpty { groups[groups.count - 1].hasQuantifier = true }
            case "*", "+", "{":
                if !groups.isEmpty { groups[groups.count - 1].hasQuantifier = true }
            default: break
            }
            index += 1
        }
        return (nested, alternation)
    }

    /// True for `*`, `+`, `{n,}` or `{n,m}` with m above 16 at `index`.
    private static func isUnboundedRepeat(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count else { return false }
        switch scalars[index] {
        case "*", "+": return true
        case "{":
            var end = index + 1
            while end < scalars.count, scalars[end] != "}" { end += 1 }
            guard end < scalars.count else { return false }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return false }
            guard let upper = Int(parts[1].trimmingCharacters(in: .whitespaces)) else { return true }
            return upper > 16
        default: return false
        }
    }
}
