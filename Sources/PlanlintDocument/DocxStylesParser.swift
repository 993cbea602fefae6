import Foundation

/// What word/styles.xml says about paragraph styles: heading levels and list numbering.
struct DocxStyles {
    /// Style id → heading level, 0 for styles that are not headings.
    var levels: [String: Int] = [:]
    /// Style id → the list numbering the style applies.
    var numbering: [String: (numID: String, level: Int)] = [:]
}

/// Reads word/styles.xml, resolving w:basedOn chains.
final class DocxStylesParser: DocxElementHandler {
    private struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
    }

    private var styles: [String: Style] = [:]
    private var currentID: String?

    /// `used`: the style ids the document's paragraphs name; only those and the styles they
    /// are based on are read (`DocxStyleSubset`), nil for every style.
    static func styles(_ xml: Data, maxDepth: Int, used: Set<String>? = nil) throws -> DocxStyles {
        let delegate = DocxStylesParser()
        let trimmed = DocxStyleSubset.withoutLatentStyles(xml)
        let part = used.flatMap { DocxStyleSubset.keeping($0, of: trimmed) } ?? trimmed
        try DocxPartParser.parse(part, into: delegate, maxDepth: maxDepth)
        var result = DocxStyles()
        for id in delegate.styles.keys {
            result.levels[id] = delegate.level(of: id, hops: 0) ?? 0
            if let numbering = delegate.numbering(of: id, hops: 0) { result.numbering[id] = numbering }
        }
        return result
    }

    private func numbering(of id: String, hops: Int) -> (numID: String, level: Int)? {
        guard hops < 16, let style = styles[id] else { return nil }
        if let numID = style.numID { return numID == "0" ? nil : (numID, style.numLevel ?? 0) }
        return style.basedOn.flatMap { numbering(of: $0, hops: hops + 1) }
    }

    /// "heading 2", "Heading2", "标题 2" and bare "2" (Chinese Word's style ids) → 2.
    static func levelFromName(_ name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        let digits: Substring
        if lower.hasPrefix("heading") {
            digits = lower.dropFirst("heading".count)
        } else if lower.hasPrefix("标题") {
            digits = lower.dropFirst(2)
        } else {
            digits = Substring(lower)
        }
        guard let level = Int(digits), (1...9).contains(level) else { return nil }
        return level
    }

    private func level(of id: String, hops: Int) -> Int? {
        guard hops < 16, let style = styles[id] else { return nil }
        if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
        if let name = style.name, name.lowercased().hasPrefix("heading") || name.hasPrefix("标题"),
            let level = Self.levelFromName(name)
        {
            return level
        }
        return style.basedOn.flatMap { level(of: $0, hops: hops + 1) }
    }

    func start(_ element: DocxElementName, parent: DocxElementName?, depth: Int, attributes: [String: String]) {
        switch element {
        case .style:
            currentID = attributes["w:styleId"]
            if let id = currentID { styles[id] = Style() }
        case .name:
            if let id = currentID { styles[id]?.name = DocxPartParser.value(attributes) }
        case .basedOn:
            if let id = currentID { styles[id]?.basedOn = DocxPartParser.value(attributes) }
        case .outlineLvl:
            if let id = currentID { styles[id]?.outlineLevel = DocxPartParser.value(attributes).flatMap { Int($0) } }
        case .numId:
            if let id = currentID { styles[id]?.numID = DocxPartParser.value(attributes) }
        case .ilvl:
            if let id = currentID { styles[id]?.numLevel = DocxPartParser.value(attributes).flatMap { Int($0) } }
        default:
            break
        }
    }

    func end(_ element: DocxElementName, depth: Int) {
        if element == .style { currentID = nil }
    }
}
