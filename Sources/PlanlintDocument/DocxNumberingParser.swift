import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads abstract numbering definitions and their instances from word/numbering.xml.
final class DocxNumberingParser: NSObject, XMLParserDelegate {
    var abstractLevels: [String: [Int: DocxNumbering.Level]] = [:]
    var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    var failure: String?

    private let maxDepth: Int
    private var depth = 0
    private var abstractID: String?
    private var level: Int?
    private var numID: String?
    private var overrideLevel: Int?

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if depth > maxDepth {
            failure = "numbering nested deeper than \(maxDepth) elements"
            parser.abortParsing()
            return
        }
        let value = DocxParagraphParser.value(attributes)
        switch elementName.split(separator: ":").last ?? "" {
        case "abstractNum":
            abstractID = attributes["w:abstractNumId"]
            if let id = abstractID { abstractLevels[id] = [:] }
        case "lvl":
            level = attributes["w:ilvl"].flatMap { Int($0) }
            if let id = abstractID, let level { abstractLevels[id]?[level] = DocxNumbering.Level() }
        case "start":
            update { $0.start = value.flatMap { Int($0) } ?? 1 }
        case "numFmt":
            update { $0.format = value ?? "decimal" }
        case "lvlText":
            update { $0.text = value ?? "" }
        case "suff":
            update { $0.suffix = value ?? "tab" }
        case "num":
            numID = attributes["w:numId"]
        case "abstractNumId":
            if let numID, let value { instances[numID] = (value, instances[numID]?.starts ?? [:]) }
        case "lvlOverride":
            overrideLevel = attributes["w:ilvl"].flatMap { Int($0) }
        case "startOverride":
            if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                instances[numID, default: ("", [:])].starts[overrideLevel] = start
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        switch elementName.split(separator: ":").last ?? "" {
        case "abstractNum": abstractID = nil
        case "lvl": level = nil
        case "num": numID = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }

    private func update(_ change: (inout DocxNumbering.Level) -> Void) {
        // Level overrides inside w:num may redefine a level; only abstract definitions are read.
        guard let abstractID, let level, numID == nil, var current = abstractLevels[abstractID]?[level] else { return }
        change(&current)
        abstractLevels[abstractID]?[level] = current
    }
}
