/// Checks that bytes are well-formed UTF-8 by the same rules as `String(validating:)`
/// (no overlong forms, no surrogates, nothing above U+10FFFF, no cut sequence), tuned for
/// Chinese text: ASCII is skipped eight bytes at a time and a three-byte character is
/// checked with one 32-bit load. The standard library's check was a thirtieth of linting.
public enum UTF8Validation {
    private static let high: UInt64 = 0x8080_8080_8080_8080

    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & high == 0 {
                    index += 8
                }
                continue
            }
            if index + 4 <= count {
                // Little-endian: the lead is the low byte. 1110xxxx 10xxxxxx 10xxxxxx.
                let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                if word & 0x00C0_C0F0 == 0x0080_80E0 {
                    let second = UInt8(truncatingIfNeeded: word >> 8)
                    if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) { return false }
                    index += 3
                    continue
                }
            }
            guard let length = sequenceLength(base, at: index, count: count) else { return false }
            index += length
        }
        return true
    }

    /// The length of the well-formed sequence starting with a non-ASCII byte at `index`, or nil.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int? {
        let lead = base[index]
        // The range the second byte must fall in depends on the lead (Unicode table 3-7).
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= count else { return nil }
        let second = base[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }
}
