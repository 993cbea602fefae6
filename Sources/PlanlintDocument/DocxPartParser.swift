import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What reads one XML part of a .docx: elements by local name (`w:p` → `.p`), with the
/// enclosing element and the depth counting the element itself.
protocol DocxElementHandler: AnyObject {
    func start(_ element: DocxElementName, parent: DocxElementName?, depth: Int, attributes: [String: String])
    func end(_ element: DocxElementName, depth: Int)
    func characters(_ text: String)
}

extension DocxElementHandler {
    func characters(_ text: String) {}
}

/// Runs Foundation's XMLParser over a .docx part for a handler, with what every part needs:
/// no external entities, a nesting limit (so a hostile file cannot exhaust the stack) and
/// local names. The parts differ only in what their handlers keep.
final class DocxPartParser: NSObject, XMLParserDelegate {
    private let handler: DocxElementHandler
    private let maxDepth: Int
    /// The open elements. Unchecked exclusivity: a parser belongs to one parse on one thread,
    /// and the run-time check of each access cost a twentieth of reading a .docx.
    @exclusivity(unchecked) private var names: [DocxElementName] = []
    private var failure: String?

    private init(handler: DocxElementHandler, maxDepth: Int) {
        self.handler = handler
        self.maxDepth = maxDepth
    }

    /// Parses `xml` into `handler`. Nesting past `maxDepth` always throws; malformed XML throws
    /// only when `wellFormed` names the part (the body must parse; styles and numbering are
    /// optional and read as far as they go).
    static func parse(_ xml: Data, into handler: DocxElementHandler, maxDepth: Int, wellFormed part: String? = nil) throws {
        let delegate = DocxPartParser(handler: handler, maxDepth: maxDepth)
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw DocxXMLError(reason: failure) }
        if let part, !ok { throw DocxXMLError(reason: "\(part) is not well-formed XML") }
    }

    /// The `w:val` attribute, or any attribute whose local name is `val`.
    static func value(_ attributes: [String: String]) -> String? {
        attributes["w:val"] ?? attributes.first { $0.key == "val" || $0.key.hasSuffix(":val") }?.value
    }

    /// Whether an on/off property (w:vanish, w:b) is on: it is when present with no `w:val`
    /// or with true, 1 or on; false, 0 and off turn it off.
    static func isOn(_ attributes: [String: String]) -> Bool {
        guard let value = value(attributes) else { return true }
        return !["false", "0", "off"].contains(value.lowercased())
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = DocxElementName(qualified: elementName)
        let parent = names.last
        names.append(element)
        if names.count > maxDepth {
            failure = "XML nested deeper than \(maxDepth) elements"
            parser.abortParsing()
            return
        }
        handler.start(element, parent: parent, depth: names.count, attributes: attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = names.last else { return }
        handler.end(element, depth: names.count)
        names.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handler.characters(string)
    }
}
