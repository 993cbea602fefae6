/// A month-by-month schedule whose months a conversion glued to the number of each month's
/// first item. A table with a 月份 column beside a column of numbered items, flattened to
/// text, reads
///
/// ```text
/// 11、慰问离退休教师      (month 1, item 1)
/// 2、召开教代会
/// 21、区艺术团报名        (month 2, item 1)
/// 2、经验交流会
/// 7组织暑期考察活动       (month 7, one item without a number)
/// 81、师德培训            (month 8, item 1)
/// ```
///
/// Read as written, the list numbers 11, 2, 21, 2 … (gaps everywhere) and no item has a
/// month. The reader reads it as the schedule it is: each glued number is item 1 of its
/// month, and each month is a schedule entry (`MonthSchedule`) running to the next month.
///
/// Only a whole list that reads so is taken: its first item is glued (11 … 121: a month
/// 1…12 and the digit 1), at least three items are, their months rise, and every other item
/// numbers on from the one before it (2 after a glued 1, 3 after 2). A list that simply runs
/// on to 11 (… 9、10、11、) never starts with a glued item.
enum GluedMonthItems {
    struct Found {
        /// Headings whose number is a month and the digit 1: item 1 of that month.
        var firstItems: [Int] = []
        var entries: [MonthSchedule.Entry] = []
    }

    /// Fewer glued months are too few to tell a schedule from a numbering slip.
    static let minMonths = 3

    static func find(headings: [Heading], blocks: [TextBlock], sections: SectionTree, text: ScalarScanner) -> Found {
        var found = Found()
        // By index: a copy of each node retained and released its list of children, for
        // every node of every plan, where few have three children.
        for nodeIndex in sections.nodes.indices where sections.nodes[nodeIndex].children.count >= minMonths {
            let node = sections.nodes[nodeIndex]
            // Made at its largest at once (compactMap grew it item by item, for every node).
            var items: [(node: Int, heading: Int, value: Int)] = []
            items.reserveCapacity(node.children.count)
            for child in node.children {
                guard let heading = sections.nodes[child].headingIndex, let numbering = headings[heading].numbering,
                    numbering.style == .arabic
                else { continue }
                items.append((child, heading, numbering.value))
            }
            guard items.count >= minMonths, let months = gluedMonths(items.map(\.value)) else { continue }
            // Where each month starts: a glued item, or an unnumbered line opening with the
            // month between two glued ones (7组织暑期考察活动).
            var starts: [(offset: Int, period: Int, marker: Range<Int>)] = []
            for (position, month) in months {
                let heading = headings[items[position].heading]
                if let last = starts.last {
                    starts += unnumberedMonths(after: last.period, before: month, in: last.offset..<heading.range.lowerBound, blocks: blocks, text: text)
                }
                found.firstItems.append(items[position].heading)
                starts.append((heading.range.lowerBound, month, monthDigits(of: heading, text: text)))
            }
            let end = sections.nodes[items[items.count - 1].node].range.upperBound
            if let last = starts.last, last.period < 12 {
                starts += unnumberedMonths(after: last.period, before: 13, in: last.offset..<end, blocks: blocks, text: text)
            }
            for (index, start) in starts.enumerated() {
                let next = index + 1 < starts.count ? starts[index + 1].offset : end
                found.entries.append(MonthSchedule.Entry(period: start.period, markerRange: start.marker, range: start.offset..<next))
            }
        }
        return found
    }

    /// The glued items of a list's numbers (their positions and months), when the whole list
    /// reads as a glued schedule.
    static func gluedMonths(_ values: [Int]) -> [(position: Int, month: Int)]? {
        var months: [(position: Int, month: Int)] = []
        var previous = 0
        for (position, value) in values.enumerated() {
            let month = value / 10
            if value % 10 == 1, (1...12).contains(month), month > (months.last?.month ?? 0) {
                months.append((position, month))
                previous = 1
            } else if position > 0, value == previous + 1 {
                previous = value
            } else {
                return nil
            }
        }
        return months.count >= minMonths ? months : nil
    }

    /// The month's digits of a glued number: 6 of 61、, 12 of 121、.
    private static func monthDigits(of heading: Heading, text: ScalarScanner) -> Range<Int> {
        var start = heading.range.lowerBound
        while start < heading.range.upperBound, !(0x30...0x39).contains(text.bytes[start]) { start += 1 }
        var end = start
        while end < heading.range.upperBound, (0x30...0x39).contains(text.bytes[end]) { end += 1 }
        return start..<max(start, end - 1)
    }

    /// Lines in `range` that are no heading and open with a month after `low` and before
    /// `high` written straight before the words (7组织…), as a month of one unnumbered item.
    private static func unnumberedMonths(after low: Int, before high: Int, in range: Range<Int>, blocks: [TextBlock], text: ScalarScanner)
        -> [(offset: Int, period: Int, marker: Range<Int>)]
    {
        guard high - low > 1 else { return [] }
        var months: [(offset: Int, period: Int, marker: Range<Int>)] = []
        var floor = low
        for block in blocks where block.headingIndex == nil && range.contains(block.range.lowerBound) {
            let start = text.trimmed(block.range).lowerBound
            guard let (month, after) = ChineseNumeral.parseDigits(text, at: start, end: block.range.upperBound, maxDigits: 2),
                month > floor, month < high, after < block.range.upperBound, (0xE4...0xE9).contains(text.bytes[after]),
                text.scalar(at: after).0 != Mark.yue
            else { continue }
            months.append((block.range.lowerBound, month, start..<after))
            floor = month
        }
        return months
    }
}
