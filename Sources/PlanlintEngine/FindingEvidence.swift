import PlanlintDocument

/// A finding's evidence excerpt as UTF-8 bytes, and the store that keeps them alive
/// (`FindingStore`): the string `Finding.evidence` is made from it only when asked, and
/// reporters that write bytes read them in place (`withUTF8`).
public struct FindingEvidence: @unchecked Sendable {
    // Sendable: the bytes never change once stored, and `owner` keeps them.
    private let owner: FindingStore?
    let bytes: UnsafeBufferPointer<UInt8>

    /// No evidence (a finding left without details, or about something absent).
    static let none = FindingEvidence(owner: nil, bytes: UnsafeBufferPointer(start: nil, count: 0))

    init(owner: FindingStore?, bytes: UnsafeBufferPointer<UInt8>) {
        self.owner = owner
        self.bytes = bytes
    }

    /// Evidence given as a string: its bytes copied into a store of their own.
    init(_ text: String) {
        var text = text
        guard !text.isEmpty else {
            self = .none
            return
        }
        let owner = text.withUTF8 { FindingStore(holding: $0) }
        self.init(owner: owner, bytes: UnsafeBufferPointer(start: owner.first, count: text.utf8.count))
    }

    /// The bytes, read in place (valid while this evidence, or a finding holding it, lives).
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(bytes)
    }

    /// The evidence as a string (well-formed UTF-8: cut at scalar boundaries of the plan's
    /// checked text, or copied from a string).
    public var text: String {
        bytes.isEmpty ? "" : String(wellFormedUTF8: bytes)
    }
}
