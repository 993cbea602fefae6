/// Maps text to the form rules are written in: simplified characters, ASCII punctuation and
/// spaces (every Unicode space separator becomes U+0020). Every scalar maps to exactly one scalar, so columns survive normalisation.
public enum ScriptNormalizer {
    /// The normalised UTF-8 of `lines` joined by "\n". Scalars inside `blanked` (scalar
    /// index ranges per 0-based line) become spaces, so rules never match there.
    public static func normalize(lines: [String], blanked: [Int: [Range<Int>]] = [:]) -> [UInt8] {
        normalize(lines: TextLines(lines: lines), blanked: blanked)
    }

    /// The same over lines cut from one text: each line's bytes are read in place.
    public static func normalize(lines: TextLines, blanked: [Int: [Range<Int>]] = [:]) -> [UInt8] {
        lines.withUTF8 { text in
            var output: [UInt8] = []
            // Mapped scalars mostly keep or lose bytes (full-width forms become ASCII).
            output.reserveCapacity(text.count + 1)
            let hasBlanks = !blanked.isEmpty
            for index in 0..<lines.count {
                if index > 0 { output.append(0x0A) }
                let line = UnsafeBufferPointer(rebasing: text[lines.byteRange(ofLine: index)])
                if hasBlanks, let ranges = blanked[index], !ranges.isEmpty {
                    appendBlanking(lines[index], ranges, to: &output)
                } else {
                    append(line, to: &output)
                }
            }
            return output
        }
    }

    /// The normalised form of a string (same scalar count).
    public static func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// `normalize(text)` as UTF-8 bytes, for callers that want bytes (the rule pack's terms,
    /// keyed by them): no string made only to be taken apart again.
    public static func normalizedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        var text = text
        text.withUTF8 { append($0, to: &output) }
        return output
    }

    /// The normalised form of bytes not yet known to be UTF-8, checked in the same walk (by
    /// the rules of `UTF8Validation`); nil when they are not well-formed. A plain-text plan
    /// is read this way: checking it first and mapping it after read every byte twice.
    /// Line breaks are copied as they are.
    public static func normalize(validating bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        normalize(validating: bytes, sniffingControlsBefore: 0)?.normalized
    }

    /// `normalize(validating:)`, also sniffing the first `limit` bytes for control bytes as
    /// `TextDecoder.looksBinary` does, so that a plain-text plan is not read once more for
    /// that: whether they hold a NUL, and how many `TextDecoder.isStrayControl` bytes.
    static func normalize(validating bytes: UnsafeBufferPointer<UInt8>, sniffingControlsBefore limit: Int)
        -> (normalized: [UInt8], controls: Int, hasNUL: Bool)?
    {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1)
        var sniff = ControlSniff(limit: limit)
        guard append(bytes, to: &output, validating: true, sniff: &sniff) else { return nil }
        return (output, sniff.controls, sniff.hasNUL)
    }

    /// The control bytes a walk saw before `limit` (`normalize(validating:sniffingControlsBefore:)`).
    struct ControlSniff {
        let limit: Int
        var controls = 0
        var hasNUL = false
    }

    /// Three-byte characters that pass through unchanged, as bits: bit `c` of word
    /// `(a << 6) | b` stands for the scalar `a << 12 | b << 6 | c`, set when that scalar is
    /// well-formed in three bytes (no overlong form, no surrogate) and `HanSimplification`
    /// leaves it alone. 8 KB, where the scalar table it is made from is 128 KB.
    static let threeByteStays: [UInt64] = {
        // Everything from U+0800 on but the surrogates, then the bits of the scalars the table
        // changes cleared, found four entries at a time (most are zero): a one-plan run
        // builds this too.
        var words = [UInt64](repeating: ~0, count: 1024)
        for word in 0..<(0x800 >> 6) { words[word] = 0 }
        for word in (0xD800 >> 6)..<(0xE000 >> 6) { words[word] = 0 }
        HanSimplification.bmp.withUnsafeBytes { table in
            for quad in 0..<(table.count / 8) where table.loadUnaligned(fromByteOffset: quad * 8, as: UInt64.self) != 0 {
                for value in (quad * 4)..<(quad * 4 + 4) where table.loadUnaligned(fromByteOffset: value * 2, as: UInt16.self) != 0 {
                    words[value >> 6] &= ~(1 << UInt64(value & 0x3F))
                }
            }
        }
        return words
    }()

    /// Copies valid UTF-8, rewriting the scalars `HanSimplification` maps.
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var sniff = ControlSniff(limit: 0)
        _ = append(bytes, to: &output, validating: false, sniff: &sniff)
    }

    /// Copies UTF-8, rewriting the scalars `HanSimplification` maps; runs that need no change
    /// are copied whole, and ASCII never changes and needs no lookup. With `validating`,
    /// stops at the first malformed sequence and returns false, and counts control bytes
    /// into `sniff`. Inlined into both callers, so the flag costs the plain copy nothing.
    @inline(__always)
    private static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], validating: Bool, sniff: inout ControlSniff
    ) -> Bool {
        // The table through a pointer: its index, twelve bits of a checked lead and
        // continuation byte, is always inside its 1,024 words; no bounds check per character.
        threeByteStays.withUnsafeBufferPointer {
            append(bytes, to: &output, validating: validating, sniff: &sniff, passes: $0)
        }
    }

    @inline(__always)
    private static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], validating: Bool, sniff: inout ControlSniff,
        passes: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        let count = bytes.count
        var index = 0
        var copied = 0
        let bmp = HanSimplification.bmp
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            // Runs of three-byte characters that stay as they are (most of a Chinese plan):
            // one load checks the leads and continuation bytes of two characters at once,
            // and one bit each of an 8 KB table says the character stays (and is no overlong
            // form or surrogate, which the general path refuses); the last one or two of a
            // run, one at a time.
            if let raw {
                while index &+ 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // Lead 1110xxxx, then two 10xxxxxx, twice (little-endian: the first lead
                    // is the low byte).
                    guard word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0,
                        stayBit(UInt32(truncatingIfNeeded: word), passes) & stayBit(UInt32(truncatingIfNeeded: word >> 24), passes) != 0
                    else { break }
                    index &+= 6
                }
                while index &+ 4 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)
                    guard word & 0x00C0_C0F0 == 0x0080_80E0, stayBit(word, passes) != 0 else { break }
                    index &+= 3
                }
                if index >= count { break }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if validating, lead < 0x20, index < sniff.limit {
                    if lead == 0 {
                        sniff.hasNUL = true
                    } else if TextDecoder.isStrayControl(lead) {
                        sniff.controls += 1
                    }
                }
                index += 1
                continue
            }
            let length: Int
            let value: UInt32
            if lead < 0xE0 {
                if validating {
                    guard lead >= 0xC2, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return false }
                }
                length = 2
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            } else if lead < 0xF0 {
                if validating {
                    guard index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return false }
                }
                length = 3
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                // Overlong forms and UTF-16 surrogates.
                if validating, value < 0x800 || value & 0xF800 == 0xD800 { return false }
            } else {
                if validating {
                    guard lead < 0xF5, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
                        bytes[index + 3] & 0xC0 == 0x80
                    else { return false }
                }
                length = 4
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                if validating, value < 0x10000 || value > 0x10FFFF { return false }
            }
            let mapped: UInt32
            if length < 4 {
                let entry = bmp[Int(value)]
                if entry == 0 {
                    index += length
                    continue
                }
                mapped = entry == HanSimplification.viaSupplementary ? HanSimplification.map(value) : UInt32(entry)
            } else {
                mapped = HanSimplification.map(value)
            }
            if mapped != value {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                appendUTF8(mapped, to: &output)
                copied = index + length
            }
            index += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return true
    }

    /// 1 when the three-byte character in the low 24 bits of `word` (lead in the low byte,
    /// already checked to be 1110xxxx 10xxxxxx 10xxxxxx) stays as it is, else 0: its bit in
    /// `threeByteStays`, whose word index (four bits of the lead, six of the second byte) is
    /// below 1,024.
    @inline(__always)
    private static func stayBit(_ word: UInt32, _ passes: UnsafeBufferPointer<UInt64>) -> UInt64 {
        passes[Int((word & 0x0F) << 6 | (word >> 8) & 0x3F)] &>> UInt64((word >> 16) & 0x3F) & 1
    }

    /// The scalar-by-scalar path for the few lines that hold blanked ranges.
    private static func appendBlanking(_ line: String, _ blanked: [Range<Int>], to output: inout [UInt8]) {
        for (scalarIndex, scalar) in line.unicodeScalars.enumerated() {
            if blanked.contains(where: { $0.contains(scalarIndex) }) {
                output.append(0x20)
            } else {
                appendUTF8(HanSimplification.map(scalar.value), to: &output)
            }
        }
    }

    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
