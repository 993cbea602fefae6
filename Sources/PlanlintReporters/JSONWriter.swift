/// Writes JSON text as UTF-8 bytes in planlint's layout: two-space indentation, `": "` after
/// keys, slashes and non-ASCII text as they are; quote, backslash, controls and U+2028/U+2029
/// escaped (so the output is also valid JavaScript).
///
/// The caller gives object members in the order they are written. `JSONValue` sorts its keys
/// first; the JSON reporter writes findings, of which a run has hundreds of thousands, with
/// their members listed in sorted order by hand: building a dictionary per finding and
/// sorting its keys was a third of the cost of the report.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var level: Int
    /// True until the innermost open container gets its first member.
    private var empty = true

    /// `level`: how deep the written value sits in an enclosing document, for indentation.
    init(pretty: Bool = true, level: Int = 0) {
        self.pretty = pretty
        self.level = level
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member whose name needs no escape (a field name of the report); its
    /// value is written next.
    mutating func key(_ name: StaticString) {
        separate()
        name.withUTF8Buffer { name in
            assert(!name.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: name)
            bytes.append(UInt8(ascii: "\""))
        }
        colon()
    }

    /// Starts an object member with any name.
    mutating func key(escaping name: String) {
        separate()
        string(name)
        colon()
    }

    private mutating func colon() {
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts an array element; its value is written next.
    mutating func element() { separate() }

    mutating func null() { bytes += "null".utf8 }

    mutating func bool(_ value: Bool) { bytes += (value ? "true" : "false").utf8 }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var magnitude = value.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { escape($0) }
        bytes.append(UInt8(ascii: "\""))
    }

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
        bytes.append(bracket)
        level += 1
        empty = true
    }

    // An empty container closes on the same line: `[]`, `{}`.
    private mutating func close(_ bracket: UInt8) {
        level -= 1
        if !empty { newline() }
        bytes.append(bracket)
        empty = false
    }

    private mutating func separate() {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    // Runs that need no escape are copied whole, and found eight bytes at a time.
    private mutating func escape(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        var copied = 0
        var index = 0
        while index < text.count {
            if index + 8 <= text.count, !Self.mayNeedEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            var length = 1
            let escaped: String
            switch byte {
            case UInt8(ascii: "\""): escaped = "\\\""
            case UInt8(ascii: "\\"): escaped = "\\\\"
            case UInt8(ascii: "\n"): escaped = "\\n"
            case UInt8(ascii: "\r"): escaped = "\\r"
            case UInt8(ascii: "\t"): escaped = "\\t"
            case 0..<0x20: escaped = Self.hexEscape(UInt32(byte))
            case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                escaped = Self.hexEscape(text[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                length = 3
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<index]))
            bytes += escaped.utf8
            index += length
            copied = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copied..<text.count]))
    }

    /// True when one of the eight bytes is a control, a quote, a backslash or 0xE2 (the lead
    /// byte of U+2028/U+2029). Each test is the classic "has a byte less than n" bit trick,
    /// exact for the word as a whole.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasByteBelow(_ limit: UInt64, _ value: UInt64) -> Bool {
            (value &- ones &* limit) & ~value & highBits != 0
        }
        return hasByteBelow(0x20, word) || hasByteBelow(1, word ^ (ones &* 0x22))
            || hasByteBelow(1, word ^ (ones &* 0x5C)) || hasByteBelow(1, word ^ (ones &* 0xE2))
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: false)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
