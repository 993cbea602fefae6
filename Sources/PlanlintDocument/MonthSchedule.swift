/// A month-by-month (or quarter-by-quarter) work schedule found in the plan.
public struct MonthSchedule: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// 1…12 for months; 13…16 for the first to fourth quarter.
        public var period: Int
        /// The entry's marker (一月份, 3月, 第一季度).
        public var markerRange: Range<Int>
        /// The entry's text, up to the next entry or the end of the schedule.
        public var range: Range<Int>

        public init(period: Int, markerRange: Range<Int>, range: Range<Int>) {
            self.period = period
            self.markerRange = markerRange
            self.range = range
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// True when the plan lays out its work by period (at least three months or two quarters).
    public var isPresent: Bool {
        // Distinct periods as bits (checks ask this for every mention of a time): months
        // 1…12 and quarters 13…16 all fit in one word.
        var months: UInt64 = 0
        var quarters: UInt64 = 0
        for entry in entries where (0..<64).contains(entry.period) {
            if entry.period <= 12 { months |= 1 << UInt64(entry.period) } else { quarters |= 1 << UInt64(entry.period) }
        }
        return months.nonzeroBitCount >= 3 || quarters.nonzeroBitCount >= 2
    }

    /// The entry whose text contains `offset`, if any.
    public func entry(containing offset: Int) -> Entry? {
        entries.first { $0.range.contains(offset) }
    }
}
