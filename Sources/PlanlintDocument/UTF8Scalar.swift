/// Decoding one scalar of UTF-8 at a byte offset: the reading walks (`ScalarScanner`) and
/// the native regex matcher share it.
public enum UTF8Scalar {
    /// The scalar starting at `index` and its length in bytes. The text is valid UTF-8, as
    /// every normalised text is; a sequence cut short by the end reads as U+FFFD, one byte.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0, index + 1 < bytes.count {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0, index + 2 < bytes.count {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if index + 3 < bytes.count {
            let high = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            return (high | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// Whether a CJK unified ideograph (U+3400–U+9FFF, three bytes) starts at `index`: lead
    /// bytes E3–E9, and under E3 only from U+3400.
    @inline(__always)
    public static func isIdeograph(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let lead = bytes[index]
        guard lead &- 0xE3 <= 0xE9 - 0xE3, index + 2 < bytes.count else { return false }
        return lead != 0xE3 || bytes[index + 1] >= 0x90
    }

    /// How many bytes a sequence with this lead byte has (1 for ASCII).
    @inlinable @inline(__always)
    public static func length(ofLead lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
