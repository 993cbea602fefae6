/// Finds the numbered lists that a line announces (具体工作安排如下：, 主要做好以下几项工作：)
/// and how far each runs, so a section led by such a line spans its items even where the
/// outline made them its siblings. See `IntroducedList`.
struct IntroducedListScanner {
    let text: ScalarScanner
    let blocks: [TextBlock]
    let headings: [Heading]
    let sections: SectionTree

    /// How far back from a block's end the announcing words are looked for: the last clause of
    /// an intro is short (主要从以下几个方面开展工作), and the look stays bounded however long
    /// the paragraph.
    static let clauseWindow = 90

    /// Characters of a last clause that, ending with a colon, announces a list by itself
    /// (具体工作：).
    static let shortLine = 10

    private static let ruXia = Array("如下".utf8)
    private static let yiXia = Array("以下".utf8)
    private static let xiaLie = Array("下列".utf8)

    /// The lists in text order of their intros. One pass over the blocks; each list's walk
    /// over the headings stops at the list's end, and lists nest, so the headings are walked
    /// at most once per level of nesting.
    func lists() -> [IntroducedList] {
        var found: [IntroducedList] = []
        guard !headings.isEmpty, blocks.count > 1 else { return found }
        for index in 0..<(blocks.count - 1) {
            // The next block is asked first: few blocks are followed by an item 1.
            guard let (first, value) = firstItem(after: index), Self.announcesList(text, in: blocks[index].range) else { continue }
            let block = blocks[index]
            let level: Int
            var owner: Int?
            if let own = block.headingIndex {
                level = headings[own].depth
                owner = node(ofHeading: own)
            } else {
                let containing = sections.innermost(containing: block.range.lowerBound)
                level = sections.nodes[containing].depth
                // A heading whose whole body is the intro (三、主要工作 / 今年重点做好以下工作：):
                // the list is that heading's body. Not an item numbered like the list's: that
                // is the last item of an earlier list (…8、 / 具体工作安排如下： / 1、), after
                // which the intro opens a list of its own.
                if index > 0, let previous = blocks[index - 1].headingIndex, node(ofHeading: previous) == containing,
                    headings[previous].numbering?.style != headings[first].numbering?.style
                {
                    owner = containing
                }
            }
            guard let end = listEnd(from: first, value: value, introLevel: level) else { continue }
            found.append(IntroducedList(intro: block.range, owner: owner, items: blocks[index + 1].range.lowerBound..<end))
        }
        return found
    }

    /// The heading the list after the intro block at `index` is walked from, and its number.
    /// Usually the next block, numbered 1. But 1、 followed by a figure (1、3月上旬召开职代会)
    /// is no heading, as 1、3 reads as a list of numbers: a block opening so, followed within a
    /// few blocks by the heading numbered 2 in that style, starts the list as its item 1.
    private func firstItem(after index: Int) -> (heading: Int, value: Int)? {
        let next = blocks[index + 1]
        if let heading = next.headingIndex {
            return Self.opensList(headings[heading]) ? (heading, 1) : nil
        }
        guard let style = Self.textualFirstItem(text, at: next.range) else { return nil }
        for later in blocks[(index + 2)..<min(blocks.count, index + 2 + Self.textualItemBlocks)] {
            guard let heading = later.headingIndex else { continue }
            let numbering = headings[heading].numbering
            return numbering?.style == style && numbering?.value == 2 ? (heading, 2) : nil
        }
        return nil
    }

    /// Blocks an item 1 that is no heading may run to before item 2.
    static let textualItemBlocks = 6

    /// Numbering a list's first item has: 1 in a heading style (not a month of a schedule,
    /// not one plan of several).
    static func opensList(_ heading: Heading) -> Bool {
        guard let numbering = heading.numbering, numbering.value == 1 else { return false }
        switch numbering.style {
        case .chinese, .parenChinese, .arabic, .parenArabic, .circled, .ordinal: return true
        case .enumeration, .month, .part: return false
        }
    }

    /// The style of a block that opens with 1、 1. or (1) before a figure, which the
    /// numbering scanner leaves unmarked.
    static func textualFirstItem(_ text: ScalarScanner, at range: Range<Int>) -> NumberingStyle? {
        let bytes = text.bytes
        var start = range.lowerBound
        let paren = start < range.upperBound && bytes[start] == 0x28
        if paren { start += 1 }
        guard start + 1 < range.upperBound, bytes[start] == 0x31 else { return nil }
        let after = start + 1
        if paren { return bytes[after] == 0x29 ? .parenArabic : nil }
        if bytes[after] == 0x2E || text.matches(ideographicComma, at: after, end: range.upperBound) { return .arabic }
        return nil
    }

    private static let ideographicComma = Array("、".utf8)
    private static let ideographicStop = Array("。".utf8)

    /// Where the list whose item `value` is heading `first` ends: at the first later heading
    /// that is not its next item (same style, the next number or one skipped) and stands at
    /// the intro's level, the items' level or higher. Nil when it has a single item, which is
    /// no list.
    func listEnd(from first: Int, value: Int, introLevel: Int) -> Int? {
        guard let style = headings[first].numbering?.style else { return nil }
        let itemDepth = headings[first].depth
        let limit = max(introLevel, itemDepth)
        var last = value
        var index = first + 1
        while index < headings.count {
            let heading = headings[index]
            if let numbering = heading.numbering, numbering.style == style, numbering.value > last, numbering.value <= last + 2 {
                last = numbering.value
            } else if heading.depth <= limit {
                break
            }
            index += 1
        }
        guard last > 1 else { return nil }
        return index < headings.count ? headings[index].range.lowerBound : text.bytes.count
    }

    /// The section node of heading `index` (nodes follow the headings, after the root).
    private func node(ofHeading index: Int) -> Int? {
        let node = index + 1
        guard node < sections.nodes.count, sections.nodes[node].headingIndex == index else { return nil }
        return node
    }

    /// Whether the block ends by announcing a list: it ends with 如下 (具体安排如下), or with a
    /// colon after a last clause that holds 如下, 以下 or 下列 (主要做好以下几项工作：) or is only a
    /// few words (工作措施：, ……，计划今年主要工作：).
    /// Read backwards from the end on the bytes; the words are ideographs, whose lead bytes
    /// never stand inside another scalar, and the clause marks are ASCII after
    /// normalisation (or 。).
    static func announcesList(_ text: ScalarScanner, in range: Range<Int>) -> Bool {
        let bytes = text.bytes
        var end = range.upperBound
        // Blanks and Markdown's emphasis and heading marks (**具体安排如下：**).
        func trimTrailing() {
            while end > range.lowerBound {
                switch bytes[end - 1] {
                case 0x20, 0x09, 0x2A, 0x5F, 0x23: end -= 1
                default: return
                }
            }
        }
        trimTrailing()
        let colon = end > range.lowerBound && bytes[end - 1] == 0x3A
        if colon {
            end -= 1
            trimTrailing()
        }
        if end - ruXia.count >= range.lowerBound, text.matches(ruXia, at: end - ruXia.count, end: end) { return true }
        guard colon else { return false }
        let floor = max(range.lowerBound, end - clauseWindow)
        var index = end - 1
        var scalars = 0
        while index >= floor {
            let byte = bytes[index]
            if byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F { break }
            if byte == 0xE3, text.matches(ideographicStop, at: index, end: end) { break }
            if byte == 0xE4 || byte == 0xE5,
                text.matches(yiXia, at: index, end: end) || text.matches(ruXia, at: index, end: end)
                    || text.matches(xiaLie, at: index, end: end)
            {
                return true
            }
            if byte & 0xC0 != 0x80, byte != 0x20, byte != 0x09 { scalars += 1 }
            index -= 1
        }
        // A clause that outruns the window has more scalars than `shortLine` in it already.
        return scalars <= shortLine
    }
}
