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
            let hasBlanks = !blanked.isEmpty
            var sniff = ControlSniff(limit: 0)
            return writing(inputBytes: text.count + 1) { out in
                var written = 0
                for index in 0..<lines.count {
                    if index > 0 {
                        guard written < out.count else { return .full }
                        out[written] = 0x0A
                        written += 1
                    }
                    let outcome: Written
                    if hasBlanks, let ranges = blanked[index], !ranges.isEmpty {
                        outcome = writeBlanking(lines[index], ranges, to: out, at: written)
                    } else {
                        let line = UnsafeBufferPointer(rebasing: text[lines.byteRange(ofLine: index)])
                        outcome = write(line, to: out, at: written, validating: false, sniff: &sniff)
                    }
                    guard case .done(let end) = outcome else { return .full }
                    written = end
                }
                return .done(written)
            } ?? []
        }
    }

    /// The normalised form of a string (same scalar count).
    public static func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// `normalize(text)` as UTF-8 bytes, for callers that want bytes (the rule pack's terms,
    /// keyed by them): no string made only to be taken apart again.
    public static func normalizedBytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { writing($0) }
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
        var sniff = ControlSniff(limit: limit)
        let output = writing(inputBytes: bytes.count + 1) { out in
            sniff = ControlSniff(limit: limit)  // counted anew if the walk is taken again
            return write(bytes, to: out, at: 0, validating: true, sniff: &sniff)
        }
        guard let output else { return nil }
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

    /// What a walk wrote: its end in the output, or why it stopped.
    enum Written {
        case done(Int)
        /// Not well-formed UTF-8 (validating walks only).
        case malformed
        /// The output had no room for a mapped scalar (one that grew).
        case full
    }

    /// An array of what `body` writes in place, sized first for `inputBytes` (mappings keep a
    /// scalar's bytes or lose some: full-width forms become ASCII) and, should a scalar grow
    /// past that, once more for twice as many, which no mapping can pass (a scalar of two
    /// bytes becomes at most one of four). Written in place, a mapped mark costs a few
    /// stores, where appending to an array cost ~120 instructions for the run before it.
    /// Nil when `body` finds the bytes malformed.
    static func writing(inputBytes: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Written) -> [UInt8]? {
        var capacity = inputBytes
        while true {
            var outcome = Written.full
            let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                outcome = body(buffer)
                if case .done(let end) = outcome { initialized = end } else { initialized = 0 }
            }
            switch outcome {
            case .done: return output
            case .malformed: return nil
            case .full: capacity = 2 * capacity + 4
            }
        }
    }

    /// Valid UTF-8 copied with the scalars `HanSimplification` maps rewritten.
    static func writing(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var sniff = ControlSniff(limit: 0)
        return writing(inputBytes: bytes.count + 1) { write(bytes, to: $0, at: 0, validating: false, sniff: &sniff) } ?? []
    }

    /// Writes `bytes` into `out` from `start`, rewriting the scalars `HanSimplification` maps;
    /// runs that need no change are copied whole, and ASCII never changes and needs no lookup.
    /// With `validating`, stops at the first malformed sequence, and counts control bytes
    /// into `sniff`. Inlined into its callers, so the flag costs the plain copy nothing.
    @inline(__always)
    static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at start: Int, validating: Bool,
        sniff: inout ControlSniff
    ) -> Written {
        // The table through a pointer: its index, twelve bits of a checked lead and
        // continuation byte, is always inside it; no bounds check per character.
        rawThreeByteStays.withUnsafeBufferPointer {
            write(bytes, to: out, at: start, validating: validating, sniff: &sniff, passes: $0)
        }
    }

    @inline(__always)
    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at start: Int, validating: Bool,
        sniff: inout ControlSniff, passes: UnsafeBufferPointer<UInt64>
    ) -> Written {
        guard let source = bytes.baseAddress, let target = out.baseAddress else {
            return bytes.isEmpty ? .done(start) : .full
        }
        var written = start
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
                // Four characters a step, from two loads: a test and a branch for the four
                // where one step of two had its own.
                while index &+ 14 <= count {
                    let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let second = raw.loadUnaligned(fromByteOffset: index &+ 6, as: UInt64.self)
                    guard ((first & twoCharacters) ^ twoLeads) | ((second & twoCharacters) ^ twoLeads) == 0,
                        stayBit(first, passes) & stayBit(first >> 24, passes) & stayBit(second, passes) & stayBit(second >> 24, passes)
                            & 1 != 0
                    else { break }
                    index &+= 12
                }
                while index &+ 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    guard word & twoCharacters == twoLeads, stayBit(word, passes) & stayBit(word >> 24, passes) & 1 != 0 else { break }
                    index &+= 6
                }
                while index &+ 4 <= count {
                    let word = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self))
                    guard word & 0x00C0_C0F0 == 0x0080_80E0, stayBit(word, passes) & 1 != 0 else { break }
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
                    guard lead >= 0xC2, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return .malformed }
                }
                length = 2
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            } else if lead < 0xF0 {
                if validating {
                    guard index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return .malformed }
                }
                length = 3
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                // Overlong forms and UTF-16 surrogates.
                if validating, value < 0x800 || value & 0xF800 == 0xD800 { return .malformed }
            } else {
                if validating {
                    guard lead < 0xF5, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
                        bytes[index + 3] & 0xC0 == 0x80
                    else { return .malformed }
                }
                length = 4
                value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                if validating, value < 0x10000 || value > 0x10FFFF { return .malformed }
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
                let run = index - copied
                guard out.count - written >= run + 4 else { return .full }
                (target + written).initialize(from: source + copied, count: run)
                written += run
                written += writeUTF8(mapped, to: target + written)
                copied = index + length
            }
            index += length
        }
        guard out.count - written >= count - copied else { return .full }
        (target + written).initialize(from: source + copied, count: count - copied)
        return .done(written + count - copied)
    }

    /// Writes the UTF-8 of `value` at `target` (room for four bytes), returning its length.
    @inline(__always)
    private static func writeUTF8(_ value: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case 0..<0x80:
            target[0] = UInt8(value)
            return 1
        case 0x80..<0x800:
            target[0] = UInt8(0xC0 | value >> 6)
            target[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case 0x800..<0x10000:
            target[0] = UInt8(0xE0 | value >> 12)
            target[1] = UInt8(0x80 | value >> 6 & 0x3F)
            target[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            target[0] = UInt8(0xF0 | value >> 18)
            target[1] = UInt8(0x80 | value >> 12 & 0x3F)
            target[2] = UInt8(0x80 | value >> 6 & 0x3F)
            target[3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }

    /// The high bits of two three-byte characters' bytes in a word read from the text
    /// (little-endian: the first lead is the low byte), and what they are when both are
    /// well-formed: a lead 1110xxxx, then two 10xxxxxx, twice.
    private static let twoCharacters: UInt64 = 0xC0C0_F0C0_C0F0
    private static let twoLeads: UInt64 = 0x8080_E080_80E0

    /// Bit 0 set when the three-byte character in the low 24 bits of `word` (lead in the
    /// low byte, already checked to be 1110xxxx 10xxxxxx 10xxxxxx) stays as it is: its word
    /// of `rawThreeByteStays`, indexed by its first two bytes as they lie in `word`, shifted
    /// by its last six bits (a shift takes its count modulo 64).
    @inline(__always)
    private static func stayBit(_ word: UInt64, _ passes: UnsafeBufferPointer<UInt64>) -> UInt64 {
        passes[Int(truncatingIfNeeded: word & rawStayIndexMask)] &>> (word &>> 16)
    }

    /// The scalar-by-scalar path for the few lines that hold blanked ranges.
    private static func writeBlanking(
        _ line: String, _ blanked: [Range<Int>], to out: UnsafeMutableBufferPointer<UInt8>, at start: Int
    ) -> Written {
        guard let target = out.baseAddress else { return .full }
        var written = start
        for (scalarIndex, scalar) in line.unicodeScalars.enumerated() {
            guard out.count - written >= 4 else { return .full }
            if blanked.contains(where: { $0.contains(scalarIndex) }) {
                target[written] = 0x20
                written += 1
            } else {
                written += writeUTF8(HanSimplification.map(scalar.value), to: target + written)
            }
        }
        return .done(written)
    }
}
