import PlanlintTestSupport
import Testing
@testable import PlanlintDocument

/// Whether a schedule is present, against counting distinct periods in sets.
@Suite struct MonthScheduleTests {
    @Test func presenceAgreesWithDistinctPeriodCounts() {
        var generator = TestRandom()
        var present = 0
        for _ in 0..<2000 {
            let entries = (0..<Int.random(in: 0...6, using: &generator)).map { index in
                MonthSchedule.Entry(period: Int.random(in: 1...16, using: &generator), markerRange: index..<index, range: index..<index)
            }
            let months = Set(entries.map(\.period).filter { $0 <= 12 })
            let quarters = Set(entries.map(\.period).filter { $0 > 12 })
            let expected = months.count >= 3 || quarters.count >= 2
            #expect(MonthSchedule(entries: entries).isPresent == expected)
            if expected { present += 1 }
        }
        #expect(present > 300 && present < 1700)
    }
}
