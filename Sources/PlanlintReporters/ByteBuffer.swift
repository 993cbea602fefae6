/// The growing UTF-8 output the report writers (`JSONWriter`, `TextWriter`) fill: storage
/// written through a pointer, hence not copyable. A report is hundreds of small appends per
/// finding, and `Array.append(contentsOf:)` cost about a hundred instructions each, checking
/// the array's uniqueness and capacity for two or three bytes.
struct ByteBuffer: ~Copyable {
    /// Where the bytes start; moves when the buffer grows.
    private(set) var start: UnsafeMutablePointer<UInt8>
    /// How many bytes are written.
    private(set) var count = 0
    private var capacity: Int
    /// Whether `start` is the buffer's own storage (else the caller's, until it fills).
    private var ownsStorage: Bool

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
        ownsStorage = true
    }

    /// Writes into `buffer` (uninitialised memory the caller owns) for as long as the bytes
    /// fit, and into storage of its own from then on (`isInPlace` turns false).
    init(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        capacity = buffer.count
        start = buffer.baseAddress ?? .allocate(capacity: 0)
        ownsStorage = buffer.baseAddress == nil
    }

    deinit { if ownsStorage { start.deallocate() } }

    /// True while everything written is in the caller's buffer.
    var isInPlace: Bool { !ownsStorage }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Room for `extra` more bytes: where they go, valid until the buffer next grows. Bytes
    /// written there count once `advance(by:)` says so.
    @inline(__always)
    mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if count + extra > capacity { grow(to: count + extra) }
        return start + count
    }

    /// Counts `written` bytes put where `reserve` pointed.
    @inline(__always)
    mutating func advance(by written: Int) {
        count += written
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count).initialize(from: base, count: source.count)
        count += source.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Writes again the bytes at `range` (already written): reserved first, as growing moves
    /// the storage.
    mutating func repeatWritten(_ range: Range<Int>) {
        reserve(range.count).initialize(from: start + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Forgets what was written from `offset` on.
    mutating func truncate(to offset: Int) {
        count = min(count, offset)
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: start, count: count)
        // The caller's buffer is left to the caller.
        if ownsStorage { start.deallocate() }
        ownsStorage = true
        start = newStorage
        capacity = newCapacity
    }
}
