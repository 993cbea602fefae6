import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams word/document.xml into paragraphs: text of w:t runs, w:tab as a tab, w:br as a space.
final class DocxParagraphParser: NSObject, XMLParserDelegate {
    struct Paragraph {
        var text = ""
        var styleID: String?
        var outlineLevel: Int?
    }

    private let maxDepth: Int
    private var names: [Substring] = []
    private var open: [Paragraph] = []
    private var finished: [Paragraph] = []
    private var inText = false
    /// Depth of an mc:Fallback being skipped: it repeats the mc:Choice content.
    private var skipDepth: Int?
    private var failure: String?

    private init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    static func paragraphs(_ xml: Data, maxDepth: Int) throws -> [Paragraph] {
        let delegate = DocxParagraphParser(maxDepth: maxDepth)
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw DocxXMLError(reason: failure) }
        if !ok {
            throw DocxXMLError(reason: "word/document.xml is not well-formed XML")
        }
        return delegate.finished
    }

    private static func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return Substring(name)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = Self.localName(elementName)
        let parent = names.last
        names.append(name)
        if names.count > maxDepth {
            failure = "XML nested deeper than \(maxDepth) elements"
            parser.abortParsing()
            return
        }
        if skipDepth != nil { return }
        switch name {
        case "Fallback":
            skipDepth = names.count
        case "p":
            open.append(Paragraph())
        case "t":
            inText = true
        case "tab" where parent == "r":
            appendText("\t")
        case "br" where parent == "r", "cr" where parent == "r":
            appendText(" ")
        case "noBreakHyphen":
            appendText("-")
        case "pStyle" where parent == "pPr":
            if !open.isEmpty { open[open.count - 1].styleID = Self.value(attributes) }
        case "outlineLvl" where parent == "pPr":
            if !open.isEmpty, let level = Self.value(attributes).flatMap({ Int($0) }) {
                open[open.count - 1].outlineLevel = level
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        defer { names.removeLast() }
        if let skip = skipDepth {
            if names.count == skip { skipDepth = nil }
            return
        }
        switch Self.localName(elementName) {
        case "t":
            inText = false
        case "p":
            if let paragraph = open.popLast() { finished.append(paragraph) }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, skipDepth == nil { appendText(string) }
    }

    private func appendText(_ string: String) {
        if !open.isEmpty { open[open.count - 1].text += string }
    }

    static func value(_ attributes: [String: String]) -> String? {
        attributes["w:val"] ?? attributes.first { localName($0.key) == "val" }?.value
    }
}

/// Reads word/styles.xml into style id → heading level (0 for styles that are not headings).
final class DocxStylesParser: NSObject, XMLParserDelegate {
    private struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
    }

    private let maxDepth: Int
    private var depth = 0
    private var styles: [String: Style] = [:]
    private var currentID: String?
    private var failure: String?

    private init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    static func headingLevels(_ xml: Data, maxDepth: Int) throws -> [String: Int] {
        let delegate = DocxStylesParser(maxDepth: maxDepth)
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        _ = parser.parse()
        if let failure = delegate.failure { throw DocxXMLError(reason: failure) }
        var levels: [String: Int] = [:]
        for id in delegate.styles.keys { levels[id] = delegate.level(of: id, hops: 0) ?? 0 }
        return levels
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

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if depth > maxDepth {
            failure = "styles nested deeper than \(maxDepth) elements"
            parser.abortParsing()
            return
        }
        switch elementName.split(separator: ":").last ?? "" {
        case "style":
            currentID = attributes["w:styleId"]
            if let id = currentID { styles[id] = Style() }
        case "name":
            if let id = currentID { styles[id]?.name = DocxParagraphParser.value(attributes) }
        case "basedOn":
            if let id = currentID { styles[id]?.basedOn = DocxParagraphParser.value(attributes) }
        case "outlineLvl":
            if let id = currentID { styles[id]?.outlineLevel = DocxParagraphParser.value(attributes).flatMap { Int($0) } }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if elementName.hasSuffix("style") && !elementName.hasSuffix("Style") { currentID = nil }
    }
}
