/// A JSON value that serialises deterministically: object keys sorted by their UTF-8 bytes,
/// two-space indentation, slashes and non-ASCII text left as they are.
///
/// Reporters build these by hand instead of going through `JSONEncoder` so the bytes do not
/// depend on Foundation's formatting choices, which differ between platforms and releases.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A fraction such as a precision, written in Swift's shortest round-tripping form
    /// (`0.9`, `1.0`); not finite is written as null, which JSON has no number for.
    case decimal(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string` or `.null`.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// `.int` or `.null`.
    public static func optional(_ value: Int?) -> JSONValue {
        value.map(JSONValue.int) ?? .null
    }

    /// The serialised value; pretty output ends without a newline.
    public func serialized(pretty: Bool = true) -> String {
        serialized(with: JSONWriter(pretty: pretty))
    }

    /// Pretty output for a value nested `indentLevel` levels deep in a larger document.
    public func serialized(indentLevel: Int) -> String {
        serialized(with: JSONWriter(level: indentLevel))
    }

    private func serialized(with writer: consuming JSONWriter) -> String {
        var writer = writer
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// UTF-8 byte order, compared on contiguous bytes (the generic `lexicographicallyPrecedes`
    /// on `UTF8View` was a twentieth of a `--format json` run, sorting every object's keys).
    static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                let common = min(a.count, b.count)
                var index = 0
                while index < common {
                    if a[index] != b[index] { return a[index] < b[index] }
                    index += 1
                }
                return a.count < b.count
            }
        }
    }
}
