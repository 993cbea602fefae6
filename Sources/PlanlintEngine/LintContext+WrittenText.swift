import PlanlintDocument

extension LintContext {
    /// The text of `range` as the plan writes it, for a message to quote: 「職代會」 and
    /// 「，、」 where the rules read 职代会 and `,、`, so the writer finds their own words.
    /// The normalised text where the two cannot be lined up: a range across lines, or one
    /// holding the fillers of hidden pinyin (the original has the annotations there).
    func writtenText(_ range: Range<Int>) -> String {
        let normalized = document.text(range)
        guard !range.isEmpty else { return normalized }
        let start = position(of: range.lowerBound)
        guard !lineIsUnchanged(start.line), start.line <= document.lines.original.count,
            document.lines.line(of: range.upperBound - 1) == document.lines.line(of: range.lowerBound),
            !document.normalized[range].contains(PinyinAnnotations.filler)
        else { return normalized }
        let line = originalLine(start.line)
        // Normalising keeps a line's characters one for one, so the range's characters from
        // its column are the original's.
        let count = document.normalized[range].withUnsafeBytes { UTF8Count.scalars(in: $0) }
        let first = start.column - 1
        guard first >= 0, first + count <= line.scalarCount else { return normalized }
        let written = line.bytes[line.byteOffset(ofScalar: first)..<line.byteOffset(ofScalar: first + count)]
        return String(decoding: written, as: UTF8.self)
    }
}
