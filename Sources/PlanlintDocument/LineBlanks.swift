/// The blanks that indent a line or sit between its words: spaces, tabs and the ideographic
/// space U+3000 (E3 80 80), with which Chinese documents indent their paragraphs.
public enum LineBlanks {
    /// The index of the first byte at or after `index` that does not start a blank
    /// (`bytes.count` when only blanks are left).
    @inlinable
    public static func end<Bytes: RandomAccessCollection>(in bytes: Bytes, from index: Int) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = index
        while index < bytes.endIndex {
            if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else if index + 2 < bytes.endIndex, bytes[index] == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                index += 3
            } else {
                break
            }
        }
        return index
    }
}
