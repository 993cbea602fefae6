/// Writes JSON text as UTF-8 bytes in planlint's layout: two-space indentation, `": "` after
/// keys, slashes and non-ASCII text as they are; quote, backslash, controls and U+2028/U+2029
/// escaped (so the output is also valid JavaScript).
///
/// The caller gives object members in the order they are written. `JSONValue` sorts its keys
/// first; the JSON reporter writes findings, of which a run has hundreds of thousands, with
/// their members listed in sorted order by hand: building a dictionary per finding and
/// sorting its keys was a third of the cost of the report.
///
/// The text goes into a `ByteBuffer` the writer owns (hence not copyable).
struct JSONWriter: ~Copyable {
    private var buffer: ByteBuffer
    private let pretty: Bool
    private var level: Int
    /// True until the innermost open container gets its first member.
    private var empty = true

    /// `level`: how deep the written value sits in an enclosing document, for indentation;
    /// `capacity`: the bytes expected, so that a large report is not copied as it grows.
    init(pretty: Bool = true, level: Int = 0, capacity: Int = 4096) {
        self.pretty = pretty
        self.level = level
        self.buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer that writes into `buffer` (uninitialised memory the caller owns) for as long
    /// as the text fits, and into its own storage from then on (`isInPlace` turns false).
    init(pretty: Bool = true, level: Int = 0, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.pretty = pretty
        self.level = level
        self.buffer = ByteBuffer(into: buffer)
    }

    /// How many bytes are written so far.
    var byteCount: Int { buffer.count }

    /// True while everything written is in the caller's buffer.
    var isInPlace: Bool { buffer.isInPlace }

    /// The text written so far.
    var bytes: [UInt8] { buffer.bytes }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member whose name needs no escape (a field name of the report); its
    /// value is written next.
    ///
    /// The separator, line break, indentation, quoted name and colon go out in one reserved
    /// stretch: a report writes about twenty keys per finding, and appending the seven pieces
    /// one by one cost more than the values.
    mutating func key(_ name: StaticString) {
        let nameCount = name.utf8CodeUnitCount
        assert(!UnsafeBufferPointer(start: name.utf8Start, count: nameCount).contains {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
        })
        // ",\n" + indentation (stored eight spaces at a time, so up to seven more) + "\"name\": ".
        let first = buffer.reserve(2 + 2 * level + 8 + nameCount + 4)
        var out = first
        if !empty {
            out.pointee = UInt8(ascii: ",")
            out += 1
        }
        empty = false
        if pretty {
            out.pointee = UInt8(ascii: "\n")
            let spaces = 2 * level
            var offset = 0
            while offset < spaces {
                UnsafeMutableRawPointer(out + 1 + offset).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
                offset += 8
            }
            out += 1 + spaces
        }
        out.pointee = UInt8(ascii: "\"")
        (out + 1).initialize(from: name.utf8Start, count: nameCount)
        out += 1 + nameCount
        out.pointee = UInt8(ascii: "\"")
        (out + 1).pointee = UInt8(ascii: ":")
        out += 2
        if pretty {
            out.pointee = UInt8(ascii: " ")
            out += 1
        }
        buffer.advance(by: first.distance(to: out))
    }

    /// Writes `text` as it is: a separator between the parts of a larger document.
    mutating func verbatim(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Starts an object member with any name.
    mutating func key(escaping name: String) {
        separate()
        string(name)
        colon()
    }

    private mutating func colon() {
        append(UInt8(ascii: ":"))
        if pretty { append(UInt8(ascii: " ")) }
    }

    /// Starts an array element; its value is written next.
    mutating func element() { separate() }

    mutating func null() { append("null") }

    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

    mutating func int(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let length = DecimalDigits.count(value)
        DecimalDigits.write(value, endingAt: buffer.reserve(length) + length)
        buffer.advance(by: length)
    }

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        append(UInt8(ascii: "\""))
        value.withUTF8 { escape($0) }
        append(UInt8(ascii: "\""))
    }

    /// A string that `pieces` hands over in parts (well-formed UTF-8 each), escaped as they
    /// come: a finding's message is written from its template and values this way, without
    /// being put together first.
    mutating func string(pieces: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        append(UInt8(ascii: "\""))
        pieces { escape($0) }
        append(UInt8(ascii: "\""))
    }

    /// A string that many members of the document share (a rule's suggestion or legal
    /// basis, repeated in each of its findings): escaped the first time, then copied from
    /// that first copy. Keyed by the string's storage, which the entry keeps alive so that
    /// its address cannot be reused by another string.
    mutating func sharedString(_ value: String?) {
        guard var source = value else { return null() }
        guard source.utf8.count >= Self.rememberedLength else { return string(source) }
        // The entry keeps the very string whose bytes it is keyed on.
        source.makeContiguousUTF8()
        append(UInt8(ascii: "\""))
        let done: Void? = source.utf8.withContiguousStorageIfAvailable { text in
            guard let base = text.baseAddress else { return escape(text) }
            let key = StorageKey(address: UInt(bitPattern: base), count: text.count)
            if remembered.isEmpty { remembered = Array(repeating: nil, count: Self.rememberedSlots) }
            let slot = Int(truncatingIfNeeded: (key.address &>> 4) ^ (key.address &>> 12)) & (Self.rememberedSlots - 1)
            if let known = remembered[slot], known.key == key {
                buffer.repeatWritten(known.range)
                return
            }
            let start = buffer.count
            escape(text)
            remembered[slot] = (key, source, start..<buffer.count)
        }
        if done == nil { source.withUTF8 { escape($0) } }
        append(UInt8(ascii: "\""))
    }

    /// Strings shorter than this are escaped each time: cheaper than looking them up.
    private static let rememberedLength = 32

    private struct StorageKey: Equatable {
        var address: UInt
        var count: Int
    }

    /// Escaped shared strings already in the buffer, one a slot chosen by a few bits of the
    /// source's storage address (made with the first shared string); a string whose slot
    /// another took is escaped again, which writes the same bytes. A dictionary hashed every
    /// key, and grew for every report: more than the copying it saved. Each entry keeps its
    /// string alive, so that its address stands for no other string.
    private var remembered: [(key: StorageKey, source: String, range: Range<Int>)?] = []
    private static let rememberedSlots = 256


    /// An array of strings that the member before may have written too (a section path: the
    /// same array for every finding in the section, and findings come in reading order):
    /// copied from the last one written when it is the same array at the same level.
    /// Remembering only the last one needs no hashing, which cost more than writing the
    /// short arrays again.
    mutating func repeatedStrings(_ values: [String]) {
        guard !values.isEmpty else { return strings(values) }
        let address = values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let last = lastStrings, last.address == address, last.source.count == values.count, last.level == level,
            last.range.upperBound <= buffer.count
        {
            buffer.repeatWritten(last.range)
            empty = false
            return
        }
        let start = buffer.count
        strings(values)
        lastStrings = (values, address, level, start..<buffer.count)
    }

    /// The last array `repeatedStrings` wrote, kept alive so that its address is not reused.
    private var lastStrings: (source: [String], address: UInt, level: Int, range: Range<Int>)?

    /// An array of strings on one level.
    mutating func strings(_ values: [String]) {
        openArray()
        for value in values {
            element()
            string(value)
        }
        closeArray()
    }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .decimal(let number): if number.isFinite { append(number.description) } else { null() }
        case .string(let text): string(text)
        case .array(let values):
            openArray()
            for member in values {
                element()
                self.value(member)
            }
            closeArray()
        case .object(let members):
            openObject()
            for name in members.keys.sorted(by: JSONValue.precedes) {
                key(escaping: name)
                self.value(members[name]!)
            }
            closeObject()
        }
    }

    private mutating func open(_ bracket: UInt8) {
        append(bracket)
        level += 1
        empty = true
    }

    // An empty container closes on the same line: `[]`, `{}`.
    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if !empty { newline() }
        append(bracket)
        empty = false
    }

    private mutating func separate() {
        if !empty { append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        let length = 1 + 2 * level
        // Spaces are stored eight at a time (a memset call per line cost more than the line);
        // the stores may run past `length` into reserved, unused capacity.
        let raw = UnsafeMutableRawPointer(buffer.reserve(length + 8))
        raw.storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
        var offset = 1
        while offset < length {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        buffer.advance(by: length)
    }

    // Runs that need no escape are copied whole, and found eight bytes at a time.
    private mutating func escape(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var copied = 0
        var index = 0
        while index < text.count {
            // A string's last few bytes are looked at as one word too, filled up with "A"
            // (never flagged): most strings are short, and walking their tails byte by byte
            // was most of the escaping.
            var word: UInt64 = 0x4141_4141_4141_4141
            if index + 8 <= text.count {
                word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            } else {
                withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: UnsafeRawBufferPointer(start: raw + index, count: text.count - index)) }
            }
            let flags = Self.escapeFlags(word)
            if flags == 0 {
                index += 8
                continue
            }
            // The lowest flag marks the first byte to look at (exactly: a borrow only flags
            // bytes above a true one); the bytes before it need nothing.
            index += flags.trailingZeroBitCount / 8
            let byte = text[index]
            var length = 1
            let escaped: StaticString
            switch byte {
            case UInt8(ascii: "\""): escaped = "\\\""
            case UInt8(ascii: "\\"): escaped = "\\\\"
            case UInt8(ascii: "\n"): escaped = "\\n"
            case UInt8(ascii: "\r"): escaped = "\\r"
            case UInt8(ascii: "\t"): escaped = "\\t"
            case 0..<0x20:
                append(UnsafeBufferPointer(rebasing: text[copied..<index]))
                append(Self.hexEscape(UInt32(byte)))
                index += 1
                copied = index
                continue
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                escaped = text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default:
                // Any other byte flagged is 0xE2, the lead of a three-byte character.
                index += byte == 0xE2 ? 3 : 1
                continue
            }
            append(UnsafeBufferPointer(rebasing: text[copied..<index]))
            verbatim(escaped)
            index += length
            copied = index
        }
        append(UnsafeBufferPointer(rebasing: text[copied..<text.count]))
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) { buffer.append(byte) }

    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) { buffer.append(source) }

    private mutating func append(_ text: String) { buffer.append(text) }

    /// The high bit of each byte that may need an escape: a control, a quote, a backslash or
    /// 0xE2 (the lead byte of U+2028/U+2029); 0 when none does. Each test is the classic "has
    /// a byte less than n" bit trick: exact for the word as a whole and for its lowest byte
    /// flagged, while a borrow may flag bytes above that one.
    @inline(__always)
    static func escapeFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func bytesBelow(_ limit: UInt64, _ value: UInt64) -> UInt64 {
            (value &- ones &* limit) & ~value & highBits
        }
        return bytesBelow(0x20, word) | bytesBelow(1, word ^ (ones &* 0x22)) | bytesBelow(1, word ^ (ones &* 0x5C))
            | bytesBelow(1, word ^ (ones &* 0xE2))
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
