import PlanlintDocument
import PlanlintRules

/// Text in the two languages planlint speaks; reporters pick one with `--lang`.
///
/// A finding's message keeps its rule's templates and placeholder values and fills them in
/// when a language is asked for: a run prints one language, and rendering both for every
/// finding was a tenth of the engine's time.
public struct LocalizedText: Sendable, Equatable, Codable {
    /// The two templates, held by one reference: a finding's message shares its rule's
    /// (`FindingRule.message`), so making, copying or freeing a finding retains or releases
    /// one object instead of two strings.
    private var templates: Templates
    /// The placeholder values of both languages, kept in the plan's store (`FindingValues`).
    private var values = FindingValues.none
    /// Whether each language's template is filled from `values` on reading; false for a
    /// text given as it is, braces and all.
    private var zhFilled = false
    private var enFilled = false

    /// A message's Chinese and English templates, made once per rule and shared.
    final class Templates: Sendable {
        let zh: String
        let en: String

        init(zh: String, en: String) {
            self.zh = zh
            self.en = en
        }
    }

    public init(zh: String, en: String) {
        templates = Templates(zh: zh, en: en)
    }

    /// Templates whose `{placeholders}` are filled from the values on reading.
    init(templates: Templates, values: FindingValues) {
        self.templates = templates
        self.values = values
        zhFilled = true
        enFilled = true
    }

    /// The same with templates of its own.
    init(zhTemplate: String, enTemplate: String, values: [MessageValue]) {
        self.init(templates: Templates(zh: zhTemplate, en: enTemplate), values: FindingValues(values))
    }

    public var zh: String {
        get { zhFilled ? FindingBuilder.render(templates.zh, values, .zh) : templates.zh }
        set {
            templates = Templates(zh: newValue, en: templates.en)
            zhFilled = false
        }
    }

    public var en: String {
        get { enFilled ? FindingBuilder.render(templates.en, values, .en) : templates.en }
        set {
            templates = Templates(zh: templates.zh, en: newValue)
            enFilled = false
        }
    }

    public func text(_ language: Language) -> String { language == .en ? en : zh }

    /// `text(language)` piece by piece, in order (stretches of the template and the values
    /// put in for its placeholders, each well-formed UTF-8), for a reporter that writes the
    /// text out without needing it whole.
    public func forEachPiece(_ language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var template = language == .en ? templates.en : templates.zh
        if language == .en ? enFilled : zhFilled, FindingBuilder.pieces(of: template, values, language, body) { return }
        template.withUTF8(body)
    }

    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.zh == rhs.zh && lhs.en == rhs.en
    }

    private enum CodingKeys: String, CodingKey {
        case zh
        case en
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(zh: try container.decode(String.self, forKey: .zh), en: try container.decode(String.self, forKey: .en))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(zh, forKey: .zh)
        try container.encode(en, forKey: .en)
    }
}

public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en
}

/// Whether a finding reports something absent, something present but only as a slogan, or
/// something wrong in the text.
public enum FindingCategory: String, Sendable, Codable, CaseIterable {
    case missing
    case weak
    case defect
}

/// A replacement that fixes a finding: the text between `start` and `end` (original file,
/// end exclusive) becomes `replacement`.
public struct Fix: Sendable, Equatable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition
    public var replacement: String

    public init(start: SourcePosition, end: SourcePosition, replacement: String) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}

/// One problem planlint reports in a plan.
public struct Finding: Sendable, Equatable {
    /// What the rule's findings share (id, theme, basis, suggestion), held once.
    public let rule: FindingRule
    public var ruleID: String { rule.id }
    public var severity: Severity
    public var category: FindingCategory
    public var theme: String { rule.theme }
    public var message: LocalizedText
    public var suggestion: LocalizedText? { rule.suggestion }
    public var basis: String { rule.basis }
    /// Where the finding starts and ends in the original file (end exclusive).
    public var start: SourcePosition
    public var end: SourcePosition
    /// Byte range in the normalised text, for highlighting and fixes.
    public var range: Range<Int>
    /// Headings of the enclosing sections, outermost first.
    public var sectionPath: [String]
    /// An excerpt of the original line around the finding, made from its bytes when asked.
    public var evidence: String {
        get { evidenceBytes.text }
        set { evidenceBytes = FindingEvidence(newValue) }
    }
    /// The excerpt's bytes, kept in its plan's store (`FindingStore`) rather than as a
    /// string of its own for every finding. A stored property, so that a reporter reading
    /// findings in place (through a pointer) reaches the bytes without copying the finding,
    /// as calling a method of it would.
    public internal(set) var evidenceBytes: FindingEvidence
    /// 1-based column (in characters) of the finding within `evidence`.
    public var evidenceColumn: Int
    /// Characters of `evidence` the finding covers, at least 1.
    public var evidenceLength: Int
    public var fix: Fix?

    /// The evidence's UTF-8 bytes, read in place: what `evidence` would make a string of.
    public func withEvidenceUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(evidenceBytes.bytes)
    }

    /// Findings are equal when everything they say is: the rule's parts compared by value.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.rule === rhs.rule
            || (lhs.ruleID == rhs.ruleID && lhs.theme == rhs.theme && lhs.basis == rhs.basis
                && lhs.suggestion == rhs.suggestion))
            && lhs.severity == rhs.severity && lhs.category == rhs.category && lhs.message == rhs.message
            && lhs.start == rhs.start && lhs.end == rhs.end && lhs.range == rhs.range
            && lhs.sectionPath == rhs.sectionPath && lhs.evidence == rhs.evidence
            && lhs.evidenceColumn == rhs.evidenceColumn && lhs.evidenceLength == rhs.evidenceLength && lhs.fix == rhs.fix
    }
}

extension Finding {
    // Declared here, outside the type, so that the type keeps its memberwise initialiser,
    // which the builder uses: with an initialiser of its own (inlined or not), each new
    // finding was built in a temporary, copied to the result (a retain of each of its
    // references) and the temporary destroyed.
    public init(
        ruleID: String, severity: Severity, category: FindingCategory, theme: String, message: LocalizedText,
        suggestion: LocalizedText?, basis: String, start: SourcePosition, end: SourcePosition, range: Range<Int>,
        sectionPath: [String], evidence: String, evidenceColumn: Int, evidenceLength: Int, fix: Fix?
    ) {
        self.init(
            rule: FindingRule(id: ruleID, theme: theme, basis: basis, suggestion: suggestion), severity: severity,
            category: category, message: message, start: start, end: end, range: range, sectionPath: sectionPath,
            evidenceBytes: FindingEvidence(evidence), evidenceColumn: evidenceColumn, evidenceLength: evidenceLength, fix: fix)
    }
}
