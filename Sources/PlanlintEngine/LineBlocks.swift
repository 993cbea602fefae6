/// The line of each 64-byte block's first byte in one text, so that the line holding any
/// offset is its block's line or a step or two past it.
///
/// `MatchIndex` finds the line of every match of each term a gate asks about: a binary search
/// of the line starts for a term's first match, then a galloping walk to each next one, was a
/// hundred-odd instructions a term and tens a match far from the last.
struct LineBlocks {
    /// Bytes per block, as a shift.
    static let shift = 6
    /// lines[k]: how many line starts lie at or before byte k << shift (its 1-based line).
    private let lines: [Int32]

    init(lineStarts: [Int], byteCount: Int) {
        var lines: [Int32] = []
        lines.reserveCapacity(byteCount >> Self.shift + 1)
        var line = 1
        for block in 0...(byteCount >> Self.shift) {
            let offset = block << Self.shift
            while line < lineStarts.count, lineStarts[line] <= offset { line += 1 }
            lines.append(Int32(line))
        }
        self.lines = lines
    }

    /// The 1-based line holding `offset` (`LineTable.line(of:)`), given `lineStarts`, the
    /// starts the blocks were made from, and a line known to lie at or before it (1 when
    /// none is known).
    @inline(__always)
    func line(of offset: Int, in lineStarts: UnsafeBufferPointer<Int>, atOrAfter known: Int) -> Int {
        var line = Swift.max(known, Int(lines[Swift.min(offset >> Self.shift, lines.count - 1)]))
        while line < lineStarts.count, lineStarts[line] <= offset { line += 1 }
        return line
    }
}
