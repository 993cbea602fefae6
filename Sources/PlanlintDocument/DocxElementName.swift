/// The local names of the WordprocessingML elements planlint reads (`w:p` → `.p`), and
/// `.other` for every other element.
///
/// Foundation's parser hands over each element's qualified name as a `String`; comparing
/// those with a dozen names by `==` and cutting the prefix with `lastIndex(of:)` cost more
/// than Foundation's own parsing of a .docx (a `w:rPr` or `w:spacing` in every run). The
/// name is read once, as bytes, into a case that handlers switch on.
enum DocxElementName: UInt8, CaseIterable, Sendable {
    case other
    // document.xml
    case p, r, t, tr, tab, br, cr, noBreakHyphen
    case pPr, rPr, pStyle, outlineLvl, numPr, numId, ilvl, vanish
    case del, moveFrom, fallback
    // styles.xml
    case style, name, basedOn
    // numbering.xml
    case abstractNum, numStyleLink, styleLink, lvl, start, numFmt, lvlText, suff, num, abstractNumId, lvlOverride
    case startOverride

    /// The local name as written in the XML.
    var localName: String {
        switch self {
        case .other: return ""
        case .fallback: return "Fallback"
        default: return String(describing: self)
        }
    }

    /// The element a qualified name (`w:p`, `mc:Fallback`, or a name without prefix) stands for.
    init(qualified name: String) {
        var name = name
        self = name.withUTF8 { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: ":") { start -= 1 }
            return Self.named(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// byLength[n]: the names of n bytes with their cases; most lengths hold one to four.
    private static let byLength: [[([UInt8], DocxElementName)]] = {
        var table: [[([UInt8], DocxElementName)]] = []
        for element in allCases where element != .other {
            let bytes = Array(element.localName.utf8)
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append((bytes, element))
        }
        return table
    }()

    private static func named(_ local: UnsafeBufferPointer<UInt8>) -> DocxElementName {
        let table = byLength
        guard local.count < table.count else { return .other }
        for (bytes, element) in table[local.count] where bytes.elementsEqual(local) { return element }
        return .other
    }
}
