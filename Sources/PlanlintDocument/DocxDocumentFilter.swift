import Foundation

/// word/document.xml without what the paragraph parser does not read, before Foundation's
/// parser reads it: that parser makes a `String` of every element's name and a dictionary of
/// its attributes before calling us, and most of a Word file's elements are formatting
/// (`<w:rFonts …/>`, `<w:sz …/>`, `<w:spacing …/>`, LibreOffice's empty `<w:rPr></w:rPr>` in
/// every run) and most attributes revision ids (`w:rsidR="00A1B2C3"`).
///
/// Left out, as bytes:
/// - empty elements (`<x …/>`, or a start tag whose content is only left-out elements and white
///   space) whose names the parser reads nothing of, or reads only as the parent of another
///   (`w:rPr`, `w:pPr`, `w:numPr`, and `w:r`, a run): no text, no parent of anything kept, so no
///   callback the parser acts on;
/// - the attributes of kept elements whose attributes it does not read (all but the `w:val` of
///   `w:vanish`, `w:pStyle`, `w:outlineLvl`, `w:numId` and `w:ilvl`);
/// - the boundary between two runs that hold one text each, once their formatting is left out
///   (`…</w:t></w:r><w:r><w:t>…`): Word starts a run at every change of formatting or editing
///   session, and their texts read as one. Not when any run is hidden (`w:vanish` kept):
///   text joined to a hidden run would be hidden with it.
///
/// What is left out must read as well-formed by the strictest rule Foundation applies (simple
/// names, quoted values without `&` or `<`, no attribute twice); anything else is kept as
/// written, so a malformed part fails as before. A tag that is not closed, an end tag that does
/// not match its start, a `<!` that is neither a comment nor CDATA, or an encoding other than
/// UTF-8 gives the part back whole.
enum DocxDocumentFilter {
    /// The part with what is not read left out, or `xml` itself when it is not of the shape
    /// described above.
    static func filtered(_ xml: Data) -> Data {
        xml.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard declaresUTF8(bytes) else { return nil }
            var filter = Pass(bytes: bytes)
            return filter.run().map { Data($0) }
        } ?? xml
    }

    /// Whether the parser reads an element only as the parent of another (or not at all): it
    /// is left out when nothing in it is kept.
    static func isReadAsParentOnly(_ element: DocxElementName) -> Bool {
        switch element {
        case .other, .rPr, .pPr, .numPr, .r: true
        default: false
        }
    }

    /// Whether the parser reads the element's attributes (its `w:val`).
    static func readsAttributes(_ element: DocxElementName) -> Bool {
        switch element {
        case .vanish, .pStyle, .outlineLvl, .numId, .ilvl: true
        default: false
        }
    }

    /// An XML declaration naming an encoding must name UTF-8: the bytes are read as UTF-8 here.
    private static func declaresUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = Array(bytes.prefix(200))
        guard head.starts(with: Array("<?xml".utf8)), let end = head.firstIndex(of: UInt8(ascii: ">")) else { return true }
        let declaration = String(decoding: head[..<end], as: UTF8.self).lowercased()
        guard let at = declaration.range(of: "encoding") else { return true }
        return declaration[at.upperBound...].contains("utf-8")
    }

    /// One pass over the part, writing what is kept: the bytes between two changes are
    /// copied at once, when the next change comes (copied tag by tag, the copies cost more
    /// than the tags read).
    private struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        var output: [UInt8] = []
        /// The input before this has been written or left out; from here on it is copied as is.
        var pending = 0
        /// The elements open around the current point: the name's bytes, where the element's
        /// start tag is written, whether it may be left out, and whether all inside it so far
        /// has been left out (or is white space).
        var open: [(name: Range<Int>, written: Int, removable: Bool, empty: Bool)] = []
        /// Room for a start tag's attribute names, reused.
        var attributes: [Range<Int>] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The kept bytes, or nil when the part is to be read whole (as it is, or when it
        /// is of no shape this reads).
        mutating func run() -> [UInt8]? {
            var index = 0
            while index < bytes.count {
                let next = nextTag(from: index)
                if next > index, !open.isEmpty, open[open.count - 1].empty, !Self.isBlank(bytes, index..<next) {
                    open[open.count - 1].empty = false
                }
                guard next < bytes.count else { break }
                guard next + 1 < bytes.count else { return nil }
                let resumed: Int?
                switch bytes[next + 1] {
                case UInt8(ascii: "!"), UInt8(ascii: "?"): resumed = markup(at: next)
                case UInt8(ascii: "/"): resumed = endTag(at: next)
                default: resumed = startTag(at: next)
                }
                guard let resumed else { return nil }
                index = resumed
            }
            guard open.isEmpty, pending > 0 || !output.isEmpty else { return nil }
            flush(upTo: bytes.count)
            return keptHidden ? output : Self.joiningRuns(output)
        }

        /// Whether a `w:vanish` was kept: a run is hidden somewhere.
        private var keptHidden = false

        private static let runBoundary = Array("</w:t></w:r><w:r><w:t>".utf8)

        /// The output without the boundaries between runs of one text each.
        private static func joiningRuns(_ output: [UInt8]) -> [UInt8] {
            runBoundary.withUnsafeBufferPointer { boundary in
                output.withUnsafeBufferPointer { bytes in
                    var joined: [UInt8] = []
                    var copied = 0
                    var from = 0
                    while let found = UTF8Search.firstIndex(of: boundary, in: UnsafeBufferPointer(rebasing: bytes[from...])) {
                        let at = from + found
                        if joined.isEmpty { joined.reserveCapacity(bytes.count) }
                        joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                        copied = at + boundary.count
                        from = copied
                    }
                    guard copied > 0 else { return output }
                    joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                    return joined
                }
            }
        }

        /// Where the input at `index` lands in the output if nothing before it changes.
        private func outputPosition(of index: Int) -> Int { output.count + index - pending }

        /// Writes the input up to `index` as it is.
        private mutating func flush(upTo index: Int) {
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            if index > pending { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending..<index])) }
            pending = index
        }

        private func nextTag(from index: Int) -> Int {
            guard let base = bytes.baseAddress, let hit = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) else {
                return bytes.count
            }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        /// A comment, CDATA section or processing instruction, kept whole.
        private mutating func markup(at start: Int) -> Int? {
            let terminator: String
            if Self.spells(bytes, "<!--", at: start) {
                terminator = "-->"
            } else if Self.spells(bytes, "<![CDATA[", at: start) {
                terminator = "]]>"
            } else if bytes[start + 1] == UInt8(ascii: "?") {
                terminator = "?>"
            } else {
                return nil
            }
            let needle = Array(terminator.utf8)
            let found = needle.withUnsafeBufferPointer { needle in
                UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: bytes[(start + 2)...]))
            }
            guard let found else { return nil }
            if !open.isEmpty { open[open.count - 1].empty = false }
            return start + 2 + found + needle.count
        }

        private mutating func endTag(at start: Int) -> Int? {
            let nameStart = start + 2
            var index = nameStart
            while index < bytes.count, !DocxStartTag.endsName(bytes[index]) { index += 1 }
            let name = nameStart..<index
            while index < bytes.count, DocxStartTag.isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">"), let element = open.popLast(),
                element.name.count == name.count,
                memcmp(bytes.baseAddress! + element.name.lowerBound, bytes.baseAddress! + name.lowerBound, name.count) == 0
            else { return nil }
            if element.removable, element.empty {
                flush(upTo: start)
                output.removeSubrange(element.written...)
                pending = index + 1
            } else if !open.isEmpty {
                open[open.count - 1].empty = false
            }
            return index + 1
        }

        private mutating func startTag(at start: Int) -> Int? {
            guard let tag = DocxStartTag(bytes, at: start, attributes: &attributes) else { return nil }
            let element = DocxElementName.named(UnsafeBufferPointer(rebasing: bytes[tag.localName]))
            let removable = tag.isStrict && DocxDocumentFilter.isReadAsParentOnly(element)
            if element == .vanish { keptHidden = true }
            if tag.closesItself && removable {
                flush(upTo: start)
                pending = tag.end
                return tag.end
            }
            let written = outputPosition(of: start)
            if tag.hasAttributes, tag.isStrict, !tag.hasXMLAttribute, !DocxDocumentFilter.readsAttributes(element) {
                flush(upTo: tag.name.upperBound)
                output.append(contentsOf: tag.closesItself ? Self.selfClose : Self.close)
                pending = tag.end
            }
            if tag.closesItself {
                if !open.isEmpty { open[open.count - 1].empty = false }
            } else {
                open.append((tag.name, written, removable, true))
            }
            return tag.end
        }

        private static let selfClose = Array("/>".utf8)
        private static let close = Array(">".utf8)

        private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
            for index in range where !DocxStartTag.isSpace(bytes[index]) { return false }
            return true
        }

        private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String, at index: Int) -> Bool {
            let word = word.utf8
            return index + word.count <= bytes.count && bytes[index..<(index + word.count)].elementsEqual(word)
        }
    }
}
