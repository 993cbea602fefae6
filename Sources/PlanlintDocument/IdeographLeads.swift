/// Tests on the lead bytes of ideographs (three-byte scalars led by E4–E9, U+4000–U+9FFF,
/// most of a plan) made on several characters' bytes in one machine word.
enum IdeographLeads {
    /// Whether bytes 0, 3 and 6 of `word` (little-endian: byte 0 is the lowest, the first
    /// in the text) are all E4–E9: three ideographs in a row, when the bytes are well-formed
    /// UTF-8 starting at a character. Each lead is lifted alone into a field with room for
    /// a carry: adding 0x1C carries out of it from E4 up, adding 0x16 from EA up, so a
    /// lead in range carries in the first sum and not in the second. A step over three
    /// characters then costs a load and five operations, where a byte test each cost a
    /// load, a subtraction, a comparison and a branch.
    @inline(__always)
    static func threeAt(_ word: UInt64) -> Bool {
        let leads = word & 0x00FF_0000_FF00_00FF
        let fromE4 = leads &+ 0x001C_0000_1C00_001C
        let fromEA = leads &+ 0x0016_0000_1600_0016
        let carries: UInt64 = 0x0100_0001_0000_0100
        return (fromE4 ^ fromEA) & carries == carries
    }
}
