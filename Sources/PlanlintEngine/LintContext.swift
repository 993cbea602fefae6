import Foundation
import PlanlintDocument
import PlanlintRules

/// What a rule check sees of one document: its text, where the pack's terms occur, the
/// plan's metadata after overrides, and the means to build findings.
final class LintContext {
    let document: PlanDocument
    let pack: CompiledPack
    let index: MatchIndex
    let metadata: PlanMetadata
    /// Findings below this severity get no excerpt or section path (`LintOptions.detailSeverity`).
    let detailSeverity: Severity
    let severityOverrides: [String: Severity]
    /// Whether passes keep where they were satisfied (`LintOptions.recordsPassPlaces`).
    let recordsPassPlaces: Bool
    // The caches below skip the run-time exclusivity check (as `MatchIndex`'s do): a
    // context serves one document on one thread, and no access outlives the call making it.
    /// Sentences of the blocks that held a mention so far, by block index.
    @exclusivity(unchecked) private var sentencesByBlock: [Int: [Range<Int>]] = [:]

    init(
        document: PlanDocument, pack: CompiledPack, metadata: PlanMetadata, occurrences: TermOccurrences? = nil,
        options: LintOptions = LintOptions()
    ) {
        self.document = document
        self.pack = pack
        self.metadata = metadata
        self.detailSeverity = options.detailSeverity
        self.severityOverrides = options.severityOverrides
        self.recordsPassPlaces = options.recordsPassPlaces
        self.index = MatchIndex(document: document, pack: pack, occurrences: occurrences)
        self.sectionPaths = Array(repeating: nil, count: document.sections.nodes.count)
        self.headingTexts = Array(repeating: nil, count: document.headings.count)
    }

    func occurrences(of set: TermSet?, in range: Range<Int>? = nil) -> [Range<Int>] {
        guard let set else { return [] }
        return index.occurrences(of: pack.compiled(set), in: range)
    }

    /// Occurrences of `set` that no occurrence of `except` overlaps: what `except` means in
    /// every rule kind that takes it (forbid, substitute, require).
    func occurrences(of set: TermSet?, except: TermSet?) -> [Range<Int>] {
        let hits = occurrences(of: set)
        // Most sets do not occur in a given plan: their exceptions, patterns among them, are
        // then not looked for.
        guard !hits.isEmpty else { return hits }
        return Self.leaving(hits, overlappedBy: occurrences(of: except))
    }

    /// `hits` less those an `excepted` range overlaps.
    static func leaving(_ hits: [Range<Int>], overlappedBy excepted: [Range<Int>]) -> [Range<Int>] {
        excepted.isEmpty ? hits : hits.filter { hit in !excepted.contains { $0.overlaps(hit) } }
    }

    func firstOccurrence(of set: TermSet, in range: Range<Int>, startingBefore limit: Int) -> Range<Int>? {
        index.firstOccurrence(of: pack.compiled(set), in: range, startingBefore: limit)
    }

    func contains(_ set: TermSet, in range: Range<Int>) -> Bool {
        index.contains(pack.compiled(set), in: range)
    }

    /// Whether the plan's title holds a term of the set (`when: {unless_title: …}`).
    func titleHolds(_ set: TermSet) -> Bool {
        guard let title = metadata.titleRange else { return false }
        return contains(set, in: title)
    }

    /// Whether the set occurs anywhere in the plan (`when: {mentions: …}`).
    func mentions(_ set: TermSet) -> Bool {
        index.occursAnywhere(pack.compiled(set))
    }

    /// The text around `offset` that a scope covers.
    func range(of scope: MatchScope, around offset: Int) -> Range<Int> {
        switch scope {
        case .sentence:
            return document.sentence(containing: offset, sentencesOfBlock: sentences(ofBlock:))
        case .paragraph:
            return document.block(containing: offset)?.range ?? document.lines.byteRange(ofLine: document.lines.line(of: offset))
        case .section:
            return document.sections.nodes[document.sections.innermost(containing: offset)].range
        case .document:
            return 0..<document.normalized.count
        }
    }

    /// Where a mention's `weak_unless` evidence is looked for: the scope around it; or, when
    /// the mention stands in a heading that titles the lines under it, the heading with its
    /// body (`weak_heading_scope: body`); or, in a numbered item's heading with text after it
    /// on its line, that paragraph. Only `sentence` and `paragraph` widen: a section or
    /// the document holds the heading's body already. The item's detail lines are looked in
    /// besides (`itemDetails(around:outside:)`).
    ///
    /// In a block far longer than a paragraph (a web page run into one line) a `sentence` or
    /// `paragraph` scope is bounded to a window around the mention (`ScopeWindow`): the item
    /// it sits in, or the sentences or clauses around it, so that a date of one item does not
    /// date another.
    func weakRange(of scope: MatchScope, headingScope: HeadingScope, around offset: Int) -> Range<Int> {
        var range = range(of: scope, around: offset)
        guard scope == .sentence || scope == .paragraph else { return range }
        var titling = false
        if headingScope == .body, let body = document.headingBody(around: offset) {
            range = min(range.lowerBound, body.lowerBound)..<max(range.upperBound, body.upperBound)
            titling = true
        }
        // Ordinary paragraphs stop here, on their byte count.
        guard document.isLongScope(range), let block = document.blockIndex(containing: offset) else { return range }
        return document.bounded(range, around: offset, titling: titling, in: scopeWindow(ofBlock: block))
    }

    /// The sentences of a block, split on the first mention in it and kept.
    private func sentences(ofBlock block: Int) -> [Range<Int>] {
        if let known = sentencesByBlock[block] { return known }
        let sentences = document.sentences(in: document.blocks[block])
        sentencesByBlock[block] = sentences
        return sentences
    }

    /// The window of a long block (`ScopeWindow`), made on the first mention in it and kept:
    /// the rules' mentions in one block share it.
    private func scopeWindow(ofBlock block: Int) -> ScopeWindow {
        if let known = scopeWindows[block] { return known }
        let window = document.scopeWindow(ofBlock: block, sentences: sentences(ofBlock: block))
        scopeWindows[block] = window
        return window
    }

    /// Windows of the long blocks that held a mention so far, by block index.
    @exclusivity(unchecked) private var scopeWindows: [Int: ScopeWindow] = [:]

    /// The detail lines of the item around `offset` (时间：3月 under the item,
    /// `PlanDocument.itemDetails(around:)`) when they reach past `scope`: a mention's
    /// `weak_unless` evidence may stand there too. Nil when the item has none, when `scope`
    /// holds them already (a section, the document), and for an item that is a heading when
    /// the rule judges headings alone (`weak_heading_scope: heading`).
    func itemDetails(around offset: Int, outside scope: Range<Int>, headingScope: HeadingScope) -> Range<Int>? {
        if headingScope == .heading, document.block(containing: offset)?.headingIndex != nil { return nil }
        guard let details = document.itemDetails(around: offset) else { return nil }
        return scope.lowerBound <= details.lowerBound && details.upperBound <= scope.upperBound ? nil : details
    }

    /// Whether the signals of a requirement accompany something in `range`. A mention inside
    /// a month-by-month schedule entry has its time from the entry's month.
    func satisfies(_ requirement: SignalRequirement, in range: Range<Int>) -> Bool {
        if !requirement.terms.isEmpty, contains(requirement.terms, in: range),
            wordsStandOutsideStraddled(of: pack.compiled(requirement.terms), in: range)
        {
            return true
        }
        // What the automaton's matches and the schedule answer is asked first; the scalars
        // are decoded and scanned only when neither holds a signal.
        for signal in requirement.signals {
            if index.contains(signal, in: range), wordsStandOutsideNonEvidence(of: signal, in: range) { return true }
            if signal == .time, document.schedule.isPresent, document.schedule.entry(containing: range.lowerBound) != nil {
                return true
            }
            if signal == .time, schemeDates(range.lowerBound) { return true }
        }
        var text = SignalScanner.scalars(of: document.normalized[range])
        // Set phrases (四个意识), honours (三八红旗手), document numbers and page footers count
        // nothing.
        blankNonEvidence(in: &text, range: range)
        NonFigureMask.blankNonFigures(&text, closesDocument: closesDocument(range))
        return requirement.signals.contains { SignalScanner.has($0, in: text) }
    }

    /// Whether `range` runs to the plan's last characters (blanks after them aside): the
    /// scope of its last part, whose last line may be the plan's date under its signature.
    private func closesDocument(_ range: Range<Int>) -> Bool {
        let text = document.normalized
        var end = text.count
        while end > range.upperBound, text[end - 1] == 0x20 || text[end - 1] == 0x0A || text[end - 1] == 0x0D || text[end - 1] == 0x09 {
            end -= 1
        }
        return range.upperBound >= end
    }

    /// Whether an activity scheme's own time heading dates the text at `offset` (`SchemeTime`).
    private func schemeDates(_ offset: Int) -> Bool {
        if schemeDatedExtents == nil { schemeDatedExtents = SchemeTime.datedExtents(in: document) }
        return schemeDatedExtents!.contains { $0.contains(offset) }
    }

    /// `SchemeTime.datedExtents`, found on the first mention that needs a time.
    @exclusivity(unchecked) private var schemeDatedExtents: [Range<Int>]?

    /// `DocumentCheck.isOffTopic` for `terms`, answered once per plan: the linter asks it
    /// before the content rules, and the rule itself asks it again for its finding.
    func isOffTopic(_ terms: TermSet) -> Bool {
        if let known = offTopicAnswers.first(where: { $0.terms == terms }) { return known.answer }
        let answer = DocumentCheck.isOffTopic(terms, context: self)
        offTopicAnswers.append((terms, answer))
        return answer
    }

    @exclusivity(unchecked) private var offTopicAnswers: [(terms: TermSet, answer: Bool)] = []

    /// `DocumentCheck.reportingBody` for `spec`, answered once per plan: the linter asks it of
    /// a file of no known kind before the content rules, and the rule again for its finding.
    func reportingBody(_ spec: DocumentSpec) -> DocumentCheck.ReportingBody? {
        if let known = reportingBodies.first(where: { $0.spec == spec }) { return known.answer }
        let answer = DocumentCheck.reportingBody(spec, context: self)
        reportingBodies.append((spec, answer))
        return answer
    }

    @exclusivity(unchecked) private var reportingBodies: [(spec: DocumentSpec, answer: DocumentCheck.ReportingBody?)] = []

    /// Every phrase of the document that is no evidence, found on the first scope asked:
    /// each scope asked for its own looked up all the phrases' terms again, most of them in
    /// plans with none.
    @exclusivity(unchecked) var nonEvidenceMatches: [Range<Int>]?

    /// Every phrase of the document a time word straddles, found on the first scope asked.
    @exclusivity(unchecked) var straddledMatches: [Range<Int>]?

    /// Byte ranges of the sections whose heading title matches `set`.
    func sectionRanges(headedBy set: TermSet) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for node in document.sections.nodes {
            guard let headingIndex = node.headingIndex else { continue }
            let heading = document.headings[headingIndex]
            if contains(set, in: heading.titleRange.isEmpty ? heading.range : heading.titleRange) {
                // Its extent: a list the heading announces is part of what it heads.
                result.append(node.extent)
            }
        }
        return result
    }

    /// Line and column of a byte offset of the normalised text, as `PlanDocument.position(of:)`
    /// gives them, counted on from the last position asked for when that lies earlier on
    /// the same line: a rule's findings come in order along a line, and a plan pasted
    /// without line breaks is one long line, which counting from its start each time walked
    /// again and again.
    /// `remembering`: whether the next call may count on from this one; a pass's place,
    /// asked for between findings, leaves the findings' count where it was.
    func position(of offset: Int, remembering: Bool = true) -> SourcePosition {
        let lines = document.lines
        let line = lines.line(of: offset)
        let end = min(offset, document.normalized.count)
        var from = lines.starts[line - 1]
        var column = 1
        if line == lastPosition.line, lastPosition.end <= end, lastPosition.end >= from {
            from = lastPosition.end
            column = lastPosition.column
        }
        if from < end {
            column += document.normalized.withUnsafeBytes { UTF8Count.scalars(in: UnsafeRawBufferPointer(rebasing: $0[from..<end])) }
        }
        if remembering { lastPosition = (line, max(end, from), column) }
        return SourcePosition(line: line, column: column)
    }

    /// The last position `position(of:)` found, and the offset it counted to.
    @exclusivity(unchecked) private var lastPosition: (line: Int, end: Int, column: Int) = (0, 0, 1)

    /// Whether a finding of `rule` with this severity gets its excerpt and section path.
    func detailsFinding(of rule: borrowing Rule, severity: Severity) -> Bool {
        guard detailSeverity > .info else { return true }
        let effective = severityOverrides.isEmpty ? severity : (severityOverrides[rule.id] ?? severity)
        return effective >= detailSeverity
    }

    /// Headings of the sections enclosing `offset`, outermost first, as written.
    func sectionPath(at offset: Int) -> [String] {
        let node = document.sections.innermost(containing: offset)
        if let known = sectionPaths[node] { return known }
        let nodes = document.sections.path(containing: offset)
        var path: [String] = []
        path.reserveCapacity(nodes.count)
        for node in nodes {
            if let heading = document.sections.nodes[node].headingIndex { path.append(headingText(at: heading)) }
        }
        sectionPaths[node] = path
        return path
    }

    /// Each section's path of heading texts, made for the first finding in it.
    @exclusivity(unchecked) private var sectionPaths: [[String]?]

    /// A heading's text for section paths, made when a finding first falls under it and
    /// kept: every finding under a heading names it, and most headings have none.
    private func headingText(at index: Int) -> String {
        if let known = headingTexts[index] { return known }
        let text = headingText(document.headings[index])
        headingTexts[index] = text
        return text
    }

    @exclusivity(unchecked) private var headingTexts: [String?]

    /// The heading as written (（一）推進民主管理, not the rules' reading (一)推进民主管理): a
    /// reviewer looks for it in the plan. A heading holding hidden pinyin's fillers is read
    /// without them instead.
    func headingText(_ heading: Heading) -> String {
        // The original first: on an unchanged line (most) there is none, and the normalised
        // text below is read for fillers anyway, so a heading's bytes were searched for them
        // twice, the first time a byte at a time.
        if let written = originalBytes(of: heading.range), !document.normalized[heading.range].contains(PinyinAnnotations.filler) {
            return written.withUnsafeBufferPointer(HeadingLabel.label)
        }
        return document.normalized.withUnsafeBufferPointer { text in
            PinyinAnnotations.readable(UnsafeBufferPointer(rebasing: text[heading.range]), HeadingLabel.label)
        }
    }

    /// Whether a 1-based line reads byte for byte the same in the original as in the
    /// normalised text (most lines: only traditional characters and a few marks change), so
    /// that evidence can be cut from the normalised text at the finding's own byte. Checked
    /// once per line, on the first finding there.
    func lineIsUnchanged(_ line: Int) -> Bool {
        if unchangedLines.isEmpty { unchangedLines = Array(repeating: 0, count: document.lines.count + 1) }
        guard line >= 1, line < unchangedLines.count, line <= document.lines.original.count else { return false }
        if unchangedLines[line] != 0 { return unchangedLines[line] == 1 }
        let normalized = document.lines.byteRange(ofLine: line)
        let original = document.lines.original.byteRange(ofLine: line - 1)
        let same = normalized.count == original.count
            && document.normalized.withUnsafeBufferPointer { text in
                document.lines.original.withUTF8 { lines in
                    normalized.isEmpty || memcmp(text.baseAddress! + normalized.lowerBound, lines.baseAddress! + original.lowerBound, normalized.count) == 0
                }
            }
        unchangedLines[line] = same ? 1 : 2
        return same
    }

    /// By line: 0 not yet checked, 1 unchanged, 2 changed.
    @exclusivity(unchecked) private var unchangedLines: [UInt8] = []

    /// `word` (a rule's replacement, written in simplified characters) as the plan writes
    /// Han characters where it replaces `range`: 服務 where a rule offers 服务, in a
    /// traditional plan or in a traditional stretch of a page that mixes both.
    func spelled(_ word: String, replacing range: Range<Int>) -> String {
        if script == nil { script = document.lines.original.withUTF8 { HanScript.of(utf8: $0) } }
        switch script {
        case .traditional: break
        case .mixed where originalHoldsTraditional(range): break
        default: return word
        }
        return HanScript.traditional(word)
    }

    /// Whether the original text of a one-line range has traditional characters.
    private func originalHoldsTraditional(_ range: Range<Int>) -> Bool {
        guard let bytes = originalBytes(of: range) else { return false }
        return bytes.withUnsafeBufferPointer { HanScript.holdsTraditional(utf8: $0) }
    }

    /// The plan's script, read from its opening on the first replacement a rule offers.
    @exclusivity(unchecked) private var script: HanScript?

    /// The original line, made for the first finding on it and kept for the next (a plan
    /// with no line breaks is one long line with many findings).
    func originalLine(_ line: Int) -> OriginalLine {
        // Indexed by line, not hashed; made on the first finding (most plans have some).
        if originalLines.isEmpty { originalLines = Array(repeating: nil, count: document.lines.original.count + 1) }
        guard line >= 1, line < originalLines.count else { return OriginalLine("") }
        if let known = originalLines[line] { return known }
        let made = OriginalLine(lines: document.lines.original, index: line - 1)
        originalLines[line] = made
        return made
    }

    @exclusivity(unchecked) private var originalLines: [OriginalLine?] = []

    /// Where this plan's findings keep their excerpts' bytes, made with the first excerpt.
    var evidenceArena: FindingStore {
        if let arena { return arena }
        let made = FindingStore()
        arena = made
        return made
    }

    @exclusivity(unchecked) private var arena: FindingStore?

    /// Where a finding about something absent is placed: the title, or the top of the file.
    var documentAnchor: Range<Int> {
        if let title = metadata.titleRange { return title }
        let firstLine = document.lines.byteRange(ofLine: 1)
        return firstLine.lowerBound..<firstLine.lowerBound
    }
}
