import PlanlintDocument

extension LintContext {
    /// The text of `range` as the plan writes it, for a message to quote: 「職代會」 and
    /// 「，、」 where the rules read 职代会 and `,、`, so the writer finds their own words.
    /// The normalised text where the two cannot be lined up: a range across lines, or one
    /// holding the fillers of hidden pinyin (the original has the annotations there).
    func writtenText(_ range: Range<Int>) -> String {
        let normalized = document.text(range)
        guard !range.isEmpty,
            document.lines.line(of: range.upperBound - 1) == document.lines.line(of: range.lowerBound),
            !document.normalized[range].contains(PinyinAnnotations.filler),
            let written = originalBytes(of: range)
        else { return normalized }
        return String(decoding: written, as: UTF8.self)
    }

    /// The original bytes of a range that starts on a line the normaliser changed, cut at that
    /// line's end; nil on an unchanged line, whose bytes are the normalised ones. Normalising
    /// keeps a line's characters one for one, so the range's characters from its column are
    /// the original's.
    func originalBytes(of range: Range<Int>) -> ArraySlice<UInt8>? {
        let start = position(of: range.lowerBound)
        guard !lineIsUnchanged(start.line), start.line <= document.lines.original.count else { return nil }
        let line = originalLine(start.line)
        let count = document.normalized[range].withUnsafeBytes { UTF8Count.scalars(in: $0) }
        let from = line.byteOffset(ofScalar: min(max(0, start.column - 1), line.scalarCount))
        let to = line.byteOffset(ofScalar: min(start.column - 1 + count, line.scalarCount))
        return line.bytes[from..<to]
    }
}
