import Foundation
import PlanlintDocument
import PlanlintRules

/// One `<!-- planlint-… -->` comment found in a plan.
public struct SuppressionDirective: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case disable = "planlint-disable"
        case enable = "planlint-enable"
        case disableNextLine = "planlint-disable-next-line"
    }

    public var kind: Kind
    /// The rule ids named; empty means every rule.
    public var ruleIDs: [String]
    /// 1-based line of the comment.
    public var line: Int
    /// 1-based column (Unicode scalars) of `<!--`.
    public var column: Int
    /// Columns (Unicode scalars, 1-based) of each rule id in `ruleIDs`, same order.
    public var idColumns: [Int]

    public init(kind: Kind, ruleIDs: [String], line: Int, column: Int, idColumns: [Int]) {
        self.kind = kind
        self.ruleIDs = ruleIDs
        self.line = line
        self.column = column
        self.idColumns = idColumns
    }
}

/// Suppression comments of a .md or .txt plan, read from the original lines (Markdown
/// comments are blanked in the normalised text):
///
/// - `<!-- planlint-disable [id, id] -->` … `<!-- planlint-enable [id] -->`: findings on the
///   lines from the disabling comment up to the enabling one are dropped;
/// - `<!-- planlint-disable-next-line [id] -->`: findings starting on the next line are dropped;
/// - no id means every rule. A text after ` -- ` is a free comment (the reason).
///
/// Findings of category `missing` concern the whole plan; they are also dropped when their
/// rule is disabled and never enabled again before the end of the file.
public struct Suppressions: Sendable {
    /// Rule id of the finding reported for a suppression naming a rule the pack lacks.
    public static let unknownRuleID = "planlint.unknown-suppression"

    public private(set) var directives: [SuppressionDirective]

    /// - Parameter markdown: skip fenced code blocks, where a comment is an example, not a directive.
    /// A cheap byte test before the real parse: most lines hold no `<!--` at all, and
    /// memchr skips to each `<` (a Chinese line rarely has one).
    static func mayHoldDirective(_ line: String) -> Bool {
        var line = line
        let opens = line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var from = 0
            while from < bytes.count - 1, let hit = memchr(base + from, 0x3C, bytes.count - 1 - from) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if bytes[at + 1] == UInt8(ascii: "!") { return true }
                from = at + 1
            }
            return false
        }
        return opens && UTF8Search.contains(line, "planlint-")
    }

    /// Whether a text may hold any directive: each names `planlint-`, which few plans contain,
    /// so most are passed over without cutting them into lines.
    public static func mayHoldDirectives(_ lines: TextLines) -> Bool {
        lines.contains(directiveWord)
    }

    private static let directiveWord = Array("planlint-".utf8)

    public init(lines: [String], markdown: Bool = false) {
        var directives: [SuppressionDirective] = []
        var fence: (mark: Character, count: Int)?
        for (index, line) in lines.enumerated() {
            if markdown, let opening = Self.fence(line) {
                if let open = fence {
                    if opening.mark == open.mark, opening.count >= open.count, opening.bare { fence = nil }
                } else {
                    fence = (opening.mark, opening.count)
                }
                continue
            }
            if fence != nil || !Self.mayHoldDirective(line) { continue }
            directives += Self.parse(line: line, number: index + 1)
        }
        self.directives = directives
    }

    /// A Markdown code fence (up to three spaces, then three or more ` or ~): its mark,
    /// length, and whether nothing follows it (only such a fence closes a block).
    private static func fence(_ line: String) -> (mark: Character, count: Int, bare: Bool)? {
        // Most lines start with neither a fence mark nor three spaces and one: decide that on
        // the first bytes instead of counting the characters of every line.
        guard let lead = line.utf8.first(where: { $0 != UInt8(ascii: " ") }), lead == UInt8(ascii: "`") || lead == UInt8(ascii: "~") else {
            return nil
        }
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let mark = trimmed.first, mark == "`" || mark == "~" else { return nil }
        let count = trimmed.prefix { $0 == mark }.count
        guard count >= 3 else { return nil }
        return (mark, count, trimmed.dropFirst(count).allSatisfy { $0 == " " || $0 == "\t" })
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// The findings left once the comments have been honoured.
    public func filter(_ findings: [Finding]) -> [Finding] {
        guard !directives.isEmpty else { return findings }
        let endState = state(atLine: Int.max)
        return findings.filter { finding in
            if isSuppressed(finding.ruleID, atLine: finding.start.line) { return false }
            if finding.category == .missing, endState.suppresses(finding.ruleID) { return false }
            return true
        }
    }

    /// Whether findings of `ruleID` that start on `line` are suppressed.
    public func isSuppressed(_ ruleID: String, atLine line: Int) -> Bool {
        if state(atLine: line).suppresses(ruleID) { return true }
        return directives.contains { directive in
            directive.kind == .disableNextLine && directive.line + 1 == line
                && (directive.ruleIDs.isEmpty || directive.ruleIDs.contains(ruleID))
        }
    }

    /// Findings for ids the pack does not know, at the id's position.
    public func unknownRuleFindings(known: Set<String>, lines: LineTable) -> [Finding] {
        var findings: [Finding] = []
        for directive in directives {
            for (id, column) in zip(directive.ruleIDs, directive.idColumns)
            where !known.contains(id) && id != Self.unknownRuleID {
                let start = SourcePosition(line: directive.line, column: column)
                let end = SourcePosition(line: directive.line, column: column + id.unicodeScalars.count)
                let original = Array(lines.originalText(ofLine: directive.line).unicodeScalars)
                let guess = SpellingSuggestion.closest(to: id, in: known)
                let hint: (zh: String, en: String) = guess.map { (zh: "（是否指 \($0)？）", en: " (did you mean \($0)?)") } ?? (zh: "", en: "")
                let lineRange = directive.line <= lines.count ? lines.byteRange(ofLine: directive.line) : 0..<0
                findings.append(
                    Finding(
                        ruleID: Self.unknownRuleID, severity: .warning, category: .defect, theme: "planlint",
                        message: LocalizedText(
                            zh: "抑制注释中的规则 \(id) 不存在\(hint.zh)", en: "suppression comment names unknown rule \(id)\(hint.en)"),
                        suggestion: nil, basis: "planlint", start: start, end: end, range: lineRange, sectionPath: [],
                        evidence: String(String.UnicodeScalarView(original)), evidenceColumn: column,
                        evidenceLength: max(1, id.unicodeScalars.count), fix: nil))
            }
        }
        return findings
    }

    /// Which rules the disable/enable comments on lines up to and including `line` leave off.
    private func state(atLine line: Int) -> State {
        var state = State()
        for directive in directives where directive.line <= line {
            switch directive.kind {
            case .disable:
                if directive.ruleIDs.isEmpty {
                    state.all = true
                    state.enabled = []
                } else {
                    state.rules.formUnion(directive.ruleIDs)
                    state.enabled.subtract(directive.ruleIDs)
                }
            case .enable:
                if directive.ruleIDs.isEmpty {
                    state = State()
                } else {
                    state.rules.subtract(directive.ruleIDs)
                    if state.all { state.enabled.formUnion(directive.ruleIDs) }
                }
            case .disableNextLine:
                break
            }
        }
        return state
    }

    private struct State {
        var all = false
        var rules: Set<String> = []
        /// Rules enabled again after a disable of all rules.
        var enabled: Set<String> = []

        func suppresses(_ id: String) -> Bool {
            (all && !enabled.contains(id)) || rules.contains(id)
        }
    }

    /// The directives in one line; a line may hold several comments.
    static func parse(line: String, number: Int) -> [SuppressionDirective] {
        let scalars = Array(line.unicodeScalars)
        var result: [SuppressionDirective] = []
        var index = 0
        while let open = find("<!--", in: scalars, from: index) {
            guard let close = find("-->", in: scalars, from: open + 4) else { break }
            index = close + 3
            var bodyStart = open + 4
            while bodyStart < close, isSpace(scalars[bodyStart]) { bodyStart += 1 }
            var keywordEnd = bodyStart
            while keywordEnd < close, !isSpace(scalars[keywordEnd]) { keywordEnd += 1 }
            let keyword = String(String.UnicodeScalarView(scalars[bodyStart..<keywordEnd]))
            guard let kind = SuppressionDirective.Kind(rawValue: keyword) else { continue }
            // The ids end where a ` -- reason` begins.
            var idsEnd = close
            if let reason = find(" --", in: scalars, from: keywordEnd), reason < close { idsEnd = reason }
            var ids: [String] = []
            var columns: [Int] = []
            var position = keywordEnd
            while position < idsEnd {
                while position < idsEnd, isSpace(scalars[position]) || scalars[position] == "," || scalars[position] == "，" {
                    position += 1
                }
                let start = position
                while position < idsEnd, !isSpace(scalars[position]), scalars[position] != ",", scalars[position] != "，" {
                    position += 1
                }
                if position > start {
                    ids.append(String(String.UnicodeScalarView(scalars[start..<position])))
                    columns.append(start + 1)
                }
            }
            result.append(SuppressionDirective(kind: kind, ruleIDs: ids, line: number, column: open + 1, idColumns: columns))
        }
        return result
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}"
    }

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard pattern.count <= scalars.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == pattern[0], Array(scalars[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }
}

extension Linter {
    /// Drops the findings suppressed by comments in a .txt or .md plan and adds one finding
    /// per unknown rule id those comments name (unless that check is itself disabled).
    /// The findings left by the document's suppression comments, with findings for comments
    /// that name unknown rules; nil when the document has no such comments.
    func applySuppressions(_ findings: [Finding], in document: PlanDocument, options: LintOptions) -> [Finding]? {
        guard document.format != .docx, Suppressions.mayHoldDirectives(document.lines.original) else { return nil }
        let suppressions = Suppressions(lines: document.lines.originalLines, markdown: document.format == .markdown)
        guard !suppressions.isEmpty else { return nil }
        var result = suppressions.filter(findings)
        let id = Suppressions.unknownRuleID
        if !options.disabledRules.contains(id), options.onlyRules?.contains(id) ?? true {
            var unknown = suppressions.unknownRuleFindings(known: Set(pack.pack.rules.map(\.id)), lines: document.lines)
            if let severity = options.severityOverrides[id] {
                for index in unknown.indices { unknown[index].severity = severity }
            }
            result += unknown
        }
        return result
    }
}
