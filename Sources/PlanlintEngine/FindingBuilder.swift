import PlanlintDocument
import PlanlintRules

/// Builds findings for one rule: fills the message placeholders, finds the position, the
/// section path and an evidence excerpt in the original text.
struct FindingBuilder {
    let rule: Rule
    let context: LintContext
    /// Evidence is cut to this many characters on each side of the finding.
    static let evidenceRadius = 30

    /// Placeholder values, in Chinese and English.
    /// Values are pairs, not dictionaries: a finding has one to three, and hashing them into
    /// two dictionaries per finding was a fortieth of a run.
    struct Values {
        var zh: [(String, String)] = []
        var en: [(String, String)] = []

        init(_ pairs: KeyValuePairs<String, (zh: String, en: String)> = [:]) {
            zh.reserveCapacity(pairs.count)
            en.reserveCapacity(pairs.count)
            for (key, value) in pairs {
                zh.append((key, value.zh))
                en.append((key, value.en))
            }
        }
    }

    func finding(
        _ category: FindingCategory, at range: Range<Int>, values: Values = Values(), fix replacement: String? = nil
    ) -> Finding {
        let document = context.document
        let start = document.position(of: range.lowerBound)
        // Scalars of the match: UTF-8 bytes that do not continue a sequence. Most findings
        // end on the line they start on, so this also gives the end without counting the
        // line again from its start.
        var scalars = 0
        for byte in document.normalized[range] where byte & 0xC0 != 0x80 { scalars += 1 }
        let end: SourcePosition
        if document.lines.line(of: range.upperBound) == start.line {
            end = SourcePosition(line: start.line, column: start.column + scalars)
        } else {
            end = document.position(of: range.upperBound)
        }
        let useWeak = category == .weak
        let zhTemplate = useWeak ? (rule.weakMessage ?? rule.message) : rule.message
        let enTemplate = useWeak ? (rule.weakMessageEn ?? rule.messageEn) : rule.messageEn
        let message = LocalizedText(zhTemplate: zhTemplate, zhValues: values.zh, enTemplate: enTemplate, enValues: values.en)
        let suggestion = rule.suggestion.map { LocalizedText(zh: $0, en: rule.suggestionEn ?? $0) }
        let (evidence, column, length) = excerpt(start: start, scalars: scalars)
        let fix = replacement.map { Fix(start: start, end: end, replacement: $0) }
        return Finding(
            ruleID: rule.id, severity: useWeak ? rule.weakSeverity : rule.severity, category: category,
            theme: rule.theme, message: message, suggestion: suggestion, basis: rule.basis, start: start, end: end,
            range: range, sectionPath: context.sectionPath(at: range.lowerBound), evidence: evidence,
            evidenceColumn: column, evidenceLength: length, fix: fix)
    }

    /// The original line around the finding, trimmed to a readable window.
    /// `scalars`: how many scalars the finding covers.
    private func excerpt(start: SourcePosition, scalars: Int) -> (String, Int, Int) {
        let line = context.originalLine(start.line)
        let lineLength = line.scalarCount
        let matchLength = max(1, scalars)
        let startIndex = min(max(0, start.column - 1), lineLength)
        var from = max(0, startIndex - Self.evidenceRadius)
        let to = min(lineLength, startIndex + matchLength + Self.evidenceRadius)
        var column = startIndex - from + 1
        var fromByte = line.byteOffset(ofScalar: from)
        let toByte = line.byteOffset(ofScalar: to)
        // Leading white space says nothing; drop it and move the caret with it (space, tab,
        // U+3000 = E3 80 80).
        var leading = 0
        var leadingEnd = fromByte
        while from + leading < to {
            if line.bytes[leadingEnd] == 0x20 || line.bytes[leadingEnd] == 0x09 {
                leadingEnd += 1
            } else if leadingEnd + 2 < line.bytes.count, line.bytes[leadingEnd] == 0xE3, line.bytes[leadingEnd + 1] == 0x80,
                line.bytes[leadingEnd + 2] == 0x80
            {
                leadingEnd += 3
            } else {
                break
            }
            leading += 1
        }
        let cut = from > 0
        if leading > 0 && leading < column {
            from += leading
            fromByte = leadingEnd
            column -= leading
        }
        // Appended as a slice of the line's string: appending scalars one by one was a
        // twentieth of a run, and a string made from the bytes validated them again.
        var text = ""
        text.reserveCapacity(toByte - fromByte + 6)
        if cut { text += "…" }
        text += line.text(fromByte: fromByte, toByte: toByte)
        if to < lineLength { text += "…" }
        if cut { column += 1 }
        let textLength = (cut ? 1 : 0) + (to - from) + (to < lineLength ? 1 : 0)
        return (text, column, min(matchLength, max(1, textLength - column + 1)))
    }

    /// The placeholders rule messages may use.
    static let placeholders: Set<String> = ["match", "items", "found", "expected", "right", "wrong"]

    /// Replaces `{name}` with its value in one pass; a known placeholder with no value for
    /// this finding becomes empty, anything else in braces is left as written.
    /// Works on UTF-8 bytes (braces never occur inside a multi-byte sequence): walking the
    /// template by `Character` was a sixteenth of a `--format json` run.
    static func render(_ template: String, _ values: [(String, String)]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var template = template
        return template.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 32)
            var copied = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")) else { break }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)
                if placeholders.contains(name) {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    result.append(contentsOf: values.first { $0.0 == name }?.1.utf8 ?? "".utf8)
                    copied = close + 1
                }
                index = close + 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
