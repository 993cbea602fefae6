import PlanlintYAML

/// A regular expression written in a rule, with the place it was written: the rule's file,
/// or the vocabulary file when the rule names a vocabulary that holds it.
public struct RulePattern: Sendable, Hashable {
    public var source: String
    public var file: String
    public var mark: YAMLMark

    public init(source: String, file: String, mark: YAMLMark) {
        self.source = source
        self.file = file
        self.mark = mark
    }

    /// `file:line:column`, as load errors name places.
    public var location: String { "\(file):\(mark.line):\(mark.column)" }
}

/// What a rule looks for: literal terms (matched by one automaton, the fast path) and
/// regular expressions (run only where needed). Vocabularies are already expanded.
public struct TermSet: Sendable, Hashable {
    public var literals: [String]
    public var patterns: [RulePattern]
    /// Vocabularies the set names, kept for documentation.
    public var vocabularies: [String]

    public init(literals: [String] = [], patterns: [RulePattern] = [], vocabularies: [String] = []) {
        self.literals = literals
        self.patterns = patterns
        self.vocabularies = vocabularies
    }

    public var isEmpty: Bool { literals.isEmpty && patterns.isEmpty }

    /// The counts and the first two literals, not every term: hashing each of a vocabulary's
    /// dozens of Chinese words (every one normalised to be hashed) was most of the cost of
    /// compiling a pack's term sets, and equal sets still hash alike.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(literals.count)
        hasher.combine(patterns.count)
        for literal in literals.prefix(2) { hasher.combine(literal) }
        if literals.isEmpty, let first = patterns.first { hasher.combine(first.source) }
    }
}
