import PlanlintDocument

/// An original line as UTF-8 with the byte offset of every 64th scalar, so that a finding's
/// column finds its byte with a short walk: for lines the normaliser changed, where the
/// finding's byte in the normalised text is not its byte in the original (see
/// `LintContext.lineIsUnchanged`). Decoding whole lines into scalar arrays for this was the
/// most expensive part of a finding.
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
            let starts = 8 - UTF8Count.continuationBytes(in: word)
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
}
