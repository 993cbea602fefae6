import Foundation

/// Reads abstract numbering definitions and their instances from word/numbering.xml.
final class DocxNumberingParser: DocxElementHandler {
    var abstractLevels: [String: [Int: DocxNumbering.Level]] = [:]
    var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// abstractNumId → the numbering style it stands for (w:numStyleLink).
    var styleReferences: [String: String] = [:]
    /// Numbering style → the abstractNumId that defines it (w:styleLink).
    var styleDefinitions: [String: String] = [:]

    private var abstractID: String?
    private var level: Int?
    private var numID: String?
    private var overrideLevel: Int?

    func start(_ element: DocxElementName, parent: DocxElementName?, depth: Int, attributes: [String: String]) {
        let value = DocxPartParser.value(attributes)
        switch element {
        case .abstractNum:
            abstractID = attributes["w:abstractNumId"]
            if let id = abstractID { abstractLevels[id] = [:] }
        case .numStyleLink where parent == .abstractNum:
            if let abstractID, let value { styleReferences[abstractID] = value }
        case .styleLink where parent == .abstractNum:
            if let abstractID, let value { styleDefinitions[value] = abstractID }
        case .lvl:
            level = attributes["w:ilvl"].flatMap { Int($0) }
            if let id = abstractID, let level { abstractLevels[id]?[level] = DocxNumbering.Level() }
        case .start:
            update { $0.start = value.flatMap { Int($0) } ?? 1 }
        case .numFmt:
            update { $0.format = value ?? "decimal" }
        case .lvlText:
            update { $0.text = value ?? "" }
        case .suff:
            update { $0.suffix = value ?? "tab" }
        case .num:
            numID = attributes["w:numId"]
        case .abstractNumId:
            if let numID, let value { instances[numID] = (value, instances[numID]?.starts ?? [:]) }
        case .lvlOverride:
            overrideLevel = attributes["w:ilvl"].flatMap { Int($0) }
        case .startOverride:
            if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                instances[numID, default: ("", [:])].starts[overrideLevel] = start
            }
        default:
            break
        }
    }

    func end(_ element: DocxElementName, depth: Int) {
        switch element {
        case .abstractNum: abstractID = nil
        case .lvl: level = nil
        case .num: numID = nil
        case .lvlOverride: overrideLevel = nil
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
