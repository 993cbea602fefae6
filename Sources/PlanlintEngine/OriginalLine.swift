import PlanlintDocument

/// An original line as UTF-8 with the byte offset of every 64th scalar, so that evidence
/// excerpts can be cut from it by scalar index with a short walk. Decoding whole lines into
/// scalar arrays for this was the most expensive part of a finding.
struct OriginalLine {
    /// The text the line is part of (for a file, the whole file), and where the line starts
    /// in it: excerpts are slices of it, never strings made (and checked) again.
    private let source: String
    private let start: Int
    let bytes: [UInt8]
    /// checkpoints[i]: the byte offset of scalar 64 × i.
    let checkpoints: [Int32]
    let scalarCount: Int

    /// A line on its own.
    init(_ text: String) {
        self.init(source: text, start: 0, bytes: Array(text.utf8))
    }

    /// Line `index` (0-based) of `lines`.
    init(lines: TextLines, index: Int) {
        let range = lines.byteRange(ofLine: index)
        self.init(source: lines.text, start: range.lowerBound, bytes: lines.withUTF8 { Array($0[range]) })
    }

    private init(source: String, start: Int, bytes: [UInt8]) {
        self.source = source
        self.start = start
        self.bytes = bytes
        (checkpoints, scalarCount) = bytes.withUnsafeBytes(Self.checkpoints(of:))
    }

    /// The checkpoints and the scalar count. Eight bytes are counted at a time; only a word
    /// in which a 64th scalar starts is walked byte by byte.
    private static func checkpoints(of bytes: UnsafeRawBufferPointer) -> ([Int32], Int) {
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / 64 + 1)
        var count = 0
        var offset = 0
        func walk(to end: Int) {
            while offset < end {
                if bytes[offset] & 0xC0 != 0x80 {
                    if count & 63 == 0 { checkpoints.append(Int32(offset)) }
                    count += 1
                }
                offset += 1
            }
        }
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            let starts = 8 - (word & ~(word &<< 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            let nextCheckpoint = (count + 63) & ~63
            if nextCheckpoint < count + starts {
                walk(to: offset + 8)
            } else {
                count += starts
                offset += 8
            }
        }
        walk(to: bytes.count)
        return (checkpoints, count)
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

    /// The text between two byte offsets of the line that start scalars (or end the line),
    /// sliced from the source: a string made from the bytes would be checked again.
    func text(fromByte lower: Int, toByte upper: Int) -> Substring {
        let utf8 = source.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start + lower)
        return Substring(utf8[from..<utf8.index(from, offsetBy: upper - lower)])
    }
}
