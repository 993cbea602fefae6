/// Unicode's White_Space property, the one list the checks, the regex gates and the native
/// matcher read (ICU's `\s` is this set, VT and NEL included): tab to carriage return and
/// space in ASCII, and beyond it a short list that has not grown since Unicode 6.3 (a test
/// holds both to the property).
enum UnicodeWhiteSpace {
    @inline(__always)
    static func isASCII(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Asked for every CJK punctuation mark (lead byte E3) by the section checks: looking the
    /// property up for each was half of their count.
    @inline(__always)
    static func isNonASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Every scalar of the property, as ranges in order (none lies beyond U+3000): written
    /// out, as deriving it from the two tests above was a tenth of reading a pack's patterns
    /// (a test derives it and compares).
    static let ranges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000,
    ]
}
