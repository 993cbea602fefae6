import Foundation
import PlanlintYAML

/// Turns one rule's YAML mapping into a `Rule`, collecting every problem with its position.
struct RuleDecoder {
    static let commonFields = [
        "id", "title", "title_en", "kind", "severity", "weak_severity", "message", "message_en", "weak_message",
        "weak_message_en", "suggestion", "suggestion_en", "basis", "applies_to", "when", "theme", "examples",
    ]
    static let severities = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, $0) })
    static let scopes = Dictionary(uniqueKeysWithValues: MatchScope.allCases.map { ($0.rawValue, $0) })
    static let headingScopes = Dictionary(uniqueKeysWithValues: HeadingScope.allCases.map { ($0.rawValue, $0) })

    let file: String
    let vocabularies: [String: TermSet]
    let defaultTheme: String?
    /// Whether patterns are compiled to check them (see `RuleSource.patternsVerified`).
    var compilesPatterns = true
    private(set) var errors: [RuleLoadError] = []

    init(file: String, vocabularies: [String: TermSet], defaultTheme: String?) {
        self.file = file
        self.vocabularies = vocabularies
        self.defaultTheme = defaultTheme
    }

    /// The rule id grammar, as docs/planlint-rules.schema.json states it.
    static let idGrammar = "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$"

    /// Whether `id` matches `idGrammar`, checked by hand because compiling that regex cost
    /// more than decoding a rule file.
    static func isValidID(_ id: String) -> Bool {
        let words = id.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard words.count >= 2, let first = words[0].first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else {
            return false
        }
        return words.allSatisfy { word in
            guard let lead = word.first, lead != UInt8(ascii: "-") else { return false }
            return word.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-")
            }
        }
    }

    mutating func decode(_ node: YAMLNode) -> Rule? {
        var reader = FieldReader(node, file: file, context: "a rule")
        guard node.mapping != nil else {
            errors += reader.errors
            return nil
        }
        let id = reader.string("id", required: true)
        if let id, let idNode = node["id"], !Self.isValidID(id) {
            reader.fail(
                .invalidValue, at: idNode.mark,
                "rule id '\(id)' must be dotted lowercase words, like 'congress.annual'")
        }
        let context = id.map { "rule '\($0)'" } ?? "a rule"
        reader.context = context
        let title = reader.string("title", required: true)
        let titleEn = reader.string("title_en")
        let severity = reader.choice("severity", Self.severities)
        if !reader.has("severity") { reader.fail(.missingField, at: node.mark, "\(context) has no 'severity'") }
        let weakSeverity = reader.choice("weak_severity", Self.severities)
        let message = reader.string("message", required: true)
        let messageEn = reader.string("message_en", required: true)
        let weakMessage = reader.string("weak_message")
        let weakMessageEn = reader.string("weak_message_en")
        let suggestion = reader.string("suggestion")
        let suggestionEn = reader.string("suggestion_en")
        let basis = reader.string("basis", required: true)
        let appliesTo = profiles(&reader, "applies_to")
        let condition = self.condition(&reader)
        let theme = reader.string("theme") ?? defaultTheme ?? id?.split(separator: ".").first.map(String.init) ?? "general"
        let examples = self.examples(&reader)

        var kind: RuleKind?
        if let kindNode = reader.node("kind") {
            if let name = kindNode.scalar, RuleKind.names.contains(name) {
                var kindDecoder = RuleKindDecoder(decoder: self, reader: reader)
                kind = kindDecoder.decode(name, at: kindNode.mark)
                reader = kindDecoder.reader
                errors += kindDecoder.errors
            } else {
                let name = kindNode.scalar ?? kindNode.kindName
                var text = "unknown kind '\(name)'"
                if let guess = SpellingSuggestion.closest(to: name, in: RuleKind.names) { text += " (did you mean '\(guess)'?)" }
                reader.fail(.unknownKind, at: kindNode.mark, text + "; kinds are: " + RuleKind.names.joined(separator: ", "))
                for field in RuleKindDecoder.allKindFields { _ = reader.node(field) }
            }
        } else {
            reader.fail(.missingField, at: node.mark, "\(context) has no 'kind'")
            for field in RuleKindDecoder.allKindFields { _ = reader.node(field) }
        }
        reader.finish()
        errors += reader.errors

        guard let id, let title, let severity, let message, let messageEn, let basis, let kind, reader.errors.isEmpty
        else { return nil }
        return Rule(
            id: id, title: title, titleEn: titleEn, severity: severity, weakSeverity: weakSeverity, message: message,
            messageEn: messageEn, weakMessage: weakMessage, weakMessageEn: weakMessageEn, suggestion: suggestion,
            suggestionEn: suggestionEn, basis: basis, appliesTo: appliesTo, condition: condition, theme: theme,
            kind: kind, examples: examples, location: RuleLocation(file: file, mark: node.mark))
    }

    func profiles(_ reader: inout FieldReader, _ key: String) -> Set<OrganisationProfile>? {
        guard let entries = reader.strings(key) else { return nil }
        var result = Set<OrganisationProfile>()
        for (name, mark) in entries {
            if name == "all" { return nil }
            if let profile = OrganisationProfile(rawValue: name) {
                result.insert(profile)
            } else {
                let names = OrganisationProfile.allCases.map(\.rawValue).joined(separator: ", ")
                reader.fail(.invalidValue, at: mark, "unknown profile '\(name)'; profiles are: \(names), all")
            }
        }
        return result
    }

    private mutating func condition(_ reader: inout FieldReader) -> RuleCondition {
        guard let node = reader.node("when") else { return RuleCondition() }
        var when = FieldReader(node, file: file, context: "'when'")
        var condition = RuleCondition(
            yearFrom: when.int("year_from", minimum: 1900), yearUntil: when.int("year_until", minimum: 1900),
            appliesToUnknownYear: when.choice("unknown_year", ["apply": true, "skip": false]) ?? false)
        if let kinds = when.strings("documents") {
            var set = Set<DocumentKind>()
            for (name, mark) in kinds {
                if let kind = DocumentKind(rawValue: name) {
                    set.insert(kind)
                } else {
                    when.fail(.invalidValue, at: mark, "unknown document kind '\(name)'; kinds are: plan, summary, scheme, unknown")
                }
            }
            condition.documentKinds = set
        }
        // The term sets' errors join the rule's, so that a rule with a misspelt vocabulary
        // here is refused like one with it in `match`.
        if let node = when.node("mentions") {
            let known = errors.count
            condition.mentions = termSet(node, field: "mentions")
            when.absorb(Array(errors[known...]))
            errors.removeSubrange(known...)
        }
        if let node = when.node("unless_title") {
            let known = errors.count
            condition.unlessTitle = termSet(node, field: "unless_title")
            when.absorb(Array(errors[known...]))
            errors.removeSubrange(known...)
        }
        when.finish()
        reader.absorb(when.errors)
        return condition
    }

    private func examples(_ reader: inout FieldReader) -> RuleExamples {
        guard let node = reader.node("examples") else { return RuleExamples() }
        var fields = FieldReader(node, file: file, context: "'examples'")
        var result = RuleExamples()
        for key in ["pass", "fail"] {
            guard let list = fields.node(key) else { continue }
            guard let items = list.sequence else {
                fields.fail(.wrongType, at: list.mark, "'\(key)' must be a list of examples")
                continue
            }
            for item in items {
                if let text = item.scalar {
                    let example = RuleExample(text: text, mark: item.mark)
                    if key == "pass" { result.pass.append(example) } else { result.fail.append(example) }
                    continue
                }
                var entry = FieldReader(item, file: file, context: "an example")
                let text = entry.string("text", required: true)
                let profile = entry.string("profile").flatMap { name -> OrganisationProfile? in
                    if let profile = OrganisationProfile(rawValue: name) { return profile }
                    entry.fail(.invalidValue, at: item["profile"]!.mark, "unknown profile '\(name)'")
                    return nil
                }
                let year = entry.int("year")
                entry.finish()
                fields.absorb(entry.errors)
                guard let text else { continue }
                let example = RuleExample(text: text, profile: profile, year: year, mark: item.mark)
                if key == "pass" { result.pass.append(example) } else { result.fail.append(example) }
            }
        }
        fields.finish()
        reader.absorb(fields.errors)
        return result
    }

    /// A term set: a list of literals, one literal, or a mapping of `terms`, `vocabulary`
    /// and `patterns`.
    mutating func termSet(_ node: YAMLNode, field: String) -> TermSet? {
        if node.scalar != nil || node.sequence != nil {
            var reader = FieldReader(YAMLNode(.mapping([]), mark: node.mark), file: file, context: field)
            let entries = reader.stringList(node, field: field) ?? []
            for (term, mark) in entries where term.isEmpty {
                reader.fail(.emptyTermList, at: mark, "empty term in '\(field)'")
            }
            let literals = entries.filter { !$0.0.isEmpty }
            errors += reader.errors
            return checkedNonEmpty(TermSet(literals: literals.map(\.0)), field: field, at: node.mark)
        }
        var reader = FieldReader(node, file: file, context: "'\(field)'")
        let set = inlineTermSet(&reader, field: field)
        reader.finish()
        errors += reader.errors
        return set
    }

    /// Reads `terms`, `vocabulary`/`vocabularies` and `patterns` from a mapping that may hold
    /// other fields too (coverage items do).
    mutating func inlineTermSet(_ reader: inout FieldReader, field: String) -> TermSet? {
        var set = TermSet()
        for (term, mark) in reader.strings("terms") ?? [] {
            if term.isEmpty { reader.fail(.emptyTermList, at: mark, "empty term in '\(field)'") } else { set.literals.append(term) }
        }
        for key in ["vocabulary", "vocabularies"] {
            for (name, mark) in reader.strings(key) ?? [] {
                if let vocabulary = vocabularies[name] {
                    set.literals += vocabulary.literals
                    set.patterns += vocabulary.patterns
                    set.vocabularies.append(name)
                } else {
                    var text = "unknown vocabulary '\(name)'"
                    if let guess = SpellingSuggestion.closest(to: name, in: vocabularies.keys) { text += " (did you mean '\(guess)'?)" }
                    reader.fail(.unknownVocabulary, at: mark, text)
                }
            }
        }
        for (source, mark) in reader.strings("patterns") ?? [] {
            if let problem = PatternCheck.problem(in: source, compiling: compilesPatterns) {
                reader.fail(problem.kind, at: mark, problem.message)
            } else {
                set.patterns.append(RulePattern(source: source, file: file, mark: mark))
            }
        }
        return checkedNonEmpty(set, field: field, at: reader.node.mark, reader: &reader)
    }

    private mutating func checkedNonEmpty(_ set: TermSet, field: String, at mark: YAMLMark) -> TermSet? {
        if set.isEmpty {
            errors.append(RuleLoadError(.emptyTermList, file: file, mark: mark, "'\(field)' has no terms or patterns"))
            return nil
        }
        return set
    }

    private func checkedNonEmpty(_ set: TermSet, field: String, at mark: YAMLMark, reader: inout FieldReader) -> TermSet? {
        if set.isEmpty && reader.errors.isEmpty {
            reader.fail(.emptyTermList, at: mark, "'\(field)' has no terms, vocabulary or patterns")
            return nil
        }
        return set.isEmpty ? nil : set
    }

    /// `weak_unless`: built-in signals and vocabulary names.
    mutating func signals(_ reader: inout FieldReader) -> SignalRequirement? {
        guard let entries = reader.strings("weak_unless") else { return nil }
        var requirement = SignalRequirement(signals: [], terms: TermSet(), names: [])
        for (name, mark) in entries {
            if let signal = Signal(rawValue: name) {
                requirement.signals.append(signal)
            } else if let vocabulary = vocabularies[name] {
                requirement.terms.literals += vocabulary.literals
                requirement.terms.patterns += vocabulary.patterns
                requirement.terms.vocabularies.append(name)
            } else {
                let signals = Signal.allCases.map(\.rawValue).joined(separator: ", ")
                reader.fail(
                    .unknownVocabulary, at: mark,
                    "'\(name)' is neither a signal (\(signals)) nor a vocabulary")
                continue
            }
            requirement.names.append(name)
        }
        return requirement.names.isEmpty ? nil : requirement
    }
}
