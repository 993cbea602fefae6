/// The bytes a text holds, as 128 bits (bit `b & 127` for each byte `b`): a word whose bits
/// are not all among a text's cannot occur in it, so most searches of a short text for many
/// words are answered by two AND operations. A three-byte character sets three bits (its
/// lead byte's and its two continuation bytes' six low bits), so a two-character word is
/// rarely let through by a title of twenty characters that does not hold it.
struct ByteBloom: Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    /// A set that may hold every byte.
    static let full: ByteBloom = {
        var bloom = ByteBloom()
        bloom.low = ~0
        bloom.high = ~0
        return bloom
    }()

    init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { insert(byte) }
    }

    @inline(__always)
    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) &<< UInt64(byte & 63)
        if byte & 64 == 0 { low |= bit } else { high |= bit }
    }

    /// Whether every byte of `other` may be in this set (false: some byte surely is not).
    @inline(__always)
    func mayHold(_ other: ByteBloom) -> Bool {
        other.low & ~low == 0 && other.high & ~high == 0
    }
}
