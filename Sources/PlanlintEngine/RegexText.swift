/// One document's normalised text as the regular-expression backends read it: its UTF-8
/// bytes and, made on first use, the same text in UTF-16 (ICU's own encoding) with the
/// byte offset of every UTF-16 unit, so matches map back to the UTF-8 text without a
/// `String` per line.
final class RegexText {
    struct UTF16Form {
        var units: [UInt16]
        /// offsets[i]: where the scalar holding unit i starts in the bytes (both units of a
        /// surrogate pair share it); the last entry is the byte count. Non-decreasing.
        var offsets: [Int32]
    }

    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private(set) lazy var utf16: UTF16Form = Self.transcode(bytes)

    /// The UTF-16 offset where the scalar starting at byte `offset` starts.
    func unitOffset(ofByte offset: Int) -> Int {
        let offsets = utf16.offsets
        var low = 0
        var high = offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if Int(offsets[mid]) < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The byte offset of a UTF-16 offset, or nil inside a surrogate pair (ICU does not
    /// report such bounds in valid text; a match that had one would be dropped).
    func byteOffset(ofUnit unit: Int) -> Int? {
        let offsets = utf16.offsets
        if unit > 0, unit < offsets.count - 1, offsets[unit] == offsets[unit - 1] { return nil }
        return Int(offsets[unit])
    }

    // The bytes are valid UTF-8: every reader decodes its document before it is normalised.
    // Written through uninitialised buffers: appending to two arrays was half the cost.
    private static func transcode(_ bytes: [UInt8]) -> UTF16Form {
        var unitCount = 0
        var offsets: [Int32] = []
        let units = [UInt16](unsafeUninitializedCapacity: bytes.count) { units, initialized in
            offsets = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { offsets, written in
                bytes.withUnsafeBufferPointer { bytes in
                    var index = 0
                    while index < bytes.count {
                        let lead = bytes[index]
                        offsets[unitCount] = Int32(truncatingIfNeeded: index)
                        if lead < 0x80 {
                            units[unitCount] = UInt16(lead)
                            unitCount += 1
                            index += 1
                            continue
                        }
                        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                        var scalar = UInt32(lead & (0x7F >> length))
                        for next in (index + 1)..<min(index + length, bytes.count) {
                            scalar = scalar << 6 | UInt32(bytes[next] & 0x3F)
                        }
                        if scalar < 0x10000 {
                            units[unitCount] = UInt16(truncatingIfNeeded: scalar)
                            unitCount += 1
                        } else {
                            units[unitCount] = UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10))
                            units[unitCount + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((scalar - 0x10000) & 0x3FF))
                            offsets[unitCount + 1] = Int32(truncatingIfNeeded: index)
                            unitCount += 2
                        }
                        index += length
                    }
                }
                offsets[unitCount] = Int32(truncatingIfNeeded: bytes.count)
                written = unitCount + 1
            }
            initialized = unitCount
        }
        return UTF16Form(units: units, offsets: offsets)
    }
}
