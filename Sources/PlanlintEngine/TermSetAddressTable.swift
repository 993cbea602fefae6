import PlanlintRules

/// A pack's compiled term sets, found by the storage addresses of the sets' arrays.
///
/// Checks ask for the pack's own sets hundreds of times per plan (a section rule once per
/// heading), and hashing the two addresses with `Hasher` for a `Dictionary` cost more than
/// answering the question itself. Open addressing on a multiplicative hash of the first
/// address takes a few instructions. The pack keeps the sets alive, so no other array can
/// have one of these addresses.
struct TermSetAddressTable {
    struct Key: Hashable {
        var literals: UnsafeRawPointer?
        var patterns: UnsafeRawPointer?

        init(_ set: TermSet) {
            literals = set.literals.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            patterns = set.patterns.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        }
    }

    private var keys: [Key?]
    private var values: [CompiledTermSet]
    private let mask: Int

    /// A later entry with the key of an earlier one replaces it.
    init(_ entries: [(Key, CompiledTermSet)]) {
        var capacity = 8
        while capacity < 2 * entries.count { capacity *= 2 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: .empty, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.hash(key) & mask
            while let held = keys[slot], held != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    subscript(key: Key) -> CompiledTermSet? {
        var slot = Self.hash(key) & mask
        while let held = keys[slot] {
            if held == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    // Array storage is 16-byte aligned: the low bits say nothing, the high bits of the
    // product mix the rest.
    private static func hash(_ key: Key) -> Int {
        let address = UInt(bitPattern: key.literals) ^ (UInt(bitPattern: key.patterns) &>> 3)
        return Int(truncatingIfNeeded: ((address &>> 4) &* 0x9E37_79B9_7F4A_7C15) &>> 32)
    }
}
