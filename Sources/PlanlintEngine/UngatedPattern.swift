import PlanlintRules

/// A pattern that runs on every line of every plan: no literal is certain in its matches
/// (`RegexLiterals`), so the automaton's pass cannot tell which lines could hold one.
/// Each such pattern costs the whole text of every plan, where a gated one costs the few
/// lines that hold its literals; `planlint test` names them so that a rule author sees the
/// cost where the pattern is written, before any plan is linted.
public struct UngatedPattern: Sendable, Equatable, CustomStringConvertible {
    public var pattern: RulePattern
    /// The rules that use it, in the pack's order.
    public var ruleIDs: [String]

    public var description: String {
        "\(pattern.location): pattern runs on every line of every plan (\(ruleIDs.joined(separator: ", "))): "
            + "no word is certain in its matches; give it one that every match holds, or write the variants as terms: "
            + pattern.source
    }
}

extension CompiledPack {
    /// The pack's patterns that no literal gates, each once, where first written.
    public var ungatedPatterns: [UngatedPattern] {
        var indexBySource: [String: Int] = [:]
        for (index, regex) in regexes.enumerated() { indexBySource[regex.pattern] = index }
        var found: [Int: UngatedPattern] = [:]
        var order: [Int] = []
        for rule in pack.rules {
            for set in rule.termSets {
                for pattern in set.patterns {
                    guard let index = indexBySource[pattern.source], regexFilters[index] == nil else { continue }
                    if found[index] == nil {
                        found[index] = UngatedPattern(pattern: pattern, ruleIDs: [])
                        order.append(index)
                    }
                    if found[index]?.ruleIDs.last != rule.id { found[index]?.ruleIDs.append(rule.id) }
                }
            }
        }
        return order.compactMap { found[$0] }
    }
}
