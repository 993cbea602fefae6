import Foundation

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
        if mapping.isEmpty, blanked.isEmpty, !utf8.contains(where: { $0 >= 0x80 }) {
            output.append(contentsOf: utf8)
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

/// Process-wide memo of the ICU transform, which costs far more per call than per character.
final class TransformCache: @unchecked Sendable {
    static let shared = TransformCache()

    private let lock = NSLock()
    /// Scalar → its simplified scalar (itself when unchanged or not mappable one-to-one).
    private var known: [UInt32: UInt32] = [:]

    /// The subset of `scalars` that change, with what they change to.
    func changes(for scalars: [UInt32]) -> [UInt32: UInt32] {
        var changes: [UInt32: UInt32] = [:]
        var missing: [UInt32] = []
        lock.lock()
        for value in scalars {
            if let mapped = known[value] {
                if mapped != value { changes[value] = mapped }
            } else {
                missing.append(value)
            }
        }
        lock.unlock()
        if missing.isEmpty { return changes }
        let computed = Self.transform(missing)
        lock.lock()
        for (value, mapped) in zip(missing, computed) {
            known[value] = mapped
            if mapped != value { changes[value] = mapped }
        }
        lock.unlock()
        return changes
    }

    /// Transforms scalars in one ICU call, one per line; a scalar whose result is not exactly
    /// one scalar keeps itself.
    private static func transform(_ scalars: [UInt32]) -> [UInt32] {
        var joined = String.UnicodeScalarView()
        for (index, value) in scalars.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(Unicode.Scalar(value)!)
        }
        let input = String(joined)
        guard let output = input.applyingTransform(StringTransform("Hant-Hans"), reverse: false) else {
            return scalars
        }
        let pieces = output.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if pieces.count == scalars.count {
            return zip(scalars, pieces).map { original, piece in
                piece.count == 1 && !Self.keptAsWritten.contains(original) ? piece.first!.value : original
            }
        }
        // The transform merged or split lines; fall back to one call per scalar.
        return scalars.map { value in
            let single = String(Unicode.Scalar(value)!)
            guard !keptAsWritten.contains(value),
                let mapped = single.applyingTransform(StringTransform("Hant-Hans"), reverse: false),
                mapped.unicodeScalars.count == 1
            else { return value }
            return mapped.unicodeScalars.first!.value
        }
    }

    /// GB2312 (simplified) characters that ICU still maps, e.g. 俱 → 具 would turn 与时俱进
    /// into 与时具进 and 著 → 着 would break 显著. 後 and 於 are left mappable: simplified
    /// text hardly uses them and traditional text uses them constantly.
    static let keptAsWritten: Set<UInt32> = Set("乾俱吒夥姊徵摺箝苎菸著藉跤阪麴麽".unicodeScalars.map(\.value))
}
