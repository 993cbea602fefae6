import Testing
@testable import PlanlintEngine

@Suite struct ZeroedTableTests {
    /// Both ways of making a table: allocated below the threshold, mapped above it.
    @Test(arguments: [1, 1_000, ZeroedTable<UInt16>.mappingThreshold / 2, ZeroedTable<UInt16>.mappingThreshold / 2 + 1, 600_000])
    func startsZeroAndKeepsWhatIsWritten(count: Int) {
        let table = ZeroedTable<UInt16>(count: count)
        #expect(table.buffer.count == count)
        #expect(table.buffer.allSatisfy { $0 == 0 })
        for index in stride(from: 0, to: count, by: 997) { table.buffer[index] = UInt16(truncatingIfNeeded: index) | 1 }
        table.buffer[count - 1] = 7
        for index in stride(from: 0, to: count - 1, by: 997) { #expect(table.buffer[index] == UInt16(truncatingIfNeeded: index) | 1) }
        #expect(table.buffer[count - 1] == 7)
    }

    /// A mapped table starts on a 2 MB boundary, where the kernel can give it huge pages.
    @Test func aLargeTableIsAlignedForHugePages() {
        let table = ZeroedTable<Int32>(count: 300_000)
        let address = UInt(bitPattern: table.buffer.baseAddress!)
        #expect(address % (2 * 1024 * 1024) == 0)
    }

    /// Tables come and go without leaking their mappings or touching freed memory.
    @Test func manyTablesComeAndGo() {
        for round in 0..<50 {
            let table = ZeroedTable<UInt16>(count: 200_000 + round)
            table.buffer[table.buffer.count - 1] = UInt16(round)
            #expect(table.buffer[table.buffer.count - 1] == UInt16(round))
        }
    }
}
