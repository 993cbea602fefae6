import Foundation

/// The spaces a PDF's extraction leaves where a column of prose wrapped (…和职 业荣誉感…,
/// …以贯彻《工 会法》…): one a printed line, so a few in a long paragraph, far too few for
/// `SplitWordSpaces.isSplit`, and they part words (工 会法) as a split text's do.
///
/// What tells them from a writer's spaces is their rhythm: a column wraps every so many
/// characters, so in a long line most gaps between its spaces are one width (±1: a digit or
/// a Latin letter is half a character wide on the page). A writer's spaces fall where the
/// text pauses (after a heading, between table cells, in a letter-spaced title or a name
/// padded to three characters), a few characters apart and irregularly. On the real pages
/// (285 files) the reading finds 27 spaces on four pages, each inside a sentence where a
/// column wrapped, and none elsewhere.
enum WrapSpaces {
    /// The shortest line (in characters) read: a paragraph of several printed lines.
    static let shortestLine = 150
    /// The narrowest column (characters between two wraps): table cells, headings and names
    /// are shorter.
    static let narrowestColumn = 15
    /// The widest column looked for: a page's line holds some forty characters, a wide one
    /// a hundred.
    static let widestColumn = 200
    /// The fewest spaces at the column's width in a line.
    static let fewestWraps = 4
    /// The least share of a line's single spaces at the column's width: a line may hold a
    /// writer's spaces too (a heading's, a bullet's), and a wrap that fell after a shorter
    /// stretch (a half-width figure, a space of the writer's before it) is not counted.
    static let wrapShare = (numerator: 1, denominator: 4)

    /// Byte offsets, in order, of the wrap spaces in `text` (normalised: every space is
    /// U+0020) that stand between two ideographs: those a rule must step over to read the word
    /// they part. A space at a wrap next to a mark or a figure parts no word and is left.
    static func positions(in text: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = text.baseAddress else { return [] }
        var found: [Int] = []
        var start = 0
        while start < text.count {
            let end = memchr(base + start, 0x0A, text.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? text.count
            // Most long lines hold fewer spaces than a column's wraps: counted with `memchr`
            // before the line is walked character by character (which cost 2.4 % of a run).
            if end - start >= shortestLine, holdsSpaces(base + start, count: end - start, atLeast: fewestWraps) {
                found += positions(in: text, line: start..<end)
            }
            start = end + 1
        }
        return found
    }

    /// Whether the `count` bytes at `bytes` hold `needed` spaces.
    private static func holdsSpaces(_ bytes: UnsafePointer<UInt8>, count: Int, atLeast needed: Int) -> Bool {
        var spaces = 0
        var from = 0
        while from < count, let hit = memchr(bytes + from, 0x20, count - from) {
            spaces += 1
            if spaces >= needed { return true }
            from = bytes.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    /// The wrap spaces of one line (see `positions(in:)`).
    private static func positions(in text: UnsafeBufferPointer<UInt8>, line: Range<Int>) -> [Int] {
        // Single spaces, each with the characters since the single space before it (or the
        // line's start). A filler (hidden pinyin) stood for a character on the page.
        var spaces: [(index: Int, gap: Int)] = []
        var characters = 0
        var lastSpace = -1
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = text[index]
            if byte == 0x20 {
                var end = index + 1
                while end < line.upperBound, text[end] == 0x20 { end += 1 }
                if end - index == 1 {
                    spaces.append((index, characters - lastSpace - 1))
                    lastSpace = characters
                }
                characters += end - index
                index = end
                continue
            }
            characters += 1
            index += byte == PinyinAnnotations.filler ? 1 : max(1, UTF8Scalar.length(ofLead: byte))
        }
        guard characters >= shortestLine, spaces.count >= fewestWraps else { return [] }
        // The column's width: the gap (±1) most spaces follow, the narrower on a tie; counted
        // in one pass over the gaps, as a line run together from a whole page may hold
        // thousands of spaces.
        var counts = [Int](repeating: 0, count: widestColumn + 2)
        for space in spaces where space.gap <= widestColumn + 1 { counts[space.gap] += 1 }
        var column = (width: 0, count: 0)
        for width in narrowestColumn...widestColumn {
            let count = counts[width - 1] + counts[width] + counts[width + 1]
            if count > column.count { column = (width, count) }
        }
        guard column.count >= fewestWraps, column.count * wrapShare.denominator >= spaces.count * wrapShare.numerator else { return [] }
        return spaces.compactMap { space in
            guard abs(space.gap - column.width) <= 1, space.index - 3 >= line.lowerBound,
                UTF8Scalar.isIdeograph(text, at: space.index - 3), space.index + 1 < line.upperBound,
                UTF8Scalar.isIdeograph(text, at: space.index + 1)
            else { return nil }
            return space.index
        }
    }
}
