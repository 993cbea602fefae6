import PlanlintDocument

/// The evidence a finding shows: its line cut to a window of `radius` scalars on each side,
/// with "…" where the line goes on, leading blanks dropped.
///
/// Cut by stepping over scalars outward from the finding's first byte (`UTF8Count.advance`
/// and `retreat`), so a finding costs the window, not the line: long pasted paragraphs are single lines, and measuring a whole line
/// for every finding on it was a fifth of building findings.
struct EvidenceExcerpt {
    /// The excerpt as shown.
    let text: String
    /// 1-based column (in scalars) of the finding within `text`.
    let column: Int
    /// Scalars of `text` the finding covers, at least 1.
    let length: Int

    static let radius = 30

    /// `line`: well-formed UTF-8 of the original line; `start`: the byte where the finding
    /// starts (a continuation byte counts as the scalar after it); `scalars`: how many
    /// scalars the finding covers.
    /// `radius`: scalars kept on each side (`Self.radius` for a finding's evidence).
    init(line: UnsafeBufferPointer<UInt8>, start: Int, scalars: Int, radius: Int = Self.radius) {
        let matchLength = max(1, scalars)
        var startByte = min(max(0, start), line.count)
        while startByte < line.count, line[startByte] & 0xC0 == 0x80 { startByte += 1 }
        var (fromByte, before) = UTF8Count.retreat(radius, scalarsFrom: startByte, in: UnsafeRawBufferPointer(line))
        let (toByte, after) = UTF8Count.advance(matchLength + radius, scalarsFrom: startByte, in: UnsafeRawBufferPointer(line))
        let opening = fromByte > 0
        let closing = toByte < line.count
        var column = before + 1
        var width = before + after
        // Leading white space says nothing; drop it and move the caret with it (space, tab,
        // U+3000 = E3 80 80), unless it is all there is before the finding.
        var leading = 0
        var leadingEnd = fromByte
        while leading < width {
            if line[leadingEnd] == 0x20 || line[leadingEnd] == 0x09 {
                leadingEnd += 1
            } else if leadingEnd + 2 < line.count, line[leadingEnd] == 0xE3, line[leadingEnd + 1] == 0x80,
                line[leadingEnd + 2] == 0x80
            {
                leadingEnd += 3
            } else {
                break
            }
            leading += 1
        }
        if leading > 0 && leading < column {
            fromByte = leadingEnd
            column -= leading
            width -= leading
        }
        text = Self.text(line, from: fromByte, to: toByte, opening: opening, closing: closing)
        if opening { column += 1 }
        let textLength = (opening ? 1 : 0) + width + (closing ? 1 : 0)
        self.column = column
        length = min(matchLength, max(1, textLength - column + 1))
    }

    /// The bytes between two scalar boundaries with "…" before and after when asked: put
    /// together on the stack and made a string once, without checking the bytes again (they
    /// are the file's, checked when it was read).
    static func text(_ line: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, opening: Bool, closing: Bool) -> String {
        let ellipsis: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0xA6)
        let length = upper - lower + (opening ? 3 : 0) + (closing ? 3 : 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var at = 0
            func appendEllipsis() {
                buffer[at] = ellipsis.0
                buffer[at + 1] = ellipsis.1
                buffer[at + 2] = ellipsis.2
                at += 3
            }
            if opening { appendEllipsis() }
            if let source = line.baseAddress, upper > lower {
                (buffer.baseAddress! + at).initialize(from: source + lower, count: upper - lower)
            }
            at += upper - lower
            if closing { appendEllipsis() }
            return String(wellFormedUTF8: UnsafeBufferPointer(buffer))
        }
    }
}
