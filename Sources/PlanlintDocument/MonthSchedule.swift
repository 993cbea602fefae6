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
        let months = Set(entries.lazy.filter { $0.period <= 12 }.map(\.period))
        let quarters = Set(entries.lazy.filter { $0.period > 12 }.map(\.period))
        return months.count >= 3 || quarters.count >= 2
    }

    /// The entry whose text contains `offset`, if any.
    public func entry(containing offset: Int) -> Entry? {
        entries.first { $0.range.contains(offset) }
    }
}
