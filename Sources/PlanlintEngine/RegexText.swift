import PlanlintDocument

/// One document's normalised text as the regular-expression backends read it: its UTF-8
/// bytes and, line by line as patterns first ask for them, the same lines in UTF-16 (ICU's
/// own encoding) with the byte offset of every UTF-16 unit, so matches map back to the
/// UTF-8 text without a `String` per line.
///
/// Only lines that hold a pattern's required literals are asked for; copying whole
/// documents was a twentieth of the engine's instructions.
final class RegexText {
    let bytes: [UInt8]
    /// The UTF-16 of every region asked for so far, one after another.
    private(set) var units: [UInt16] = []
    /// offsets[i]: where the scalar holding unit i starts in `bytes` (both units of a
    /// surrogate pair share it).
    private var offsets: [Int32] = []
    /// Where each region asked for sits in `units`, by its first byte.
    private var transcoded: [Int: (bytes: Range<Int>, units: Range<Int>)] = [:]

    /// Whether the text holds the fillers of hidden pinyin, which the native matcher then
    /// steps over (`PinyinAnnotations`). Looked for in the bytes rather than read from the
    /// document's annotations: a stray control byte a file holds is stepped over too, by the
    /// automaton as by the matcher.
    let holdsFillers: Bool
    /// What the native matcher reuses from one pattern to the next on this text.
    let scratch = BacktrackScratch()

    init(bytes: [UInt8]) {
        self.bytes = bytes
        holdsFillers = bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller)
    }

    /// The units of `region` (a range of whole scalars) in `units`, copied on first use.
    func unitRange(of region: Range<Int>) -> Range<Int> {
        if let known = transcoded[region.lowerBound], known.bytes == region { return known.units }
        let start = units.count
        Self.transcode(bytes[region], into: &units, offsets: &offsets)
        let range = start..<units.count
        transcoded[region.lowerBound] = (region, range)
        return range
    }

    /// The byte offset of a UTF-16 offset inside or at the end of `unitRange` of `region`,
    /// or nil inside a surrogate pair (ICU reports no such bound in valid text; a match that
    /// had one would be dropped).
    func byteOffset(ofUnit unit: Int, in unitRange: Range<Int>, of region: Range<Int>) -> Int? {
        if unit == unitRange.upperBound { return region.upperBound }
        if unit > unitRange.lowerBound, offsets[unit] == offsets[unit - 1] { return nil }
        return Int(offsets[unit])
    }

    // The bytes are valid UTF-8: every reader decodes its document before it is normalised.
    // A region yields at most one unit per byte, so both arrays grow by the region's length
    // first and are written through pointers, then cut to what was written: appending unit
    // by unit checked capacity and uniqueness twice per character.
    private static func transcode(_ slice: ArraySlice<UInt8>, into units: inout [UInt16], offsets: inout [Int32]) {
        let unitStart = units.count
        let offsetStart = offsets.count
        units.append(contentsOf: repeatElement(0, count: slice.count))
        offsets.append(contentsOf: repeatElement(0, count: slice.count))
        var written = 0
        units.withUnsafeMutableBufferPointer { unitBuffer in
            offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                slice.withUnsafeBufferPointer { bytes in
                    let unitOut = unitBuffer.baseAddress! + unitStart
                    let offsetOut = offsetBuffer.baseAddress! + offsetStart
                    let first = Int32(truncatingIfNeeded: slice.startIndex)
                    var index = 0
                    while index < bytes.count {
                        let lead = bytes[index]
                        let offset = first &+ Int32(truncatingIfNeeded: index)
                        offsetOut[written] = offset
                        // Three-byte characters first: they are most of a Chinese line.
                        if lead & 0xF0 == 0xE0 {
                            unitOut[written] =
                                UInt16(lead & 0x0F) << 12 | UInt16(bytes[index + 1] & 0x3F) << 6 | UInt16(bytes[index + 2] & 0x3F)
                            written += 1
                            index += 3
                        } else if lead < 0x80 {
                            unitOut[written] = UInt16(lead)
                            written += 1
                            index += 1
                        } else if lead < 0xE0 {
                            unitOut[written] = UInt16(lead & 0x1F) << 6 | UInt16(bytes[index + 1] & 0x3F)
                            written += 1
                            index += 2
                        } else {
                            let scalar =
                                UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                            unitOut[written] = UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10))
                            unitOut[written + 1] = UInt16(truncatingIfNeeded: 0xDC00 + ((scalar - 0x10000) & 0x3FF))
                            offsetOut[written + 1] = offset
                            written += 2
                            index += 4
                        }
                    }
                }
            }
        }
        units.removeLast(slice.count - written)
        offsets.removeLast(slice.count - written)
    }
}
