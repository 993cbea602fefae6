/// The bytes every path from a point of a `RegexProgram` must read first: its first byte
/// exactly, and its first two folded into a table of 1,024 bits. `Backtracker` asks it at a
/// split before taking or keeping a branch, so that a branch which would fail at its first
/// step is neither tried nor kept: `[^。;]{0,15}(职代会|教代会|…)` kept the words' branch at
/// each of fifteen positions, and tried a dozen words at each when it came back to them.
///
/// The first byte of a Chinese character tells little (most start with E4–E9); the second
/// byte, taken with the first's low bits, tells most apart. The table only lets through:
/// bytes it holds may still fail, bytes it refuses always would.
struct LeadingBytes: Equatable, Sendable {
    /// The table as `admits` reads it: 256 bits of the first byte, then 1,024 of
    /// `pairIndex` of the first two (one array: tables are made for every split of every
    /// pattern a process compiles).
    private(set) var words = [UInt32](repeating: 0, count: Self.wordCount)

    static let wordCount = 40

    /// Where two bytes fall in the pair table: the low four bits of the first (E4–E9, the
    /// leads of most Chinese characters, stay apart), the low six of the second (a
    /// continuation byte's payload).
    @inline(__always)
    static func pairIndex(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x0F) << 6 | Int(second & 0x3F)
    }

    /// Lets through paths that start with `first`, then `second` (nil: any byte).
    mutating func insert(_ first: UInt8, _ second: UInt8?) {
        words[Int(first >> 5)] |= 1 << UInt32(first & 31)
        if let second {
            let index = 256 + Self.pairIndex(first, second)
            words[index >> 5] |= 1 << UInt32(index & 31)
        } else {
            // Every pair with this first byte: its row, two words.
            let row = 8 + Int(first & 0x0F) << 1
            words[row] = ~0
            words[row + 1] = ~0
        }
    }

    /// Lets through the UTF-8 of `scalar` (not a surrogate).
    mutating func insert(scalar: UInt32) {
        switch scalar {
        case ..<0x80: insert(UInt8(scalar), nil)
        case ..<0x800: insert(UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000: insert(UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F))
        default: insert(UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F))
        }
    }

    /// Whether the bytes at `position` (before `end`) may start a path of the table at
    /// `words[table...]`. Nothing can start at the end: a table is made only for code that
    /// must read a byte.
    @inline(__always)
    static func admits(
        _ words: UnsafeBufferPointer<UInt32>, table: Int, _ bytes: UnsafeBufferPointer<UInt8>, at position: Int, end: Int
    ) -> Bool {
        guard position < end else { return false }
        let first = bytes[position]
        guard words[table &+ Int(first >> 5)] >> UInt32(first & 31) & 1 == 1 else { return false }
        // A one-byte path may end the line.
        guard position &+ 1 < end else { return true }
        let pair = pairIndex(first, bytes[position &+ 1])
        return words[table &+ 8 &+ pair >> 5] >> UInt32(pair & 31) & 1 == 1
    }
}
