/// A finding's placeholder values in both languages, as bytes in its plan's store
/// (`FindingStore`) beside its excerpt.
///
/// They were an array of `MessageValue`s, each of three strings: an allocation per finding
/// for the array (and one per quoted text), and a release of every string and a free of the
/// array when the report went. The record is written once into the store, which the
/// finding already holds; messages are filled from its bytes (`FindingBuilder.pieces`).
///
/// The record: a count byte, then for each value its placeholder (an index into
/// `FindingBuilder.placeholderNames`, `unnamed` for any other name), the byte lengths of its
/// Chinese and English texts (four bytes each; `sameText` for an English that is the
/// Chinese), then the bytes of the texts.
struct FindingValues: @unchecked Sendable {
    // Sendable: the record never changes once written, and `owner` keeps it.
    private let owner: FindingStore?
    private let record: UnsafeRawPointer?

    /// No values.
    static let none = FindingValues(owner: nil, record: nil)

    /// The placeholder of a value whose name is none of `FindingBuilder.placeholderNames`:
    /// a template never asks for it.
    static let unnamed: UInt8 = 255
    /// The English length of a value the same in both languages.
    private static let sameText = UInt32.max
    /// Bytes before a value's texts: placeholder, Chinese length, English length.
    private static let header = 9

    private init(owner: FindingStore?, record: UnsafeRawPointer?) {
        self.owner = owner
        self.record = record
    }

    /// `values` written into `arena` (a store of their own when nil).
    init(_ values: [MessageValue], in arena: FindingStore? = nil) {
        guard !values.isEmpty else {
            self = .none
            return
        }
        var size = 1
        for value in values { size += Self.size(value.zh, value.englishIfDifferent) }
        let store = arena ?? FindingStore()
        let bytes = store.store(count: size) { buffer in
            var writer = Writer(buffer, count: values.count)
            for value in values { writer.append(FindingBuilder.placeholder(named: value.name), value.zh, value.englishIfDifferent) }
        }
        self.init(owner: store, record: UnsafeRawPointer(bytes.baseAddress))
    }

    /// One value, the same in both languages.
    init(_ placeholder: UInt8, text: String, in arena: FindingStore) {
        let bytes = arena.store(count: 1 + Self.size(text, nil)) { buffer in
            var writer = Writer(buffer, count: 1)
            writer.append(placeholder, text, nil)
        }
        self.init(owner: arena, record: UnsafeRawPointer(bytes.baseAddress))
    }

    /// Three values, each the same in both languages.
    init(_ first: (UInt8, String), _ second: (UInt8, String), _ third: (UInt8, String), in arena: FindingStore) {
        let size = 1 + Self.size(first.1, nil) + Self.size(second.1, nil) + Self.size(third.1, nil)
        let bytes = arena.store(count: size) { buffer in
            var writer = Writer(buffer, count: 3)
            writer.append(first.0, first.1, nil)
            writer.append(second.0, second.1, nil)
            writer.append(third.0, third.1, nil)
        }
        self.init(owner: arena, record: UnsafeRawPointer(bytes.baseAddress))
    }

    /// The bytes a value takes in the record.
    private static func size(_ zh: String, _ en: String?) -> Int {
        header + zh.utf8.count + (en?.utf8.count ?? 0)
    }

    /// Writes a record's values in order into room measured for them.
    private struct Writer {
        let raw: UnsafeMutableRawPointer
        var at = 1

        init(_ buffer: UnsafeMutablePointer<UInt8>, count: Int) {
            raw = UnsafeMutableRawPointer(buffer)
            raw.storeBytes(of: UInt8(count), as: UInt8.self)
        }

        mutating func append(_ placeholder: UInt8, _ zh: String, _ en: String?) {
            raw.storeBytes(of: placeholder, toByteOffset: at, as: UInt8.self)
            let zhCount = copy(zh, to: at + FindingValues.header)
            raw.storeBytes(of: UInt32(zhCount), toByteOffset: at + 1, as: UInt32.self)
            at += FindingValues.header + zhCount
            if let en {
                let enCount = copy(en, to: at)
                raw.storeBytes(of: UInt32(enCount), toByteOffset: at - zhCount - 4, as: UInt32.self)
                at += enCount
            } else {
                raw.storeBytes(of: FindingValues.sameText, toByteOffset: at - zhCount - 4, as: UInt32.self)
            }
        }

        /// Copies `text`'s UTF-8 to `offset`, in place for a native string; its length.
        private func copy(_ text: String, to offset: Int) -> Int {
            let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
                if let base = bytes.baseAddress { (raw + offset).copyMemory(from: base, byteCount: bytes.count) }
                return bytes.count
            }
            if let copied { return copied }
            var count = 0
            for byte in text.utf8 {
                raw.storeBytes(of: byte, toByteOffset: offset + count, as: UInt8.self)
                count += 1
            }
            return count
        }
    }

    /// Hands `body` the bytes of the first value for `placeholder` in `language`; false,
    /// having called nothing, when there is none.
    func withText(of placeholder: UInt8, _ language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard let record else { return false }
        let count = Int(record.load(as: UInt8.self))
        var at = 1
        for _ in 0..<count {
            let zhCount = Int(record.loadUnaligned(fromByteOffset: at + 1, as: UInt32.self))
            let enLength = record.loadUnaligned(fromByteOffset: at + 5, as: UInt32.self)
            let enCount = enLength == Self.sameText ? 0 : Int(enLength)
            let text = at + Self.header
            if record.load(fromByteOffset: at, as: UInt8.self) == placeholder {
                let english = language == .en && enLength != Self.sameText
                let start = (record + text + (english ? zhCount : 0)).assumingMemoryBound(to: UInt8.self)
                body(UnsafeBufferPointer(start: start, count: english ? enCount : zhCount))
                return true
            }
            at = text + zhCount + enCount
        }
        return false
    }
}
