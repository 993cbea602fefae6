import PlanlintYAML

extension RuleLoader {
    /// One vocabulary: a term or a list of terms, or a mapping of `terms` and `patterns`.
    /// Patterns let a vocabulary name a family of phrases that would otherwise be hundreds of
    /// literals (第一次职代会 … 第二十次教职工代表大会), each of which the automaton would carry
    /// as states that every plan's pass walks through.
    static func vocabulary(
        _ node: YAMLNode, name: String, file: String, compilingPatterns: Bool, reader: inout FieldReader
    ) -> TermSet {
        guard node.mapping != nil else {
            return TermSet(literals: (reader.stringList(node, field: name) ?? []).map(\.0))
        }
        var fields = FieldReader(node, file: file, context: "vocabulary '\(name)'")
        var set = TermSet()
        for (term, mark) in fields.strings("terms") ?? [] {
            if term.isEmpty { fields.fail(.emptyTermList, at: mark, "empty term in vocabulary '\(name)'") } else { set.literals.append(term) }
        }
        for (source, mark) in fields.strings("patterns") ?? [] {
            if let problem = PatternCheck.problem(in: source, compiling: compilingPatterns) {
                fields.fail(problem.kind, at: mark, problem.message)
            } else {
                set.patterns.append(RulePattern(source: source, file: file, mark: mark))
            }
        }
        fields.finish()
        reader.absorb(fields.errors)
        return set
    }
}
