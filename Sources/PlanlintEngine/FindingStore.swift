/// The bytes of one plan's findings, their evidence excerpts and placeholder values, kept
/// together in a few blocks.
///
/// Each finding's excerpt was a string of its own and its values an array of strings:
/// allocations when the finding was made and frees when its report was dropped, for every
/// finding. A plan's findings share this store instead, each holding a reference to it and
/// where its bytes lie (`FindingEvidence`, `FindingValues`); its blocks are freed when the
/// last of them goes.
///
/// Bytes once stored never change or move: a full block is left as it is and a new one
/// started. Stores happen while one thread lints the plan; afterwards findings on any
/// thread only read, which is why the class may be shared.
final class FindingStore: @unchecked Sendable {
    private var blocks: [UnsafeMutablePointer<UInt8>] = []
    /// Where the next bytes go in the current block, and how many fit there.
    private var next: UnsafeMutablePointer<UInt8>?
    private var room = 0

    /// Enough for a plan's usual findings (about a hundred, 100–200 bytes each).
    static let blockSize = 16_384

    init() {}

    /// A store holding `bytes` alone, in a block of their size: for evidence given as a string.
    init(holding bytes: UnsafeBufferPointer<UInt8>) {
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        if let base = bytes.baseAddress { block.initialize(from: base, count: bytes.count) }
        blocks = [block]
    }

    /// The first stored bytes (`init(holding:)`).
    var first: UnsafePointer<UInt8>? { blocks.first.map { UnsafePointer($0) } }

    /// Keeps `count` bytes that `fill` writes (all of them) and returns where they lie.
    func store(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) -> UnsafeBufferPointer<UInt8> {
        guard count > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        if count > room {
            let block = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, Self.blockSize))
            blocks.append(block)
            if count >= Self.blockSize {
                // A piece as large as a block gets its own; the current block keeps its room.
                fill(block)
                return UnsafeBufferPointer(start: block, count: count)
            }
            next = block
            room = Self.blockSize
        }
        let at = next.unsafelyUnwrapped
        fill(at)
        next = at + count
        room -= count
        return UnsafeBufferPointer(start: at, count: count)
    }

    deinit {
        for block in blocks { block.deallocate() }
    }
}
