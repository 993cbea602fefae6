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

    init(bytes: [UInt8]) {
        self.bytes = bytes
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
    private static func transcode(_ slice: ArraySlice<UInt8>, into units: inout [UInt16], offsets: inout [Int32]) {
        units.reserveCapacity(units.count + slice.count)
        offsets.reserveCapacity(offsets.count + slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let lead = slice[index]
            offsets.append(Int32(truncatingIfNeeded: index))
            if lead < 0x80 {
                units.append(UInt16(lead))
                index += 1
                continue
            }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = UInt32(lead & (0x7F >> length))
            for next in (index + 1)..<min(index + length, slice.endIndex) {
                scalar = scalar << 6 | UInt32(slice[next] & 0x3F)
            }
            if scalar < 0x10000 {
                units.append(UInt16(truncatingIfNeeded: scalar))
            } else {
                units.append(UInt16(truncatingIfNeeded: 0xD800 + ((scalar - 0x10000) >> 10)))
                units.append(UInt16(truncatingIfNeeded: 0xDC00 + ((scalar - 0x10000) & 0x3FF)))
                offsets.append(Int32(truncatingIfNeeded: index))
            }
            index += length
        }
    }
}
