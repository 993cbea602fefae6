/// A loaded, validated set of rules and the vocabularies they share.
public struct RulePack: Sendable, Equatable {
    public var rules: [Rule]
    /// Each vocabulary's terms and patterns.
    public var vocabularies: [String: TermSet]

    public init(rules: [Rule], vocabularies: [String: TermSet] = [:]) {
        self.rules = rules
        self.vocabularies = vocabularies
    }

    public func rule(id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    /// Every literal term the pack looks for, deduplicated and sorted: what one pass of
    /// `grep -F` would have to find.
    public var literalTerms: [String] {
        var terms = Set<String>()
        for rule in rules {
            for set in rule.termSets { terms.formUnion(set.literals) }
            if case .substitute(let spec) = rule.kind { terms.formUnion(spec.pairs.map(\.wrong)) }
        }
        return terms.sorted()
    }

    /// Every regular expression the rules search with, once each, in the order first used.
    public var patternSources: [String] {
        var seen = Set<String>()
        var sources: [String] = []
        for rule in rules {
            for set in rule.termSets {
                for pattern in set.patterns where seen.insert(pattern.source).inserted { sources.append(pattern.source) }
            }
        }
        return sources
    }
}

extension Rule {
    /// All term sets the rule uses, in every role.
    public var termSets: [TermSet] {
        var sets: [TermSet] = []
        func add(_ set: TermSet?) { if let set { sets.append(set) } }
        func add(_ requirement: SignalRequirement?) { if let requirement { sets.append(requirement.terms) } }
        add(condition.mentions)
        add(condition.unlessTitle)
        switch kind {
        case .require(let spec):
            add(spec.match)
            add(spec.except)
            add(spec.with)
            add(spec.inSections)
            add(spec.weakUnless)
        case .coverage(let spec):
            spec.items.forEach { add($0.match) }
            add(spec.inSections)
        case .forbid(let spec):
            add(spec.match)
            add(spec.except)
        case .substitute(let spec):
            add(spec.except)
        case .section(let spec):
            add(spec.heading)
            add(spec.weakUnless)
        case .document(let spec):
            add(spec.summaryTerms)
            add(spec.planTerms)
            add(spec.summaryTitles)
            add(spec.subjectTerms)
            add(spec.reviewHeadings)
        case .title(let spec):
            add(spec.typeTerms)
            add(spec.unitTerms)
            // Only the title's few words are asked for generic units: their literals are
            // matched there directly (`TitleCheck`), and only their patterns need compiling.
            // Searched for in every plan, the one-character ones (区, 市, 我) were matches
            // recorded all over its text.
            add(spec.genericUnitPatterns)
        case .sequence, .duplicate, .pinyin, .splitSpaces:
            break
        }
        return sets
    }
}
