/// Read-only view of normalised UTF-8 that decodes one scalar at a byte offset; the document
/// is scanned by byte offsets because every range handed to the engine is one.
struct ScalarScanner {
    let bytes: [UInt8]
    /// Whether `bytes` hold the fillers of hidden pinyin or split words (`PinyinAnnotations`,
    /// `SplitWordSpaces`), which lengths in characters leave out.
    let holdsFillers: Bool

    /// `holdsFillers`: what the caller knows of `bytes` already; looked for when not given.
    init(bytes: [UInt8], holdsFillers: Bool? = nil) {
        self.bytes = bytes
        self.holdsFillers = holdsFillers ?? bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller)
    }

    /// The scalar starting at `index` and the offset after it. Assumes valid UTF-8, which
    /// normalised text always is. Fillers (hidden pinyin, a split word's spaces) at `index`
    /// are stepped over to the scalar after them, so that a reading walk takes 一 月 份 as
    /// 一月份; a filler ending the text reads as itself.
    @inline(__always)
    func scalar(at index: Int) -> (UInt32, Int) {
        bytes.withUnsafeBufferPointer { bytes in
            var index = index
            if holdsFillers {
                while index + 1 < bytes.count, bytes[index] == PinyinAnnotations.filler { index += 1 }
            }
            let (value, length) = UTF8Scalar.decode(bytes, at: index)
            return (value, index + length)
        }
    }

    /// The offset of the scalar before `index` (never before `floor`).
    @inline(__always)
    func previous(before index: Int, floor: Int = 0) -> Int {
        var i = index - 1
        while i > floor, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return max(i, floor)
    }

    /// The end of the run of ideographs (three-byte scalars led by E4–E9, most of a plan)
    /// that starts at `index`, before `end`: `index` itself when none starts there. Scans
    /// that look only at what follows a break or a digit step over such runs whole.
    @inline(__always)
    func ideographRunEnd(from index: Int, end: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var at = index
            // Many calls start on a mark, not an ideograph: those answer at once.
            guard at < end, bytes[at] &- 0xE4 <= 0xE9 - 0xE4 else { return at }
            // Three ideographs a step, their leads tested in one load (`IdeographLeads`),
            // while three lie before `end`; `end` is within the bytes, so the load is too.
            if let raw = UnsafeRawPointer(bytes.baseAddress) {
                while at &+ 9 <= end, IdeographLeads.threeAt(raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) {
                    at &+= 9
                }
            }
            // Then two a step while two can lie before `end` (runs are a few characters
            // long; the step's test and overflow check were half of each character's
            // cost), then the last one.
            while at &+ 3 < end {
                guard bytes[at] &- 0xE4 <= 0xE9 - 0xE4 else { return at }
                guard bytes[at &+ 3] &- 0xE4 <= 0xE9 - 0xE4 else { return at &+ 3 }
                at &+= 6
            }
            if at < end, bytes[at] &- 0xE4 <= 0xE9 - 0xE4 { at &+= 3 }
            return at
        }
    }

    /// Whether a byte range holds at least `count` scalars (fillers not counted), answered
    /// from the byte length when it can be (a scalar is one to four bytes; a filler one, after
    /// a character of three in a split text) and otherwise by counting them.
    func hasScalars(atLeast count: Int, in range: Range<Int>) -> Bool {
        if range.count < count { return false }
        if range.count >= 4 * count, !holdsFillers { return true }
        return characters(in: range) >= count
    }

    /// The scalars of a byte range, fillers not counted.
    func characters(in range: Range<Int>) -> Int {
        bytes[range].withUnsafeBytes { holdsFillers ? UTF8Count.characters(in: $0) : UTF8Count.scalars(in: $0) }
    }

    /// Whether the bytes at `index` spell `literal`.
    @inline(__always)
    func matches(_ literal: [UInt8], at index: Int, end: Int) -> Bool {
        guard index + literal.count <= end else { return false }
        for (offset, byte) in literal.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// `range` without leading and trailing white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }
}
