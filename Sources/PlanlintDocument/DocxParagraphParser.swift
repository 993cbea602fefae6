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
        /// Automatic numbering: list instance and level (w:numPr).
        var numID: String?
        var numLevel: Int?
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
        case "numId" where parent == "numPr":
            if !open.isEmpty { open[open.count - 1].numID = Self.value(attributes) }
        case "ilvl" where parent == "numPr":
            if !open.isEmpty { open[open.count - 1].numLevel = Self.value(attributes).flatMap { Int($0) } }
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
