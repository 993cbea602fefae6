import PlanlintDocument

/// An original line as UTF-8 with the byte offset of every 64th scalar, so that evidence
/// excerpts can be cut from it by scalar index with a short walk. Decoding whole lines into
/// scalar arrays for this was the most expensive part of a finding.
struct OriginalLine {
    let bytes: [UInt8]
    /// checkpoints[i]: the byte offset of scalar 64 × i.
    let checkpoints: [Int32]
    let scalarCount: Int

    /// A line on its own.
    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Line `index` (0-based) of `lines`.
    init(lines: TextLines, index: Int) {
        let range = lines.byteRange(ofLine: index)
        self.init(bytes: lines.withUTF8 { Array($0[range]) })
    }

    /// `bytes`: well-formed UTF-8.
    private init(bytes: [UInt8]) {
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
    /// with "…" before and after when asked: put together in a buffer on the stack and
    /// made a string once, without checking the bytes again (they are the file's, checked
    /// when it was read).
    func excerpt(fromByte lower: Int, toByte upper: Int, opening: Bool, closing: Bool) -> String {
        let ellipsis: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0xA6)
        let length = upper - lower + (opening ? 3 : 0) + (closing ? 3 : 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var at = 0
            func appendEllipsis() {
                buffer[at] = ellipsis.0
                buffer[at + 1] = ellipsis.1
                buffer[at + 2] = ellipsis.2
                at += 3
            }
            if opening { appendEllipsis() }
            bytes.withUnsafeBufferPointer { line in
                if let source = line.baseAddress, upper > lower {
                    (buffer.baseAddress! + at).initialize(from: source + lower, count: upper - lower)
                }
            }
            at += upper - lower
            if closing { appendEllipsis() }
            return String(wellFormedUTF8: UnsafeBufferPointer(buffer))
        }
    }
}
