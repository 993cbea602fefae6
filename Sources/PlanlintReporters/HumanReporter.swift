import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// The terminal report: one block per finding in compiler style, with the evidence line
/// and a caret under the offending text, a summary per file and a total at the end.
/// Findings about something absent from the whole plan (placed at the title) get no
/// evidence lines: repeating the title under each of them would bury the real excerpts.
///
/// ```
/// 2025年工会工作计划.txt:12:5  警告  未明确职代会召开时间  [democracy.congress-timing]
///     三、召开职工代表大会，审议年度工作报告。
///         ^^^^^^^^^^^^^^^^
/// 2025年工会工作计划.txt: 缺失 1，薄弱 1，缺陷 0
///
/// 共检查 1 个文件：错误 1 个，警告 1 个，提示 0 个
/// ```
public struct HumanReporter: StreamingReporter {
    public static let identifier = "human"

    /// Indentation of the evidence and caret lines.
    static let indent: StaticString = "    "

    public init() {}

    public func stream(options: ReportOptions) -> Stream {
        Stream(options: options)
    }

    /// The human report of one run, file by file.
    public struct Stream: ReportStream {
        let options: ReportOptions
        let style: TerminalStyle
        var tally = ReportTally()
        var wroteBlock = false

        init(options: ReportOptions) {
            self.options = options
            self.style = TerminalStyle(enabled: options.color)
        }

        public func part(for report: FileReport) -> [UInt8] {
            HumanReporter.block(for: report, options: options, style: style)
        }

        public mutating func text(for report: FileReport, part block: [UInt8]) -> [UInt8] {
            tally.add(report)
            guard !block.isEmpty else { return [] }
            defer { wroteBlock = true }
            return wroteBlock ? Array("\n\n".utf8) + block : block
        }

        public mutating func finish() -> [UInt8] {
            Array(((wroteBlock ? "\n\n" : "") + HumanReporter.total(tally, style: style, language: options.language) + "\n").utf8)
        }
    }

    /// One file's findings and summary; empty in quiet mode when nothing reaches the threshold.
    static func block(for report: FileReport, options: ReportOptions, style: TerminalStyle) -> [UInt8] {
        let language = options.language
        let threshold = options.quietThreshold
        if let error = report.error(in: language) {
            let text = error.hasPrefix(report.path + ":") || error.hasPrefix(report.path + "：") ? error : "\(report.path): \(error)"
            return Array(style.red(TerminalStyle.sanitized(text)).utf8)
        }
        var writer = TextWriter(capacity: 256 * report.findings.count)
        // Filtered as they are written, read in place: a filtered copy of the findings, or
        // a loop variable, copies each finding (a retain and a release of each of its
        // references) before its severity is even looked at. Handed on by pointer: passed
        // as `findings[index]`, or asked `findings[index].severity`, each was still copied
        // whole, as a value read from memory a callee might change.
        Self.ordered(report.findings).withUnsafeBufferPointer { findings in
            guard let first = findings.baseAddress else { return }
            for finding in first..<(first + findings.count) where !options.quiet || finding.pointee.severity >= threshold {
                if !writer.isEmpty { writer.write("\n") }
                let documentLevel = report.isDocumentLevel(
                    category: finding.pointee.category, range: finding.pointee.range, start: finding.pointee.start)
                write(finding, path: report.path, showEvidence: !documentLevel, style: style, language: language, to: &writer)
            }
        }
        if !options.quiet {
            if !writer.isEmpty { writer.write("\n") }
            writer.write(Self.fileSummary(report, style: style, language: language))
        }
        return writer.bytes
    }

    /// Findings in reading order; the sort is stable, so findings at one place keep the
    /// engine's order.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        // The linter's findings come in this order already; checking is cheaper than sorting
        // (read through the buffer: reading `findings[i].start` copied each finding).
        let inOrder = findings.withUnsafeBufferPointer { buffer in
            buffer.indices.dropFirst().allSatisfy { buffer[$0 - 1].start <= buffer[$0].start }
        }
        if inOrder { return findings }
        return findings.enumerated().sorted { lhs, rhs in
            lhs.element.start != rhs.element.start ? lhs.element.start < rhs.element.start : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// A finding's lines: where and what, then the evidence with a caret line under it.
    static func write(
        _ finding: Finding, path: String, showEvidence: Bool, style: TerminalStyle, language: Language, to writer: inout TextWriter
    ) {
        withUnsafePointer(to: finding) {
            write($0, path: path, showEvidence: showEvidence, style: style, language: language, to: &writer)
        }
    }

    /// The same for a finding read in place.
    static func write(
        _ finding: UnsafePointer<Finding>, path: String, showEvidence: Bool, style: TerminalStyle, language: Language,
        to writer: inout TextWriter
    ) {
        let start = finding.pointee.start
        let severity = finding.pointee.severity
        writer.writeSanitized(path)  // a file's name can hold control characters too
        writer.write(":")
        writer.write(start.line)
        writer.write(":")
        writer.write(start.column)
        writer.write("  ")
        writer.styled(style.severityCode(severity)) { $0.write(ReportLabels.severity(severity, language)) }
        writer.write("  ")
        // Written piece by piece (pieces are whole characters, so sanitising each is
        // sanitising the text): making the message a string first cost more than its line.
        finding.pointee.message.forEachPiece(language) { writer.writeSanitized($0) }
        writer.write("  ")
        writer.styled(style.boldCode) { writer in
            writer.write("[")
            writer.write(finding.pointee.rule.id)
            writer.write("]")
        }
        guard showEvidence else { return }
        let (column, length) = (finding.pointee.evidenceColumn, finding.pointee.evidenceLength)
        let code = style.severityCode(severity)
        // Read in place from the plan's bytes; a string is made only to sanitise one.
        finding.pointee.evidenceBytes.withUTF8 { bytes in
            guard hasVisibleText(bytes) else { return }
            if TerminalStyle.isClean(bytes) {
                writeEvidence(bytes, column: column, length: length, code: code, to: &writer)
            } else {
                var evidence = TerminalStyle.sanitized(String(decoding: bytes, as: UTF8.self))
                evidence.withUTF8 { writeEvidence($0, column: column, length: length, code: code, to: &writer) }
            }
        }
    }

    /// The evidence line (clean UTF-8) and the caret line under it.
    private static func writeEvidence(
        _ evidence: UnsafeBufferPointer<UInt8>, column: Int, length: Int, code: StaticString?, to writer: inout TextWriter
    ) {
        writer.write("\n")
        writer.write(indent)
        writer.write(evidence)
        writer.write("\n")
        writer.write(indent)
        writeCaret(evidence: evidence, column: column, length: length, code: code, to: &writer)
    }

    /// Whether `text` holds anything but spaces, tabs and ideographic spaces (U+3000).
    static func hasVisibleText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasVisibleText($0) }
    }

    /// The same for UTF-8.
    static func hasVisibleText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        LineBlanks.end(in: bytes, from: 0) < bytes.count
    }

    /// The caret line for `evidence`: blanks up to `column` (1-based, in characters), then one
    /// `^` per terminal column of the `length` characters the finding covers, so the carets
    /// sit under the text even when it mixes Chinese and ASCII. Tabs before the column are
    /// copied, so they expand to the same tab stop as in the evidence line.
    public static func caretLine(evidence: String, column: Int, length: Int) -> String {
        var writer = TextWriter()
        writeCaret(evidence: evidence, column: column, length: length, code: nil, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes the caret line, its carets in the SGR colour `code` (so the escape codes do not
    /// sit in the alignment blanks), found in one walk over the evidence's UTF-8 (its scalars
    /// decoded by hand: iterating `unicodeScalars` was most of the walk).
    static func writeCaret(evidence: String, column: Int, length: Int, code: StaticString?, to writer: inout TextWriter) {
        var text = evidence
        text.withUTF8 { writeCaret(evidence: $0, column: column, length: length, code: code, to: &writer) }
    }

    /// The same for the evidence's UTF-8.
    static func writeCaret(
        evidence bytes: UnsafeBufferPointer<UInt8>, column: Int, length: Int, code: StaticString?, to writer: inout TextWriter
    ) {
        let start = max(column - 1, 0)
        let end = start + max(length, 1)
        var width = 0
        var blanks = 0
        do {
            var index = 0
            var offset = 0
            while offset < bytes.count, index < end {
                let lead = bytes[offset]
                let columns: Int
                if lead < 0x80 {
                    columns = lead >= 0x20 && lead < 0x7F ? 1 : 0
                    offset += 1
                } else if lead &- 0xE5 <= 0xE9 - 0xE5 {
                    // U+5000–U+9FFF, CJK ideographs all: most of any evidence, and wide.
                    columns = 2
                    offset += 3
                } else {
                    let count = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = UInt32(lead) & (0x7F >> count)
                    for next in (offset + 1)..<min(offset + count, bytes.count) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                    columns = Unicode.Scalar(value).map(DisplayWidth.of) ?? 1
                    offset += count
                }
                if index < start {
                    // Blanks go out a run at a time; a tab ends a run.
                    if lead == 0x09 {
                        writer.write(spaces: blanks)
                        blanks = 0
                        writer.write("\t")
                    } else {
                        blanks += columns
                    }
                } else {
                    width += columns
                }
                index += 1
            }
        }
        writer.write(spaces: blanks)
        writer.styled(code) { $0.write(repeating: UInt8(ascii: "^"), count: max(width, 1)) }
    }

    static func fileSummary(_ report: FileReport, style: TerminalStyle, language: Language) -> String {
        let tally = ReportTally(report)
        guard tally.findings > 0 else {
            return "\(TerminalStyle.sanitized(report.path)): " + style.green(language == .en ? "no findings" : "未发现问题")
        }
        let parts = FindingCategory.allCases.map { category in
            language == .en
                ? "\(tally.count(category)) \(ReportLabels.category(category, .en))"
                : "\(ReportLabels.category(category, .zh)) \(tally.count(category))"
        }
        return "\(TerminalStyle.sanitized(report.path)): " + parts.joined(separator: language == .en ? ", " : "，")
    }

    static func total(_ tally: ReportTally, style: TerminalStyle, language: Language) -> String {
        let text: String
        switch language {
        case .zh:
            var line = "共检查 \(tally.files) 个文件：错误 \(tally.error) 个，警告 \(tally.warning) 个，提示 \(tally.info) 个"
            if tally.unreadable > 0 { line += "；\(tally.unreadable) 个文件无法读取" }
            text = line
        case .en:
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            var line = "\(plural(tally.files, "file")) checked: \(plural(tally.error, "error")), "
                + "\(plural(tally.warning, "warning")), \(tally.info) info"
            if tally.unreadable > 0 { line += "; \(plural(tally.unreadable, "file")) could not be read" }
            text = line
        }
        return style.bold(text)
    }
}

