import PlanlintDocument
import PlanlintRules

/// Text in the two languages planlint speaks; reporters pick one with `--lang`.
public struct LocalizedText: Sendable, Equatable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .en ? en : zh }
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
    public var ruleID: String
    public var severity: Severity
    public var category: FindingCategory
    public var theme: String
    public var message: LocalizedText
    public var suggestion: LocalizedText?
    public var basis: String
    /// Where the finding starts and ends in the original file (end exclusive).
    public var start: SourcePosition
    public var end: SourcePosition
    /// Byte range in the normalised text, for highlighting and fixes.
    public var range: Range<Int>
    /// Headings of the enclosing sections, outermost first.
    public var sectionPath: [String]
    /// An excerpt of the original line around the finding.
    public var evidence: String
    /// 1-based column (in characters) of the finding within `evidence`.
    public var evidenceColumn: Int
    /// Characters of `evidence` the finding covers, at least 1.
    public var evidenceLength: Int
    public var fix: Fix?

    public init(
        ruleID: String, severity: Severity, category: FindingCategory, theme: String, message: LocalizedText,
        suggestion: LocalizedText?, basis: String, start: SourcePosition, end: SourcePosition, range: Range<Int>,
        sectionPath: [String], evidence: String, evidenceColumn: Int, evidenceLength: Int, fix: Fix?
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.category = category
        self.theme = theme
        self.message = message
        self.suggestion = suggestion
        self.basis = basis
        self.start = start
        self.end = end
        self.range = range
        self.sectionPath = sectionPath
        self.evidence = evidence
        self.evidenceColumn = evidenceColumn
        self.evidenceLength = evidenceLength
        self.fix = fix
    }
}
