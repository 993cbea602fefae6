import Foundation

/// word/styles.xml cut, before Foundation's parser reads it, to the styles a document's
/// paragraphs name and the styles those are based on, and without its latent styles: a
/// template's styles.xml (python-docx's, an office's own) defines a hundred styles in hundreds
/// of KB, where a plan uses three, and the parser makes strings of every element and
/// attribute in it.
///
/// Cut as bytes, by the shape Word and every converter write: `<w:style …>…</w:style>`
/// elements side by side under `<w:styles>`, each naming its `w:styleId` and at most one
/// `w:basedOn` in its start tag and children. Whatever does not fit that shape (another
/// prefix, an entity in an id, something else between the styles, an element left open)
/// gives nil, and the part is read whole.
enum DocxStyleSubset {
    /// The part with only the styles named in `used` and their `basedOn` ancestors (in
    /// their order), or nil to read it whole.
    static func keeping(_ used: Set<String>, of xml: Data) -> Data? {
        xml.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let chunks = styleElements(in: bytes) else { return nil }
            var byID: [String: [Int]] = [:]
            for (index, chunk) in chunks.enumerated() {
                // A style without an id is kept whatever it is (it names nothing to leave out).
                byID[chunk.id ?? "", default: []].append(index)
            }
            var kept = Set(byID[""] ?? [])
            var pending = Array(used)
            var seen = Set<String>()
            while let id = pending.popLast() {
                guard seen.insert(id).inserted else { continue }
                for index in byID[id] ?? [] {
                    kept.insert(index)
                    if let parent = chunks[index].basedOn { pending.append(parent) }
                }
            }
            guard let first = chunks.first, let last = chunks.last else { return nil }
            var subset = Data(UnsafeRawBufferPointer(rebasing: raw[..<first.range.lowerBound]))
            for (index, chunk) in chunks.enumerated() where kept.contains(index) {
                subset.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[chunk.range]))
            }
            subset.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[last.range.upperBound...]))
            return subset
        }
    }

    /// The part without its w:latentStyles element: Word's list of the built-in styles a
    /// document may use, several hundred w:lsdException elements (half of a Word file's
    /// styles.xml) that define no style and that nothing here reads. The element holds no
    /// element of its own name, so its end tag is the first that follows. Anything else (no
    /// such element, another prefix, a self-closing one) is left whole.
    static func withoutLatentStyles(_ xml: Data) -> Data {
        xml.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let start = find(latentOpenTag, in: bytes, from: 0), start + latentOpenTag.count < bytes.count,
                bytes[start + latentOpenTag.count] == UInt8(ascii: " ") || bytes[start + latentOpenTag.count] == UInt8(ascii: ">"),
                let tagEnd = index(of: UInt8(ascii: ">"), in: bytes, from: start), bytes[tagEnd - 1] != UInt8(ascii: "/"),
                let close = find(latentCloseTag, in: bytes, from: start)
            else { return nil }
            var trimmed = Data(UnsafeRawBufferPointer(rebasing: raw[..<start]))
            trimmed.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[(close + latentCloseTag.count)...]))
            return trimmed
        } ?? xml
    }

    private static let latentOpenTag = Array("<w:latentStyles".utf8)
    private static let latentCloseTag = Array("</w:latentStyles>".utf8)

    private struct Chunk {
        var range: Range<Int>
        var id: String?
        var basedOn: String?
    }

    private static let rootTag = Array("<w:styles".utf8)
    private static let openTag = Array("<w:style".utf8)
    private static let closeTag = Array("</w:style>".utf8)
    private static let idAttribute = Array("w:styleId=".utf8)
    private static let basedOnTag = Array("<w:basedOn".utf8)
    private static let valueAttribute = Array("w:val=".utf8)

    /// Every w:style element, in order, with nothing but white space between them; nil when
    /// the part is not of that shape.
    private static func styleElements(in bytes: UnsafeBufferPointer<UInt8>) -> [Chunk]? {
        guard let root = find(rootTag, in: bytes, from: 0) else { return nil }
        var chunks: [Chunk] = []
        var position = root + rootTag.count
        while let start = find(openTag, in: bytes, from: position) {
            let after = start + openTag.count
            guard after < bytes.count else { return nil }
            // <w:styles, <w:styleLink…: not a style element.
            guard bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/")
            else {
                position = after
                continue
            }
            if let previous = chunks.last, !isBlank(bytes, previous.range.upperBound..<start) { return nil }
            guard let tagEnd = index(of: UInt8(ascii: ">"), in: bytes, from: after) else { return nil }
            let end: Int
            if bytes[tagEnd - 1] == UInt8(ascii: "/") {
                end = tagEnd + 1
            } else {
                guard let close = find(closeTag, in: bytes, from: tagEnd) else { return nil }
                end = close + closeTag.count
            }
            let startTag = start..<(tagEnd + 1)
            guard case .some(let id) = attribute(idAttribute, in: bytes, startTag) else { return nil }
            var basedOn: String?
            if let tag = find(basedOnTag, in: bytes, from: tagEnd, before: end) {
                guard let tagClose = index(of: UInt8(ascii: ">"), in: bytes, from: tag), tagClose < end,
                    case .some(.some(let parent)) = attribute(valueAttribute, in: bytes, tag..<(tagClose + 1))
                else { return nil }
                basedOn = parent
            }
            chunks.append(Chunk(range: start..<end, id: id, basedOn: basedOn))
            position = end
        }
        return chunks
    }

    /// The value of `name` (`name="…"` or `name='…'`) inside `range`: `.some(nil)` when the
    /// attribute is absent, nil when its value holds an entity or is not closed.
    private static func attribute(_ name: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String?? {
        guard let at = find(name, in: bytes, from: range.lowerBound, before: range.upperBound) else { return .some(nil) }
        let quoteAt = at + name.count
        guard quoteAt < range.upperBound, bytes[quoteAt] == UInt8(ascii: "\"") || bytes[quoteAt] == UInt8(ascii: "'") else { return nil }
        guard let close = index(of: bytes[quoteAt], in: bytes, from: quoteAt + 1), close < range.upperBound else { return nil }
        let value = UnsafeBufferPointer(rebasing: bytes[(quoteAt + 1)..<close])
        if value.contains(UInt8(ascii: "&")) { return nil }
        return .some(String(decoding: value, as: UTF8.self))
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        bytes[start...].firstIndex(of: byte)
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        guard start < end else { return nil }
        return needle.withUnsafeBufferPointer { needle in
            UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: bytes[start..<end])).map { start + $0 }
        }
    }
}
