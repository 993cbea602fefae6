@testable import PlanlintEngine
import Testing

@Suite struct LeadingBytesTests {
    /// Whether `table` lets through `text` read from its start (the whole text the line).
    private func admits(_ table: LeadingBytes, _ text: String) -> Bool {
        let words = table.words
        let bytes = Array(text.utf8)
        return words.withUnsafeBufferPointer { words in
            bytes.withUnsafeBufferPointer { LeadingBytes.admits(words, table: 0, $0, at: 0, end: bytes.count) }
        }
    }

    @Test func refusesWhatNoPathStartsWith() {
        var table = LeadingBytes()
        for word in ["职代会", "教代会"] { table.insert(scalar: word.unicodeScalars.first!.value) }
        #expect(admits(table, "职代会"))
        #expect(admits(table, "教职工"))
        // 会 and 开 start with E4 and E5 like many characters, but their second bytes differ.
        #expect(!admits(table, "会员"))
        #expect(!admits(table, "开展"))
        #expect(!admits(table, "a"))
        // Nothing starts at the end of a line.
        #expect(!admits(table, ""))
    }

    @Test func aOneByteStartLetsAnyByteFollow() {
        var table = LeadingBytes()
        table.insert(UInt8(ascii: "#"), nil)
        #expect(admits(table, "#"))
        #expect(admits(table, "# 一"))
        #expect(admits(table, "#职"))
        #expect(!admits(table, " #"))
    }

    @Test func followsSplitsAndZeroWidthStepsToWhatIsRead() throws {
        func leading(_ pattern: String, from entry: Int = 0) throws -> LeadingBytes? {
            try RegexProgram(try RegexSubsetParser.parse(pattern)).leadingBytes(from: entry)
        }
        let words = try #require(try leading("(?<!代)(职代会|教代会)|[一二]、"))
        #expect(admits(words, "教代会"))
        #expect(admits(words, "二、"))
        #expect(!admits(words, "四、"))
        // Only two bytes are told apart: 三 starts as 一 does.
        #expect(admits(words, "三、"))
        // Any scalar, a negated class, a path that reads nothing: no table.
        #expect(try leading(".年") == nil)
        #expect(try leading("[^。;]年") == nil)
        #expect(try leading("年?") == nil)
        #expect(try leading("\\p{Han}") == nil)
    }

    /// Each split of a bounded repeat gets its branches' tables: the class, which may read
    /// any byte, none; the words after the repeat, theirs (one table, shared by every copy).
    @Test func splitsCarryTheirBranchesTables() throws {
        let program = try RegexProgram(try RegexSubsetParser.parse("召开[^。;]{0,15}(职代会|教代会)"))
        let splits = program.instructions.filter { $0.opcode == .split }
        #expect(splits.count == 15)
        #expect(splits.allSatisfy { $0.firstFilter == -1 })
        #expect(Set(splits.map(\.secondFilter)).count == 1)
        #expect(splits[0].secondFilter >= 0)
    }

    @Test func matchesAsBeforeWhereBranchesAreRuledOut() throws {
        let lines = ["召开职代会", "召开第五届职工代表大会暨教代会。召开工代会", "召开一次会", "召开", "召开会员代表大会职代"]
        let (text, regions) = BacktrackingRegexTests.text(of: lines)
        for pattern in [
            "召开[^。;]{0,15}(职代会|教代会|代表大会)", "^.{0,20}?(职代会|工代会)", "召开[^。;]{0,15}?会$", "(召开|举行)(职|教)?代",
        ] {
            let expected = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(BacktrackingRegex(pattern)).matches(in: text, regions: regions) == expected, "\(pattern)")
        }
    }
}
