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
    static let indent = "    "

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
            Array(HumanReporter.block(for: report, options: options, style: style).utf8)
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
    static func block(for report: FileReport, options: ReportOptions, style: TerminalStyle) -> String {
        let language = options.language
        // Quiet mode keeps what would fail the run; with no fail threshold, errors only.
        let threshold = options.failOn ?? .error
        if let error = report.error {
            let text = error.hasPrefix(report.path + ":") ? error : "\(report.path): \(error)"
            return style.red(TerminalStyle.sanitized(text))
        }
        var lines: [String] = []
        let shown = options.quiet ? report.findings.filter { $0.severity >= threshold } : report.findings
        for finding in Self.ordered(shown) {
            lines.append(contentsOf: Self.lines(
                for: finding, path: report.path, showEvidence: !report.isDocumentLevel(finding), style: style, language: language))
        }
        if !options.quiet {
            lines.append(Self.fileSummary(report, style: style, language: language))
        }
        return lines.joined(separator: "\n")
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

    static func lines(for finding: Finding, path: String, showEvidence: Bool, style: TerminalStyle, language: Language) -> [String] {
        let location = "\(path):\(finding.start.line):\(finding.start.column)"
        let severity = style.severity(finding.severity, ReportLabels.severity(finding.severity, language))
        let message = TerminalStyle.sanitized(finding.message.text(language))
        var lines = ["\(location)  \(severity)  \(message)  \(style.bold("[\(finding.ruleID)]"))"]
        let evidence = TerminalStyle.sanitized(finding.evidence)
        if showEvidence, evidence.unicodeScalars.contains(where: { $0 != " " && $0 != "\t" && $0 != "\u{3000}" }) {
            lines.append(indent + evidence)
            let caret = caretParts(evidence: evidence, column: finding.evidenceColumn, length: finding.evidenceLength)
            // Colour only the carets, so the escape codes do not sit in the alignment blanks.
            lines.append(indent + caret.blanks + style.severity(finding.severity, caret.carets))
        }
        return lines
    }

    /// The caret line for `evidence`: blanks up to `column` (1-based, in characters), then one
    /// `^` per terminal column of the `length` characters the finding covers, so the carets
    /// sit under the text even when it mixes Chinese and ASCII. Tabs before the column are
    /// copied, so they expand to the same tab stop as in the evidence line.
    public static func caretLine(evidence: String, column: Int, length: Int) -> String {
        let parts = caretParts(evidence: evidence, column: column, length: length)
        return parts.blanks + parts.carets
    }

    /// The caret line in its two parts, found in one walk over the evidence's UTF-8 (its
    /// scalars decoded by hand: iterating `unicodeScalars` was most of the walk).
    static func caretParts(evidence: String, column: Int, length: Int) -> (blanks: String, carets: String) {
        let start = max(column - 1, 0)
        let end = start + max(length, 1)
        // Written as ASCII bytes: a `String` per blank was most of the human report's cost.
        var blanks: [UInt8] = []
        blanks.reserveCapacity(2 * start)
        var width = 0
        var text = evidence
        text.withUTF8 { bytes in
            var index = 0
            var offset = 0
            while offset < bytes.count, index < end {
                let lead = bytes[offset]
                let columns: Int
                if lead < 0x80 {
                    columns = lead >= 0x20 && lead < 0x7F ? 1 : 0
                    offset += 1
                } else {
                    let count = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = UInt32(lead) & (0x7F >> count)
                    for next in (offset + 1)..<min(offset + count, bytes.count) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
                    columns = Unicode.Scalar(value).map(DisplayWidth.of) ?? 1
                    offset += count
                }
                if index < start {
                    if lead == 0x09 {
                        blanks.append(0x09)
                    } else {
                        for _ in 0..<columns { blanks.append(0x20) }
                    }
                } else {
                    width += columns
                }
                index += 1
            }
        }
        return (String(decoding: blanks, as: UTF8.self), String(repeating: "^", count: max(width, 1)))
    }

    static func fileSummary(_ report: FileReport, style: TerminalStyle, language: Language) -> String {
        let tally = ReportTally(report)
        guard tally.findings > 0 else {
            return "\(report.path): " + style.green(language == .en ? "no findings" : "未发现问题")
        }
        let parts = FindingCategory.allCases.map { category in
            language == .en
                ? "\(tally.count(category)) \(ReportLabels.category(category, .en))"
                : "\(ReportLabels.category(category, .zh)) \(tally.count(category))"
        }
        return "\(report.path): " + parts.joined(separator: language == .en ? ", " : "，")
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

