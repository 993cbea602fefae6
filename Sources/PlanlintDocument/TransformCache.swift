import Foundation

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
