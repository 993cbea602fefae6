import PlanlintYAML

/// Reads the fields that belong to one rule kind.
struct RuleKindDecoder {
    static let fields: [String: [String]] = [
        "require": ["match", "except", "with", "with_scope", "with_in_schedule", "in_sections", "weak_unless", "weak_scope", "weak_heading_scope"],
        "coverage": ["items", "min", "in_sections"],
        "forbid": ["match", "except", "only_other_years"],
        "substitute": ["replace", "except"],
        "section": ["heading", "min_chars", "weak_unless", "accept_schedule"],
        "sequence": ["styles"],
        "duplicate": ["min_chars"],
        "document": [
            "expect", "summary_terms", "plan_terms", "min_summary_terms", "summary_titles", "max_parts", "subject_terms", "review_headings",
            "ignore_plan_terms_in_summary_clauses", "flag_kind", "unfinished_end",
        ],
        "title": ["type_terms", "unit_terms", "generic_units", "require_year"],
        "pinyin": [],
        "split-spaces": [],
    ]
    static let allKindFields: Set<String> = Set(fields.values.joined())
    /// Per kind, the other kinds' fields in order, made once: every rule of every load
    /// asked for them (a set of all fields, less its own, sorted).
    private static let foreignFields: [String: [String]] = fields.mapValues { allKindFields.subtracting($0).sorted() }
    private static let allKindFieldsSorted = allKindFields.sorted()

    var decoder: RuleDecoder
    var reader: FieldReader
    private(set) var errors: [RuleLoadError] = []
    /// Errors the decoder held before this kind was read; only later ones are ours.
    private let inheritedErrorCount: Int

    init(decoder: RuleDecoder, reader: FieldReader) {
        self.decoder = decoder
        self.reader = reader
        self.inheritedErrorCount = decoder.errors.count
    }

    mutating func decode(_ kind: String, at mark: YAMLMark) -> RuleKind? {
        // Fields of other kinds are reported as misplaced rather than unknown.
        for field in Self.foreignFields[kind] ?? Self.allKindFieldsSorted where reader.has(field) {
            let node = reader.node(field)
            reader.fail(.unknownField, at: node?.mark ?? mark, "field '\(field)' does not belong to kind '\(kind)'")
        }
        defer { errors += decoder.errors.dropFirst(inheritedErrorCount) }
        switch kind {
        case "require": return require(at: mark)
        case "coverage": return coverage(at: mark)
        case "forbid": return forbid(at: mark)
        case "substitute": return substitute(at: mark)
        case "section": return section(at: mark)
        case "sequence": return sequence()
        case "duplicate": return .duplicate(DuplicateSpec(minChars: reader.int("min_chars", minimum: 1) ?? 30))
        case "document": return document(at: mark)
        case "title": return title(at: mark)
        case "pinyin": return .pinyin
        case "split-spaces": return .splitSpaces
        default: return nil
        }
    }

    private mutating func required(_ field: String, at mark: YAMLMark) -> TermSet? {
        guard let node = reader.node(field) else {
            reader.fail(.missingField, at: mark, "kind needs '\(field)'")
            return nil
        }
        return decoder.termSet(node, field: field)
    }

    private mutating func optional(_ field: String) -> TermSet? {
        reader.node(field).flatMap { decoder.termSet($0, field: field) }
    }

    private mutating func forbid(at mark: YAMLMark) -> RuleKind? {
        let match = required("match", at: mark)
        let except = optional("except")
        let onlyOtherYears = reader.bool("only_other_years") ?? false
        return match.map { .forbid(ForbidSpec(match: $0, except: except, onlyOtherYears: onlyOtherYears)) }
    }

    private mutating func document(at mark: YAMLMark) -> RuleKind? {
        let expect = reader.choice("expect", ["plan": DocumentKind.plan, "summary": DocumentKind.summary])
        let spec = DocumentSpec(
            expect: expect, summaryTerms: optional("summary_terms"), planTerms: optional("plan_terms"),
            minSummaryTerms: reader.int("min_summary_terms", minimum: 1) ?? 3, summaryTitles: optional("summary_titles"),
            maxParts: reader.int("max_parts", minimum: 1), subjectTerms: optional("subject_terms"),
            reviewHeadings: optional("review_headings"),
            ignorePlanTermsInSummaryClauses: reader.bool("ignore_plan_terms_in_summary_clauses") ?? false,
            flagKind: reader.choice("flag_kind", ["plan": DocumentKind.plan, "summary": .summary, "scheme": .scheme]),
            unfinishedEnd: reader.bool("unfinished_end") ?? false)
        // A value given but refused has its own error already.
        if spec.expect == nil && spec.maxParts == nil && spec.subjectTerms == nil && spec.flagKind == nil && !spec.unfinishedEnd
            && reader.node("flag_kind") == nil
        {
            reader.fail(.missingField, at: mark, "kind 'document' needs 'expect', 'max_parts', 'subject_terms', 'flag_kind' or 'unfinished_end'")
            return nil
        }
        // Both only change how the body's summary words are weighed: without them they would
        // be set and do nothing, which a rule's author should hear about.
        for key in ["review_headings", "ignore_plan_terms_in_summary_clauses"] where spec.summaryTerms == nil {
            if let value = reader.node(key) {
                reader.fail(.missingField, at: value.mark, "'\(key)' weighs the body's 'summary_terms'; add 'summary_terms'")
                return nil
            }
        }
        return .document(spec)
    }

    private mutating func title(at mark: YAMLMark) -> RuleKind? {
        let typeTerms = required("type_terms", at: mark)
        let unitTerms = optional("unit_terms")
        let genericUnits = optional("generic_units")
        let requireYear = reader.bool("require_year") ?? true
        return typeTerms.map { .title(TitleSpec(typeTerms: $0, unitTerms: unitTerms, genericUnits: genericUnits, requireYear: requireYear)) }
    }

    private mutating func require(at mark: YAMLMark) -> RuleKind? {
        let match = required("match", at: mark)
        let except = optional("except")
        let with = optional("with")
        let withScope = reader.choice("with_scope", RuleDecoder.scopes) ?? .sentence
        let withInSchedule = reader.bool("with_in_schedule") ?? false
        let inSections = optional("in_sections")
        let weakUnless = decoder.signals(&reader)
        let weakScope = reader.choice("weak_scope", RuleDecoder.scopes) ?? .paragraph
        let weakHeadingScope = reader.choice("weak_heading_scope", RuleDecoder.headingScopes) ?? .body
        guard let match else { return nil }
        return .require(
            RequireSpec(
                match: match, except: except, with: with, withScope: withScope, withInSchedule: withInSchedule, inSections: inSections, weakUnless: weakUnless,
                weakScope: weakScope, weakHeadingScope: weakHeadingScope))
    }

    private mutating func coverage(at mark: YAMLMark) -> RuleKind? {
        guard let node = reader.node("items") else {
            reader.fail(.missingField, at: mark, "kind 'coverage' needs 'items'")
            return nil
        }
        guard let list = node.sequence, !list.isEmpty else {
            reader.fail(.wrongType, at: node.mark, "'items' must be a non-empty list")
            return nil
        }
        var items: [CoverageItem] = []
        for itemNode in list {
            var item = FieldReader(itemNode, file: decoder.file, context: "a coverage item")
            let name = item.string("name", required: true)
            let nameEn = item.string("name_en")
            let appliesTo = decoder.profiles(&item, "applies_to")
            let yearFrom = item.int("year_from", minimum: 1900)
            // An item with no terms of its own is found by its name.
            let hasTerms = ["terms", "vocabulary", "vocabularies", "patterns"].contains(where: item.has)
            let set = hasTerms ? decoder.inlineTermSet(&item, field: name ?? "item") : name.map { TermSet(literals: [$0]) }
            item.finish()
            reader.absorb(item.errors)
            if let name, let set { items.append(CoverageItem(name: name, nameEn: nameEn, match: set, appliesTo: appliesTo, yearFrom: yearFrom)) }
        }
        let min = reader.int("min", minimum: 1)
        if let min, min > list.count, let minNode = reader.node("min") {
            reader.fail(.invalidValue, at: minNode.mark, "'min' is \(min) but there are only \(list.count) items")
        }
        let inSections = optional("in_sections")
        return .coverage(CoverageSpec(items: items, min: min, inSections: inSections))
    }

    private mutating func substitute(at mark: YAMLMark) -> RuleKind? {
        guard let node = reader.node("replace") else {
            reader.fail(.missingField, at: mark, "kind 'substitute' needs 'replace' (wrong: right pairs)")
            return nil
        }
        guard let pairs = node.mapping, !pairs.isEmpty else {
            reader.fail(.wrongType, at: node.mark, "'replace' must be a mapping of wrong: right pairs")
            return nil
        }
        var result: [Substitution] = []
        for pair in pairs {
            guard let wrong = pair.key.scalar, !wrong.isEmpty, let right = pair.value.scalar else {
                reader.fail(.wrongType, at: pair.key.mark, "each 'replace' entry must be wrong: right text")
                continue
            }
            if wrong == right {
                reader.fail(.invalidValue, at: pair.key.mark, "'\(wrong)' is replaced by itself")
                continue
            }
            // 职工: 广大职工 would flag its own fix again on the next run, for ever, unless the
            // replacement is excepted. Compared as bytes, as the automaton finds words.
            if Self.holds(right, wrong), !reader.has("except") {
                reader.fail(
                    .invalidValue, at: pair.key.mark,
                    "'\(wrong)' is replaced by '\(right)', which holds it: every fix would be flagged again (add '\(right)' to 'except')")
                continue
            }
            result.append(Substitution(wrong: wrong, right: right))
        }
        return .substitute(SubstituteSpec(pairs: result, except: optional("except")))
    }

    private mutating func section(at mark: YAMLMark) -> RuleKind? {
        let heading = required("heading", at: mark)
        let minChars = reader.int("min_chars", minimum: 1)
        let weakUnless = decoder.signals(&reader)
        let acceptSchedule = reader.bool("accept_schedule") ?? false
        guard let heading else { return nil }
        return .section(SectionSpec(heading: heading, minChars: minChars, weakUnless: weakUnless, acceptSchedule: acceptSchedule))
    }

    private mutating func sequence() -> RuleKind? {
        guard let entries = reader.strings("styles") else { return .sequence(SequenceSpec()) }
        var styles: [String] = []
        for (name, mark) in entries {
            if SequenceSpec.styleNames.contains(name) {
                styles.append(name)
            } else {
                reader.fail(
                    .invalidValue, at: mark,
                    "unknown numbering style '\(name)'; styles are: " + SequenceSpec.styleNames.joined(separator: ", "))
            }
        }
        return .sequence(SequenceSpec(styles: styles))
    }

    /// Whether `text` holds `part`, byte for byte. (Foundation's `contains` goes through
    /// NSString, and the standard library's `firstRange(of:)` looks its searcher's generic
    /// type up on every call: each was a tenth of decoding the pack.)
    static func holds(_ text: String, _ part: String) -> Bool {
        let text = Array(text.utf8)
        let part = Array(part.utf8)
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
