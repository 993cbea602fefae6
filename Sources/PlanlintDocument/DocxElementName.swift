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

    /// byLength[n]: the names of n bytes, packed as `packed(_:)` packs them, with their cases;
    /// most lengths hold one to four. Compared as two integers each, where comparing the
    /// bytes one by one cost more than reading the tag they came from.
    private static let byLength: [[(key: (UInt64, UInt64), element: DocxElementName)]] = {
        var table: [[(key: (UInt64, UInt64), element: DocxElementName)]] = []
        for element in allCases where element != .other {
            let bytes = Array(element.localName.utf8)
            while table.count <= bytes.count { table.append([]) }
            table[bytes.count].append((bytes.withUnsafeBufferPointer(packed), element))
        }
        return table
    }()

    /// The first sixteen bytes of a name as two little-endian integers.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        let count = min(bytes.count, 16)
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < min(count, 8) {
            low |= UInt64(base[index]) &<< (index &* 8)
            index &+= 1
        }
        while index < count {
            high |= UInt64(base[index]) &<< ((index &- 8) &* 8)
            index &+= 1
        }
        return (low, high)
    }

    /// The element a local name (after any prefix) stands for.
    static func named(_ local: UnsafeBufferPointer<UInt8>) -> DocxElementName {
        let table = byLength
        guard local.count < table.count else { return .other }
        let key = packed(local)
        for candidate in table[local.count] where candidate.key == key { return candidate.element }
        return .other
    }
}
