import Foundation
import PlanlintDocument
import PlanlintRules

/// Builds findings for one rule: fills the message placeholders, finds the position, the
/// section path and an evidence excerpt in the original text.
struct FindingBuilder {
    let rule: Rule
    let context: LintContext
    /// The rule's shared part of every finding.
    private let shared: FindingRule

    init(rule: Rule, context: LintContext) {
        self.rule = rule
        self.context = context
        shared = context.pack.findingRule(for: rule)
    }

    /// The rule's message templates for a finding (`FindingRule.message`), read when a
    /// finding is made: a builder is made for every rule a plan meets, most of which find
    /// nothing.
    private func templates(weak: Bool) -> LocalizedText.Templates {
        if let shared = weak ? shared.weakMessage : shared.message { return shared }
        return weak
            ? LocalizedText.Templates(zh: rule.weakMessage ?? rule.message, en: rule.weakMessageEn ?? rule.messageEn)
            : LocalizedText.Templates(zh: rule.message, en: rule.messageEn)
    }

    /// Placeholder values, in Chinese and English.
    /// Values are a list, not dictionaries: a finding has one to three, and hashing them into
    /// two dictionaries per finding was a fortieth of a run.
    struct Values {
        /// The values as given: a list, or the texts of the two kinds of finding made most
        /// (a forbidden term quoted, a wrong word and its replacement), which are written
        /// into the finding's record without a list made first.
        fileprivate enum Storage {
            case list([MessageValue])
            case quote(String)
            case replacement(wrong: String, right: String)
        }

        fileprivate var storage = Storage.list([])

        init(_ pairs: KeyValuePairs<String, (zh: String, en: String)> = [:]) {
            // Reserved and appended to: `Array(unsafeUninitializedCapacity:)` goes through an
            // unspecialised part of the standard library that looks the storage's type up at
            // run time (about 800 instructions an array), dearer than the appends. Nothing is
            // reserved for no values: the empty array's storage is shared by every thread.
            guard !pairs.isEmpty else { return }
            var entries: [MessageValue] = []
            entries.reserveCapacity(pairs.count)
            for (key, value) in pairs { entries.append(MessageValue(key, zh: value.zh, en: value.en)) }
            storage = .list(entries)
        }

        /// `{match}`, the same in both languages: a forbid finding's one value.
        init(match text: String) {
            storage = .quote(text)
        }

        /// `{match}` and `{wrong}` (the text found) and `{right}` (its replacement), the same
        /// in both languages: a substitute finding's values.
        init(wrong: String, right: String) {
            storage = .replacement(wrong: wrong, right: right)
        }

        /// The values as a finding's record in `arena`.
        func written(in arena: @autoclosure () -> FindingStore) -> FindingValues {
            switch storage {
            case .list(let entries): entries.isEmpty ? .none : FindingValues(entries, in: arena())
            case .quote(let text): FindingValues(Self.match, text: text, in: arena())
            case .replacement(let wrong, let right):
                FindingValues((Self.match, wrong), (Self.wrong, wrong), (Self.right, right), in: arena())
            }
        }

        private static let match = FindingBuilder.placeholder(named: "match")
        private static let wrong = FindingBuilder.placeholder(named: "wrong")
        private static let right = FindingBuilder.placeholder(named: "right")
    }

    func finding(
        _ category: FindingCategory, at range: Range<Int>, values: Values = Values(), fix replacement: String? = nil
    ) -> Finding {
        let document = context.document
        let start = context.position(of: range.lowerBound)
        // Scalars of the match: UTF-8 bytes that do not continue a sequence. Most findings
        // end on the line they start on, so this also gives the end without counting the
        // line again from its start.
        let scalars = document.normalized[range].withUnsafeBytes { UTF8Count.scalars(in: $0) }
        let end: SourcePosition
        // On the start's line when it ends before the next line starts: no second search.
        let lines = document.lines
        if start.line == lines.count || range.upperBound < lines.starts[start.line] {
            end = SourcePosition(line: start.line, column: start.column + scalars)
        } else {
            end = context.position(of: range.upperBound)
        }
        let useWeak = category == .weak
        let message = LocalizedText(templates: templates(weak: useWeak), values: values.written(in: context.evidenceArena))
        let severity = useWeak ? rule.weakSeverity : rule.severity
        let detailed = context.detailsFinding(of: rule, severity: severity)
        let (evidence, column, length) = detailed ? excerpt(start: start, offset: range.lowerBound, scalars: scalars) : (.none, 1, 1)
        let fix = replacement.map { Fix(start: start, end: end, replacement: $0) }
        return Finding(
            rule: shared, severity: severity, category: category, message: message, start: start, end: end,
            range: range, sectionPath: detailed ? context.sectionPath(at: range.lowerBound) : [], evidenceBytes: evidence,
            evidenceColumn: column, evidenceLength: length, fix: fix)
    }

    /// Where a passed check was satisfied: `range`'s start and its line cut as a finding's
    /// evidence is, in a narrower window (`passRadius`). Made only when the run keeps such
    /// places (`LintContext.recordsPassPlaces`), and out of line: the checks that call it stay
    /// as the compiler made them without it.
    @inline(never)
    func place(of range: Range<Int>) -> CheckResult.Place {
        let document = context.document
        let start = context.position(of: range.lowerBound, remembering: false)
        let scalars = document.normalized[range].withUnsafeBytes { UTF8Count.scalars(in: $0) }
        if context.lineIsUnchanged(start.line) {
            let line = document.lines.byteRange(ofLine: start.line)
            let evidence = document.normalized.withUnsafeBufferPointer { text in
                let bytes = UnsafeBufferPointer(rebasing: text[line])
                return EvidenceExcerpt(line: bytes, start: range.lowerBound - line.lowerBound, scalars: scalars, radius: Self.passRadius)
                    .text(in: bytes)
            }
            return CheckResult.Place(start: start, evidence: evidence)
        }
        // A line the normaliser changed: its scalar is found by a walk through the original
        // line in place, not through an `OriginalLine` (a copy of the line and its
        // checkpoints, worth keeping for the findings of a line, not for one pass).
        let lines = document.lines.original
        let line = lines.byteRange(ofLine: start.line - 1)
        let cut = lines.withUTF8 { text in
            let bytes = UnsafeBufferPointer(rebasing: text[line])
            let first = UTF8Count.advance(start.column - 1, scalarsFrom: 0, in: UnsafeRawBufferPointer(bytes)).offset
            return EvidenceExcerpt(line: bytes, start: first, scalars: scalars, radius: Self.passRadius).text(in: bytes)
        }
        return CheckResult.Place(start: start, evidence: cut)
    }

    /// Scalars a pass's evidence keeps on each side of the words that satisfied it: enough
    /// to read what they are about, and a pass for each rule a plan meets costs no more than
    /// it must (a JSON run places about as many passes as a third of its findings).
    static let passRadius = 12

    /// The plan's text of `range` for a message: as written (`LintContext.writtenText`) where
    /// the finding gets its details, the rules' reading where they are left out (a quiet run
    /// counts such findings and prints none of them; quoting each as written cost a fiftieth
    /// of such a run).
    func quoted(_ range: Range<Int>, as category: FindingCategory) -> String {
        let severity = category == .weak ? rule.weakSeverity : rule.severity
        return context.detailsFinding(of: rule, severity: severity) ? context.writtenText(range) : context.document.text(range)
    }

    /// The original line around the finding, trimmed to a readable window (`EvidenceExcerpt`)
    /// and kept in the plan's `FindingStore`. `scalars`: how many scalars the finding covers.
    private func excerpt(start: SourcePosition, offset: Int, scalars: Int) -> (FindingEvidence, Int, Int) {
        let document = context.document
        let arena = context.evidenceArena
        if context.lineIsUnchanged(start.line) {
            // The normalised line is the original: cut from it where the finding is.
            let line = document.lines.byteRange(ofLine: start.line)
            return document.normalized.withUnsafeBufferPointer { text in
                let bytes = UnsafeBufferPointer(rebasing: text[line])
                let cut = EvidenceExcerpt(line: bytes, start: offset - line.lowerBound, scalars: scalars)
                return (cut.stored(from: bytes, in: arena), cut.column, cut.length)
            }
        }
        let line = context.originalLine(start.line)
        let first = line.byteOffset(ofScalar: min(max(0, start.column - 1), line.scalarCount))
        return line.bytes.withUnsafeBufferPointer { bytes in
            let cut = EvidenceExcerpt(line: bytes, start: first, scalars: scalars)
            return (cut.stored(from: bytes, in: arena), cut.column, cut.length)
        }
    }

    /// The placeholders rule messages may use, in the order a finding's record numbers them
    /// (`FindingValues`).
    static let placeholderNames = ["match", "items", "found", "expected", "right", "wrong"]
    static let placeholders = Set(placeholderNames)
    private static let placeholderBytes: [[UInt8]] = placeholderNames.map { Array($0.utf8) }

    /// The number of a placeholder in a finding's record; `FindingValues.unnamed` for a name
    /// no template asks for.
    static func placeholder(named name: String) -> UInt8 {
        placeholderNames.firstIndex(of: name).map { UInt8($0) } ?? FindingValues.unnamed
    }

    /// Replaces `{name}` with its value in one pass; a known placeholder with no value for
    /// this finding becomes empty, anything else in braces is left as written.
    static func render(_ template: String, _ values: [MessageValue], _ language: Language) -> String {
        render(template, FindingValues(values), language)
    }

    /// The same with a finding's values.
    static func render(_ template: String, _ values: FindingValues, _ language: Language) -> String {
        var result: [UInt8] = []
        let replaced = pieces(of: template, values, language) { piece in
            if result.isEmpty { result.reserveCapacity(template.utf8.count + 64) }
            result.append(contentsOf: piece)
        }
        // Template pieces cut at ASCII braces and whole values: well-formed by construction.
        return replaced ? result.withUnsafeBufferPointer { String(wellFormedUTF8: $0) } : template
    }

    /// The text `render` makes, as the pieces it is made of, in order: stretches of the
    /// template and the values put in for its placeholders (so a reporter can write them
    /// out without making the text first). Returns false, having emitted nothing, when the
    /// template holds no known placeholder: the text is then the template as it is.
    ///
    /// Works on UTF-8 bytes (braces never occur inside a multi-byte sequence), with names
    /// compared as bytes: walking the template by `Character` was a sixteenth of a
    /// `--format json` run, and making each name a `String` to look it up a fortieth.
    static func pieces(
        of template: String, _ values: [MessageValue], _ language: Language, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        pieces(of: template, FindingValues(values), language, emit)
    }

    /// The same with a finding's values.
    static func pieces(
        of template: String, _ values: FindingValues, _ language: Language, _ emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Bool {
        var text = template
        return text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress,
                var open = memchr(base, Int32(UInt8(ascii: "{")), bytes.count).map({ base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) })
            else { return false }
            var copied = 0
            var replaced = false
            while let close = memchr(base + open + 1, Int32(UInt8(ascii: "}")), bytes.count - open - 1) {
                let end = base.distance(to: close.assumingMemoryBound(to: UInt8.self))
                let name = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<end])
                if let placeholder = placeholderBytes.firstIndex(where: { Self.equal($0, name) }) {
                    emit(UnsafeBufferPointer(rebasing: bytes[copied..<open]))
                    _ = values.withText(of: UInt8(placeholder), language, emit)
                    copied = end + 1
                    replaced = true
                }
                guard end + 1 < bytes.count, let next = memchr(base + end + 1, Int32(UInt8(ascii: "{")), bytes.count - end - 1) else { break }
                open = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
            }
            if !replaced { return false }
            emit(UnsafeBufferPointer(rebasing: bytes[copied...]))
            return true
        }
    }

    private static func equal(_ known: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        known.withUnsafeBufferPointer { equal($0, name) }
    }

    private static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let a = first.baseAddress, let b = second.baseAddress else { return true }
        return memcmp(a, b, first.count) == 0
    }
}
