/// An original line as UTF-8 with the byte offset of every 64th scalar, so that evidence
/// excerpts can be cut from it by scalar index with a short walk. Decoding whole lines into
/// scalar arrays for this was the most expensive part of a finding.
struct OriginalLine {
    let text: String
    let bytes: [UInt8]
    /// checkpoints[i]: the byte offset of scalar 64 × i.
    let checkpoints: [Int32]
    let scalarCount: Int

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / 64 + 1)
        var count = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if count & 63 == 0 { checkpoints.append(Int32(offset)) }
            count += 1
        }
        self.checkpoints = checkpoints
        scalarCount = count
    }

    /// Where scalar `index` (at most `scalarCount`) starts; the line's length for the end.
    func byteOffset(ofScalar index: Int) -> Int {
        if index >= scalarCount { return bytes.count }
        var offset = Int(checkpoints[index >> 6])
        var remaining = index & 63
        while remaining > 0 {
            offset += 1
            while bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The text between two byte offsets that start scalars (or end the line), taken from
    /// the line's own string: a string made from the bytes would be validated again.
    func text(fromByte start: Int, toByte end: Int) -> Substring {
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }
}
