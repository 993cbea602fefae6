import PlanlintDocument

extension LintContext {
    /// The text of `range` as the plan writes it, for a message to quote: 「職代會」 and
    /// 「，、」 where the rules read 职代会 and `,、`, so the writer finds their own words;
    /// without what fillers stand for (hidden pinyin, a split word's spaces: 「職工之家」 for
    /// 職 工 之 家). The normalised text where the two cannot be lined up: a range across lines.
    func writtenText(_ range: Range<Int>) -> String {
        // The line is found once, and on one line when the range ends before the next one
        // starts; the normalised text is made only when it is the answer (most lines are
        // unchanged). Two searches of the lines and a string made in vain for every quote
        // were a third of quoting.
        guard !range.isEmpty else { return document.text(range) }
        let lines = document.lines
        let line = lines.line(of: range.lowerBound)
        guard line == lines.count || range.upperBound <= lines.starts[line], let written = originalBytes(of: range, onLine: line)
        else { return document.text(range) }
        guard document.holdsFillers, document.normalized[range].contains(PinyinAnnotations.filler) else {
            // Cut at scalar boundaries of the checked original: no need to check it again.
            return written.withUnsafeBufferPointer { String(wellFormedUTF8: $0) }
        }
        // Scalar for scalar: each filler stands for one scalar of the original, left out.
        var kept: [UInt8] = []
        kept.reserveCapacity(written.count)
        var index = range.lowerBound
        var at = written.startIndex
        while index < range.upperBound, at < written.endIndex {
            let length = UTF8Scalar.length(ofLead: written[at])
            let byte = document.normalized[index]
            if byte == PinyinAnnotations.filler {
                index += 1
            } else {
                kept += written[at..<min(at + length, written.endIndex)]
                index += UTF8Scalar.length(ofLead: byte)
            }
            at += length
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// The original bytes of a range that starts on a line the normaliser changed, cut at that
    /// line's end; nil on an unchanged line, whose bytes are the normalised ones. Normalising
    /// keeps a line's characters one for one, so the range's characters from its column are
    /// the original's.
    func originalBytes(of range: Range<Int>) -> ArraySlice<UInt8>? {
        originalBytes(of: range, onLine: document.lines.line(of: range.lowerBound))
    }

    /// The same when the range's (1-based) line is known.
    func originalBytes(of range: Range<Int>, onLine lineNumber: Int) -> ArraySlice<UInt8>? {
        // The line first, the column only for a changed line: most lines are unchanged, and
        // counting the scalars up to the column was most of the cost of asking.
        guard !lineIsUnchanged(lineNumber), lineNumber <= document.lines.original.count else { return nil }
        let start = position(of: range.lowerBound)
        let line = originalLine(start.line)
        let count = document.normalized[range].withUnsafeBytes { UTF8Count.scalars(in: $0) }
        let from = line.byteOffset(ofScalar: min(max(0, start.column - 1), line.scalarCount))
        let to = line.byteOffset(ofScalar: min(start.column - 1 + count, line.scalarCount))
        return line.bytes[from..<to]
    }
}
