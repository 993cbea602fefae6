/// Counts over UTF-8 bytes, eight bytes at a time: finding positions, excerpts and
/// duplicate paragraphs count the scalars of every line or paragraph they touch.
public enum UTF8Count {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Scalars in valid UTF-8 but the fillers that hide pasted pinyin and a split text's
    /// spaces (`PinyinAnnotations.filler`): the characters a reader of the plan counts.
    public static func characters(in bytes: UnsafeRawBufferPointer) -> Int {
        scalars(in: bytes) - bytes.lazy.filter { $0 == PinyinAnnotations.filler }.count
    }

    /// Scalars in valid UTF-8: the bytes that do not continue a sequence (10xxxxxx).
    public static func scalars(in bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var continuing = 0
        var offset = 0
        // Each word's flags (one per byte, in its lowest bit) are added lane by lane, and
        // the lanes summed every 31 words, while no lane or sum can pass 255 (31 × 8 = 248):
        // a few instructions a word where a population count per word took thirty.
        while offset &+ 8 <= count {
            let last = min(count &- 8, offset &+ 30 &* 8)
            var lanes: UInt64 = 0
            while offset <= last {
                lanes &+= continuationFlags(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset &+= 8
            }
            continuing &+= sum(lanes)
        }
        while offset < count {
            if base.load(fromByteOffset: offset, as: UInt8.self) & 0xC0 == 0x80 { continuing &+= 1 }
            offset &+= 1
        }
        return count &- continuing
    }

    /// How many of the eight bytes of `word` continue a sequence (10xxxxxx).
    ///
    /// Not `nonzeroBitCount`: planlint is built for x86-64's baseline, which has no
    /// population count instruction, and the compiler's stand-in took a dozen instructions
    /// for every eight bytes that positions, excerpts and duplicate paragraphs count.
    @inline(__always)
    public static func continuationBytes(in word: UInt64) -> Int {
        sum(continuationFlags(word))
    }

    /// 1 in the lowest bit of each byte of `word` that continues a sequence: its top bit set
    /// and the next one clear.
    @inline(__always)
    private static func continuationFlags(_ word: UInt64) -> UInt64 {
        (word & ~(word &<< 1) & high) &>> 7
    }

    /// The sum of the eight bytes of `lanes`, when it is at most 255: one multiplication
    /// adds them all into the top byte.
    @inline(__always)
    private static func sum(_ lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// Steps forward over `count` scalars from the scalar starting at `from`: where the scalar
    /// after them starts, or the end when fewer remain, and how many were passed. Evidence
    /// excerpts take their window this way, eight bytes at a time, wherever the line starts.
    public static func advance(_ count: Int, scalarsFrom from: Int, in bytes: UnsafeRawBufferPointer) -> (offset: Int, passed: Int) {
        var passed = 0
        var offset = from
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let starts = 8 - continuationBytes(in: word)
            // The scalar to stop at starts within this word.
            if passed + starts > count { break }
            passed += starts
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 != 0x80 {
                if passed == count { return (offset, passed) }
                passed += 1
            }
            offset += 1
        }
        return (bytes.count, passed)
    }

    /// Steps back over `count` scalars from `from` (a scalar's start or the end): where the
    /// first of them starts, or 0 when fewer precede, and how many were passed.
    public static func retreat(_ count: Int, scalarsFrom from: Int, in bytes: UnsafeRawBufferPointer) -> (offset: Int, passed: Int) {
        guard count > 0 else { return (from, 0) }
        var passed = 0
        var offset = from
        while offset >= 8 {
            let word = bytes.loadUnaligned(fromByteOffset: offset - 8, as: UInt64.self)
            let starts = 8 - continuationBytes(in: word)
            if passed + starts >= count { break }
            passed += starts
            offset -= 8
        }
        while offset > 0 {
            offset -= 1
            if bytes[offset] & 0xC0 != 0x80 {
                passed += 1
                if passed == count { return (offset, passed) }
            }
        }
        return (0, passed)
    }

    /// Scalars in valid UTF-8, and how many of them are ASCII white space as normalised text
    /// has it (space, tab, LF and CR), in one pass: duplicate paragraphs are compared by
    /// both, for every paragraph of a plan.
    public static func scalarsAndASCIIWhiteSpace(in bytes: UnsafeRawBufferPointer) -> (scalars: Int, whiteSpace: Int) {
        var scalars = 0
        var whiteSpace = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            scalars += 8 - continuationBytes(in: word)
            // Bytes up to 0x20, exactly (no carry leaves a byte), then only where there
            // are any the four kinds of white space among them: most words have none.
            let low = ~(((word & low7) &+ (0x5F5F_5F5F_5F5F_5F5F)) | word) & high
            if low != 0 {
                // The flags (top bits) moved to the lowest and summed as `continuationBytes` does.
                whiteSpace += sum((equalFlags(word, 0x20) | equalFlags(word, 0x09) | equalFlags(word, 0x0A) | equalFlags(word, 0x0D)) &>> 7)
            }
            offset += 8
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { whiteSpace += 1 }
            offset += 1
        }
        return (scalars, whiteSpace)
    }

    /// The top bit of each byte of `word` that equals `value`, exactly (the sum stays within
    /// each byte's low seven bits, so no borrow or carry crosses into the next).
    @inline(__always)
    private static func equalFlags(_ word: UInt64, _ value: UInt8) -> UInt64 {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(value))
        return ~(((difference & low7) &+ low7) | difference) & high
    }
}
