/// The month schedule: month and quarter headings, and numbered lists whose items open with
/// months or quarters.
extension DocumentBuilder {
    /// Month and quarter headings; each entry runs to the end of its heading's section. A
    /// numbered heading whose words open with a month counts as that month's entry too
    /// (1、一月份举办元旦活动; 一、1—2月 for both months) where three items of its list do, so
    /// a schedule written as a numbered list is one; and one whose words open with a quarter
    /// (1. 第一季度：迎新与动员) where two items of its list do, as a quarterly schedule is.
    static func schedule(headings: [Heading], markers: [Range<Int>], sections: SectionTree, text: ScalarScanner)
        -> MonthSchedule
    {
        var entries: [MonthSchedule.Entry] = []
        // Items that open with a month, by their parent section: a list is a schedule when
        // three of its items do, not when tasks grouped by topic each name a month or two.
        var itemsByParent: [Int: [(months: ClosedRange<Int>, marker: Range<Int>, range: Range<Int>)]] = [:]
        var quartersByParent: [Int: [MonthSchedule.Entry]] = [:]
        // The nodes are read in place: a copy of each retained and released its children.
        for nodeIndex in sections.nodes.indices.dropFirst() {
            guard let index = sections.nodes[nodeIndex].headingIndex else { continue }
            let heading = headings[index]
            if let numbering = heading.numbering, numbering.style == .month {
                entries.append(
                    MonthSchedule.Entry(period: numbering.value, markerRange: markers[index], range: sections.nodes[nodeIndex].range))
                continue
            }
            if heading.numbering?.style == .part { continue }
            // Most headings' words open with neither a figure nor a numeral: no quarter or
            // month is looked for in them.
            guard opensWithNumber(text, at: heading.titleRange.lowerBound, end: heading.titleRange.upperBound) else { continue }
            let node = sections.nodes[nodeIndex]
            if let (quarter, markerEnd) = leadingQuarter(text, at: heading.titleRange.lowerBound, end: heading.titleRange.upperBound) {
                quartersByParent[node.parent ?? 0, default: []].append(
                    MonthSchedule.Entry(period: 12 + quarter, markerRange: heading.titleRange.lowerBound..<markerEnd, range: node.range))
                continue
            }
            guard let (months, markerEnd) = leadingMonths(text, at: heading.titleRange.lowerBound, end: heading.titleRange.upperBound)
            else { continue }
            itemsByParent[node.parent ?? 0, default: []].append((months, heading.titleRange.lowerBound..<markerEnd, node.range))
        }
        for items in quartersByParent.values where Set(items.map(\.period)).count >= 2 { entries += items }
        for items in itemsByParent.values where items.count >= 3 {
            for item in items {
                for period in item.months {
                    entries.append(MonthSchedule.Entry(period: period, markerRange: item.marker, range: item.range))
                }
            }
        }
        entries.sort { $0.range.lowerBound < $1.range.lowerBound }
        return MonthSchedule(entries: entries)
    }

    /// Whether words open, after spaces, with what `leadingQuarter` or `leadingMonths` must
    /// find first: a figure, 第 or a Chinese numeral.
    static func opensWithNumber(_ text: ScalarScanner, at start: Int, end: Int) -> Bool {
        var index = start
        while index < end, text.bytes[index] == 0x20 { index += 1 }
        guard index < end else { return false }
        if text.bytes[index] >= 0x30, text.bytes[index] <= 0x39 { return true }
        let first = text.scalar(at: index).0
        return first == Mark.di || ChineseNumeral.value(of: first) != nil
    }

    /// The month (3月, 三月份) or month range (1—2月, 9-10月, 十一至十二月) that words open
    /// with, and the end of it; not a date (3月5日, 3月15号) nor a month in a year's count.
    static func leadingMonths(_ text: ScalarScanner, at start: Int, end: Int) -> (ClosedRange<Int>, Int)? {
        var index = start
        while index < end, text.bytes[index] == 0x20 { index += 1 }
        func numeral(at index: Int) -> (value: Int, next: Int)? {
            ChineseNumeral.parseDigits(text, at: index, end: end, maxDigits: 2) ?? ChineseNumeral.parse(text, at: index, end: end)
        }
        guard let (first, afterFirst) = numeral(at: index), (1...12).contains(first) else { return nil }
        var last = first
        var next = afterFirst
        // A range: dashes, tildes, 至 or 到 between the months, then the second month.
        var separator = afterFirst
        while separator < end {
            let scalar = text.scalar(at: separator).0
            guard scalar == 0x2D || scalar == 0x2014 || scalar == 0x2013 || scalar == 0x2015 || scalar == 0x7E
                || scalar == 0x301C || scalar == 0x81F3 || scalar == 0x5230
            else { break }
            separator = text.scalar(at: separator).1
        }
        if separator > afterFirst, let (second, afterSecond) = numeral(at: separator), second > first, second <= 12 {
            last = second
            next = afterSecond
        }
        guard next < end else { return nil }
        let (yue, afterYue) = text.scalar(at: next)
        guard yue == Mark.yue else { return nil }
        var markerEnd = afterYue
        if afterYue < end {
            let following = text.scalar(at: afterYue)
            if following.0 == Mark.ri || following.0 == Mark.hao || ChineseNumeral.value(of: following.0) != nil
                || (0x30...0x39).contains(following.0)
            {
                return nil
            }
            if following.0 == Mark.fen { markerEnd = following.1 }
        }
        return (first...last, markerEnd)
    }

    /// The quarter (第一季度, 一季度, 第3季度) that words open with, 1…4, and the end of it
    /// with a colon after it.
    static func leadingQuarter(_ text: ScalarScanner, at start: Int, end: Int) -> (Int, Int)? {
        var index = start
        while index < end, text.bytes[index] == 0x20 { index += 1 }
        if index < end, text.scalar(at: index).0 == Mark.di { index = text.scalar(at: index).1 }
        guard let (value, afterValue) = ChineseNumeral.parseDigits(text, at: index, end: end, maxDigits: 1)
            ?? ChineseNumeral.parse(text, at: index, end: end), (1...4).contains(value), afterValue < end,
            text.scalar(at: afterValue).0 == Mark.ji
        else { return nil }
        let afterJi = text.scalar(at: afterValue).1
        guard afterJi < end, text.scalar(at: afterJi).0 == Mark.du else { return nil }
        var markerEnd = text.scalar(at: afterJi).1
        if markerEnd < end, text.bytes[markerEnd] == 0x3A { markerEnd += 1 }
        return (value, markerEnd)
    }
}
