import Foundation
@testable import PlanlintEngine
import Testing

@Suite struct StartCursorTests {
    @Test func walksForwardWithinBounds() {
        var cursor = StartCursor([3, 8, 12, 20])
        #expect(cursor.isKnown)
        #expect(cursor.first(atOrAfter: 0, before: 3) == nil)
        #expect(cursor.first(atOrAfter: 0, before: 10) == 3)
        cursor.skip()
        #expect(cursor.first(atOrAfter: 0, before: 10) == 8)
        #expect(cursor.first(atOrAfter: 9, before: 12) == nil)
        #expect(cursor.first(atOrAfter: 9, before: 30) == 12)
        #expect(cursor.first(atOrAfter: 21, before: 30) == nil)
        #expect(!StartCursor(nil).isKnown)
    }

    /// Told where the start literals lie (and places where none does), the matcher finds
    /// what it finds by searching for them itself; more than eight literals too (too many to
    /// search each line for, but the automaton finds them all).
    @Test func matchesAsWhenItSearchesForStarts() throws {
        let lines = ["召开职代会,举行工代会", "筹备召开会员代表大会。召开", "开好职代会", "召开开好教代会", "无关的一行", "主持举办工代会,组织筹划教代会"]
        let (text, regions) = BacktrackingRegexTests.text(of: lines)
        let bytes = Array(lines.joined(separator: "\n").utf8)
        for pattern in [
            "(召开|开好|举行|召集|筹备)[^。;]{0,15}(职代会|工代会|教代会|代表大会)", "召开(职|教)代会", "(开好|召开)",
            "(召开|开好|举行|召集|筹备|组织|筹划|举办|主持)[^。;]{0,15}(职代会|工代会|教代会|代表大会)",
        ] {
            let regex = try #require(BacktrackingRegex(pattern))
            let literals = try #require(regex.startLiteralBytes)
            let places = bytes.indices.filter { start in literals.contains { bytes[start...].starts(with: $0) } }
            let expected = regex.matches(in: text, regions: regions)
            #expect(regex.matches(in: text, regions: regions, startingAt: places) == expected, "\(pattern)")
            // Every byte offered: places where no literal lies fail as before.
            #expect(regex.matches(in: text, regions: regions, startingAt: Array(bytes.indices)) == expected, "\(pattern)")
            #expect(try #require(FoundationRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
        #expect(BacktrackingRegex("(召开|开好|举行|召集|筹备|组织|筹划|举办|主持)会")?.startLiteralBytes?.count == 9)
        #expect(BacktrackingRegex("^召开")?.startLiteralBytes == nil)
        #expect(BacktrackingRegex("[召开]会")?.startLiteralBytes == nil)
    }
}
