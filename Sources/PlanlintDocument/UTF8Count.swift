/// Counts over UTF-8 bytes, eight bytes at a time: finding positions, excerpts and
/// duplicate paragraphs count the scalars of every line or paragraph they touch.
public enum UTF8Count {
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Scalars in valid UTF-8: the bytes that do not continue a sequence (10xxxxxx).
    public static func scalars(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            let continuation = word & ~(word &<< 1) & high
            count += 8 - continuation.nonzeroBitCount
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 != 0x80 { count += 1 }
            offset += 1
        }
        return count
    }

    /// Bytes that are ASCII white space as normalised text has it: space, tab, LF and CR.
    public static func asciiWhiteSpace(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let flags = equalFlags(word, 0x20) | equalFlags(word, 0x09) | equalFlags(word, 0x0A) | equalFlags(word, 0x0D)
            count += flags.nonzeroBitCount
            offset += 8
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { count += 1 }
            offset += 1
        }
        return count
    }

    /// The top bit of each byte of `word` that equals `value`, exactly (the sum stays within
    /// each byte's low seven bits, so no borrow or carry crosses into the next).
    @inline(__always)
    private static func equalFlags(_ word: UInt64, _ value: UInt8) -> UInt64 {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(value))
        return ~(((difference & low7) &+ low7) | difference) & high
    }
}
