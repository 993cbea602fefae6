/// Maps text to the form rules are written in: simplified characters, ASCII punctuation and
/// spaces. Every scalar maps to exactly one scalar, so columns survive normalisation.
public enum ScriptNormalizer {
    /// The normalised UTF-8 of `lines` joined by "\n". Scalars inside `blanked` (scalar
    /// index ranges per 0-based line) become spaces, so rules never match there.
    public static func normalize(lines: [String], blanked: [Int: [Range<Int>]] = [:]) -> [UInt8] {
        let mapping = changedScalars(in: lines)
        var output: [UInt8] = []
        output.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for (index, line) in lines.enumerated() {
            if index > 0 { output.append(0x0A) }
            append(line, mapping: mapping, blanked: blanked[index] ?? [], to: &output)
        }
        return output
    }

    /// The normalised form of a string (same scalar count).
    public static func normalize(_ text: String) -> String {
        let mapping = changedScalars(in: [text])
        var output: [UInt8] = []
        append(text, mapping: mapping, blanked: [], to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar `scalar` normalises to, without the traditional → simplified step.
    static func fixedMapping(_ value: UInt32) -> UInt32? {
        switch value {
        case 0xFF01...0xFF5E: return value - 0xFEE0
        case 0x3000, 0x00A0: return 0x20
        default: return nil
        }
    }

    static func isHan(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x2FA1F).contains(value)
    }

    private static func append(_ line: String, mapping: [UInt32: UInt32], blanked: [Range<Int>], to output: inout [UInt8]) {
        let utf8 = line.utf8
        if mapping.isEmpty, blanked.isEmpty,
            utf8.withContiguousStorageIfAvailable({ appendFixedOnly($0, to: &output) }) != nil
        {
            return
        }
        var scalarIndex = 0
        for scalar in line.unicodeScalars {
            defer { scalarIndex += 1 }
            if !blanked.isEmpty, blanked.contains(where: { $0.contains(scalarIndex) }) {
                output.append(0x20)
                continue
            }
            let value = scalar.value
            if value < 0x80 {
                output.append(UInt8(value))
                continue
            }
            let mapped = fixedMapping(value) ?? mapping[value] ?? value
            appendUTF8(mapped, to: &output)
        }
    }

    /// Byte-level fast path when no traditional character occurs: only full-width forms,
    /// U+3000 and U+00A0 change, and they are recognised by their UTF-8 lead bytes.
    private static func appendFixedOnly(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        let count = bytes.count
        var copied = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0xC2 || index + 1 >= count {
                index += 1
                continue
            }
            var replacement: UInt8?
            var length = 2
            if byte == 0xC2, bytes[index + 1] == 0xA0 {
                replacement = 0x20
            } else if index + 2 < count, byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                replacement = 0x20
                length = 3
            } else if index + 2 < count, byte == 0xEF, bytes[index + 1] == 0xBC || bytes[index + 1] == 0xBD {
                let value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if let mapped = fixedMapping(value) { replacement = UInt8(mapped) }
                length = 3
            }
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                output.append(replacement)
                index += length
                copied = index
            } else {
                index += 1
            }
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
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

    /// The Han scalars of `lines` that the traditional → simplified transform changes.
    static func changedScalars(in lines: [String]) -> [UInt32: UInt32] {
        // A bitset over the BMP Han blocks and a set for the rest keep the distinct-scalar
        // pass cheap even for tens of megabytes.
        var seen = [UInt64](repeating: 0, count: 0x10000 / 64)
        var distinct: [UInt32] = []
        for line in lines where line.utf8.contains(where: { $0 >= 0xE3 }) {
            for scalar in line.unicodeScalars where scalar.value >= 0x3400 {
                let value = scalar.value
                guard isHan(value) else { continue }
                if value < 0x10000 {
                    let word = Int(value >> 6)
                    let bit = UInt64(1) << UInt64(value & 63)
                    if seen[word] & bit == 0 {
                        seen[word] |= bit
                        distinct.append(value)
                    }
                } else if !distinct.contains(value) {
                    distinct.append(value)
                }
            }
        }
        if distinct.isEmpty { return [:] }
        return TransformCache.shared.changes(for: distinct)
    }
}
