/// Reads one JSON text (RFC 8259) into a `JSON` value, over its UTF-8 bytes.
///
/// Foundation's JSONDecoder decodes into `Decodable` models; a value of unknown shape can only
/// be had from it by trying each kind in turn, each failure a thrown error with its coding
/// path: two fifths of the language server's work on a change of a 30 KB plan. This reader
/// makes each value once and refuses nesting past `JSON.maxDepth` as it reaches it, so a
/// hostile `[[[[…` never recurses deeper.
///
/// Lenient where a client's text may be imperfect and nothing is lost by it: invalid UTF-8
/// and a lone surrogate escape become U+FFFD, as `String(decoding:as:)` makes them.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The value `bytes` hold: one value, white space around it allowed.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSON.ParseError) -> JSON {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipWhiteSpace()
        guard reader.index == bytes.count else { throw .malformed(offset: reader.index) }
        return value
    }

    private mutating func skipWhiteSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private var malformed: JSON.ParseError { .malformed(offset: index) }

    private mutating func value(depth: Int) throws(JSON.ParseError) -> JSON {
        skipWhiteSpace()
        guard index < bytes.count else { throw malformed }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < JSON.maxDepth else { throw .tooDeep(offset: index, limit: JSON.maxDepth) }
            return try object(depth: depth + 1)
        case UInt8(ascii: "["):
            guard depth < JSON.maxDepth else { throw .tooDeep(offset: index, limit: JSON.maxDepth) }
            return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try word("true", .bool(true))
        case UInt8(ascii: "f"): return try word("false", .bool(false))
        case UInt8(ascii: "n"): return try word("null", .null)
        default: return try number()
        }
    }

    private mutating func word(_ text: StaticString, _ value: JSON) throws(JSON.ParseError) -> JSON {
        let length = text.utf8CodeUnitCount
        guard bytes.count - index >= length else { throw malformed }
        for offset in 0..<length where bytes[index + offset] != text.utf8Start[offset] { throw malformed }
        index += length
        return value
    }

    private mutating func object(depth: Int) throws(JSON.ParseError) -> JSON {
        index += 1
        var members: [String: JSON] = [:]
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhiteSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw malformed }
            let key = try string()
            skipWhiteSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw malformed }
            index += 1
            members[key] = try value(depth: depth)
            skipWhiteSpace()
            guard index < bytes.count else { throw malformed }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            } else {
                throw malformed
            }
        }
    }

    private mutating func array(depth: Int) throws(JSON.ParseError) -> JSON {
        index += 1
        var items: [JSON] = []
        skipWhiteSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth))
            skipWhiteSpace()
            guard index < bytes.count else { throw malformed }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            } else {
                throw malformed
            }
        }
    }

    /// A string from its opening quote: runs without escapes are taken whole (a plan's text is
    /// mostly such runs between its `\n`s).
    private mutating func string() throws(JSON.ParseError) -> String {
        index += 1
        var runStart = index
        var unescaped: [UInt8]?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                guard var text = unescaped else { return String(decoding: run, as: UTF8.self) }
                text.append(contentsOf: run)
                return String(decoding: text, as: UTF8.self)
            }
            if byte < 0x20 { throw malformed }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if unescaped == nil { unescaped = [] }
            unescaped!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            guard index < bytes.count else { throw malformed }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped!.append(escape)
            case UInt8(ascii: "b"): unescaped!.append(0x08)
            case UInt8(ascii: "f"): unescaped!.append(0x0C)
            case UInt8(ascii: "n"): unescaped!.append(0x0A)
            case UInt8(ascii: "r"): unescaped!.append(0x0D)
            case UInt8(ascii: "t"): unescaped!.append(0x09)
            case UInt8(ascii: "u"): appendUTF8(of: try escapedScalar(), to: &unescaped!)
            default:
                index -= 1
                throw malformed
            }
            runStart = index
        }
        throw malformed
    }

    /// The scalar of a `\u` escape (its `\u` read), joining a surrogate pair written as two.
    private mutating func escapedScalar() throws(JSON.ParseError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        {
            let mark = index
            index += 2
            let second = try hexQuad()
            if (0xDC00...0xDFFF).contains(second) {
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            index = mark
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(JSON.ParseError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw malformed }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw malformed
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func appendUTF8(of scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`: an `int` when its value is a whole
    /// number that fits (`2.0` and `1E3` too, as JSONDecoder read them), a `double` otherwise;
    /// one too large for a `Double` is refused.
    private mutating func number() throws(JSON.ParseError) -> JSON {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - from
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw malformed }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw malformed
        }
        var integral = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw malformed }
            integral = false
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw malformed }
            integral = false
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if integral, let value = Int(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else { throw .malformed(offset: start) }
        if let whole = Int(exactly: value) { return .int(whole) }
        return .double(value)
    }
}
