import PlanlintDocument

/// The evidence a finding shows: its line cut to a window of `radius` scalars on each side,
/// with "…" where the line goes on, leading blanks dropped.
///
/// Cut by stepping over scalars outward from the finding's first byte (`UTF8Count.advance`
/// and `retreat`), so a finding costs the window, not the line: long pasted paragraphs are single lines, and measuring a whole line
/// for every finding on it was a fifth of building findings.
///
/// The window is found first and its text made on request, from the same line: a finding's
/// into its plan's `FindingStore`, a passed check's as a string.
struct EvidenceExcerpt {
    /// The line's bytes the excerpt shows, and whether "…" stands before and after them.
    let from: Int
    let to: Int
    let opening: Bool
    let closing: Bool
    /// 1-based column (in scalars) of the finding within the excerpt.
    let column: Int
    /// Scalars of the excerpt the finding covers, at least 1.
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
        from = fromByte
        to = toByte
        self.opening = opening
        self.closing = closing
        if opening { column += 1 }
        let textLength = (opening ? 1 : 0) + width + (closing ? 1 : 0)
        self.column = column
        length = min(matchLength, max(1, textLength - column + 1))
    }

    /// The excerpt of `line` (the line it was cut from) as a string.
    func text(in line: UnsafeBufferPointer<UInt8>) -> String {
        Self.text(line, from: from, to: to, opening: opening, closing: closing)
    }

    /// The excerpt of `line` (the line it was cut from) kept in `arena`: written there
    /// directly, with no string made.
    func stored(from line: UnsafeBufferPointer<UInt8>, in arena: FindingStore) -> FindingEvidence {
        let count = to - from + (opening ? 3 : 0) + (closing ? 3 : 0)
        guard count > 0 else { return .none }
        let bytes = arena.store(count: count) { buffer in
            Self.write(line, from: from, to: to, opening: opening, closing: closing, into: buffer)
        }
        return FindingEvidence(owner: arena, bytes: bytes)
    }

    /// Writes the excerpt's bytes ("…" included) from `buffer` on.
    private static func write(
        _ line: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, opening: Bool, closing: Bool,
        into buffer: UnsafeMutablePointer<UInt8>
    ) {
        var at = buffer
        // "…" is E2 80 A6; bytes are trivial, so written without initialising first.
        if opening {
            (at[0], at[1], at[2]) = (0xE2, 0x80, 0xA6)
            at += 3
        }
        if let source = line.baseAddress, upper > lower {
            at.initialize(from: source + lower, count: upper - lower)
            at += upper - lower
        }
        if closing { (at[0], at[1], at[2]) = (0xE2, 0x80, 0xA6) }
    }

    /// The bytes between two scalar boundaries with "…" before and after when asked: put
    /// together on the stack and made a string once, without checking the bytes again (they
    /// are the file's, checked when it was read).
    static func text(_ line: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, opening: Bool, closing: Bool) -> String {
        let length = upper - lower + (opening ? 3 : 0) + (closing ? 3 : 0)
        guard length > 0 else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            write(line, from: lower, to: upper, opening: opening, closing: closing, into: buffer.baseAddress!)
            return String(wellFormedUTF8: UnsafeBufferPointer(buffer))
        }
    }
}
