/// Bytes as a dictionary key, hashed in one call over their memory: `[UInt8]`'s own hashing
/// feeds the hasher a byte at a time, and `String`'s normalises Chinese text first. Keying
/// the pack's terms and patterns by these was cheaper by a few million instructions on the
/// path a one-plan run waits on. Equal only when byte for byte equal.
struct ByteKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    init(_ text: String) { self.bytes = Array(text.utf8) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.bytes == rhs.bytes
    }
}
