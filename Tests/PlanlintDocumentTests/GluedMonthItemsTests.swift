import Testing

@testable import PlanlintDocument

/// `GluedMonthItems`: a schedule whose months a conversion glued to each month's first item
/// number (11、 21、 … 121、) is read as the schedule it is.
@Suite struct GluedMonthItemsTests {
    @Test func aListOfGluedMonthsIsFound() {
        let months = GluedMonthItems.gluedMonths([11, 2, 3, 21, 2, 31, 61, 2, 101, 121])
        #expect(months?.map(\.month) == [1, 2, 3, 6, 10, 12])
        #expect(months?.map(\.position) == [0, 3, 5, 6, 8, 9])
    }

    @Test func otherListsAreNot() {
        // A list running on to 11 and 21.
        #expect(GluedMonthItems.gluedMonths(Array(1...21)) == nil)
        // Too few months, months going back, an item numbered out of turn.
        #expect(GluedMonthItems.gluedMonths([11, 2, 21, 2]) == nil)
        #expect(GluedMonthItems.gluedMonths([11, 31, 21, 41]) == nil)
        #expect(GluedMonthItems.gluedMonths([11, 2, 21, 5, 31]) == nil)
    }

    @Test func theScheduleDatesEachItemAndTheNumbersRunOn() {
        let text = "月份活动要点\n11、慰问离退休教师\n2、召开教代会\n21、艺术团报名\n31、三八节活动\n2、参加运动会\n7组织暑期考察\n81、师德培训\n2、档案互查"
        let plan = DocumentReader.document(text: text)
        #expect(plan.schedule.isPresent)
        #expect(plan.schedule.entries.map(\.period) == [1, 2, 3, 7, 8])
        #expect(plan.schedule.entries.map { plan.text($0.markerRange) } == ["1", "2", "3", "7", "8"])
        func period(of word: String) -> Int? {
            let offset = plan.text(0..<plan.normalized.count).utf8.count - (plan.text(0..<plan.normalized.count).components(separatedBy: word).dropFirst().joined(separator: word).utf8.count + word.utf8.count)
            return plan.schedule.entry(containing: offset)?.period
        }
        #expect(period(of: "召开教代会") == 1)
        #expect(period(of: "参加运动会") == 3)
        #expect(period(of: "组织暑期") == 7)
        #expect(period(of: "档案互查") == 8)
        // Each glued number is item 1 of its month.
        #expect(plan.headings.compactMap(\.numbering?.value) == [1, 2, 1, 1, 2, 1, 2])
    }

    @Test func aListRunningOnKeepsItsNumbers() {
        let text = (1...12).map { "\($0)、做好第\($0)项工作" }.joined(separator: "\n")
        let plan = DocumentReader.document(text: text)
        #expect(plan.schedule.entries.isEmpty)
        #expect(plan.headings.compactMap(\.numbering?.value) == Array(1...12))
    }
}
