#if canImport(Glibc)
import Glibc
#endif

/// A start tag (`<w:p w:rsidR="00A1">`, `<w:sz w:val="28"/>`) in the bytes of a .docx part, as
/// `DocxDocumentFilter` reads it: where it ends, and whether it is plain enough to leave out
/// or shorten without changing whether the part is well-formed.
struct DocxStartTag {
    /// The qualified name (`w:p`) and the local name after its prefix (`p`).
    var name: Range<Int>
    var localName: Range<Int>
    /// Just after the closing `>`.
    var end: Int
    /// `<x/>`: an element with no content.
    var closesItself: Bool
    /// A name of ASCII name characters, each attribute a plain name, separated by white space,
    /// quoted, with no `&` or `<` in its value and not given twice: nothing a parser refuses or
    /// expands.
    var isStrict: Bool
    /// An attribute named `xml…` (`xmlns:w`, `xml:space`): it changes how the parser reads the
    /// rest, so the tag is kept as written.
    var hasXMLAttribute: Bool
    /// Whether the tag names any attribute.
    var hasAttributes: Bool { !attributesEmpty }
    private var attributesEmpty = true

    /// The start tag at `start` (its `<`), or nil when none ends there (no closing `>`, a
    /// value not closed, a `/` before anything but `>`). `attributes` is room for the
    /// attributes' names, reused from tag to tag (a list made per tag was most of the cost).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, attributes: inout [Range<Int>]) {
        var index = start + 1
        while index < bytes.count, !Self.endsName(bytes[index]) { index += 1 }
        guard index > start + 1 else { return nil }
        name = (start + 1)..<index
        var local = index
        while local > name.lowerBound, bytes[local - 1] != UInt8(ascii: ":") { local -= 1 }
        localName = local..<index
        isStrict = Self.isPlainName(bytes, name)
        hasXMLAttribute = false
        attributes.removeAll(keepingCapacity: true)
        while true {
            let spaced = index < bytes.count && Self.isSpace(bytes[index])
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                end = index + 1
                closesItself = false
                return
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { return nil }
                end = index + 2
                closesItself = true
                return
            }
            let attributeStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), !Self.endsName(bytes[index]) { index += 1 }
            let attribute = attributeStart..<index
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            guard let close = Self.index(of: quote, in: bytes, from: valueStart) else { return nil }
            if isStrict, !spaced || !Self.isPlainName(bytes, attribute) || !Self.isPlainValue(bytes, valueStart..<close)
                || attributes.contains(where: { Self.same(bytes, $0, attribute) })
            {
                isStrict = false
            }
            if attribute.count >= 3, bytes[attribute.lowerBound] == UInt8(ascii: "x"), bytes[attribute.lowerBound + 1] == UInt8(ascii: "m"),
                bytes[attribute.lowerBound + 2] == UInt8(ascii: "l")
            {
                hasXMLAttribute = true
            }
            attributes.append(attribute)
            attributesEmpty = false
            index = close + 1
        }
    }

    /// XML's white space: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// What ends a name inside a tag: white space, `>` or `/`.
    static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let hit = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// ASCII letters, figures, `_ : . -`, not starting with a figure, `.` or `-`.
    private static func isPlainName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, startsName(bytes[range.lowerBound]) else { return false }
        for index in range where !startsName(bytes[index]) && !continuesName(bytes[index]) { return false }
        return true
    }

    @inline(__always) private static func startsName(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    @inline(__always) private static func continuesName(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ one: Range<Int>, _ other: Range<Int>) -> Bool {
        one.count == other.count && memcmp(bytes.baseAddress! + one.lowerBound, bytes.baseAddress! + other.lowerBound, one.count) == 0
    }

    /// No `&` (an entity to expand) and no `<` (refused in a value).
    private static func isPlainValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where bytes[index] == UInt8(ascii: "&") || bytes[index] == UInt8(ascii: "<") { return false }
        return true
    }
}
