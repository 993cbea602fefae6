import Foundation
import ZIPFoundation

/// Reads a .docx: one line per paragraph, with the heading level of its style or outline level.
enum DocxReader {
    static func read(data: Data, path: String, limits: DocumentLimits) throws -> SourceLines {
        func invalid(_ why: String) -> DocumentError { DocumentError(path: path, reason: .invalidDocx(why)) }
        // Checked before ZIPFoundation sees the data: it traps on headers that point past the
        // end, and its inflation has no bound (issue 7, docs/reliability.md).
        let layout: ZipLayout
        do {
            layout = try ZipLayout(data)
        } catch {
            throw invalid((error as? ZipLayout.Problem)?.reason ?? "not a zip archive")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw invalid("not a zip archive")
        }
        var entries = 0
        var documentEntry: Entry?
        var stylesEntry: Entry?
        var numberingEntry: Entry?
        for entry in archive {
            entries += 1
            if entries > limits.maxDocxEntries { throw invalid("more than \(limits.maxDocxEntries) entries") }
            switch entry.path {
            case "word/document.xml": documentEntry = entry
            case "word/styles.xml": stylesEntry = entry
            case "word/numbering.xml": numberingEntry = entry
            default: break
            }
        }
        guard let documentEntry else { throw invalid("no word/document.xml") }
        var budget = limits.maxDocxUncompressedBytes
        let documentXML = try extract(documentEntry, from: layout, data: data, budget: &budget, path: path)
        let reading: DocxParagraphParser.Reading
        do {
            reading = try DocxParagraphParser.read(documentXML, maxDepth: limits.maxXMLDepth)
        } catch let error as DocxXMLError {
            throw invalid(error.reason)
        }
        let paragraphs = reading.paragraphs
        // Styles and numbering only refine the text; a damaged one is ignored, not fatal.
        // They are read only for paragraphs that name a style or a list: a template's
        // styles.xml may be a hundred times the plan's text, and Foundation's parser makes
        // strings of every element and attribute in it.
        var styles = DocxStyles()
        let used = Set(paragraphs.compactMap(\.styleID))
        if !used.isEmpty, let stylesEntry, let xml = try? extract(stylesEntry, from: layout, data: data, budget: &budget, path: path) {
            styles = (try? DocxStylesParser.styles(xml, maxDepth: limits.maxXMLDepth, used: used)) ?? DocxStyles()
        }
        var numbering = DocxNumbering()
        let listed = paragraphs.contains { $0.numID != nil || $0.styleID.map { styles.numbering[$0] != nil } ?? false }
        if listed, let numberingEntry, let xml = try? extract(numberingEntry, from: layout, data: data, budget: &budget, path: path) {
            numbering = (try? DocxNumbering(xml: xml, maxDepth: limits.maxXMLDepth)) ?? DocxNumbering()
        }
        var texts: [String] = []
        var headingLevels: [Int: Int] = [:]
        texts.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() {
            var text = paragraph.text
            if !numbering.isEmpty, let list = listNumbering(paragraph, styles: styles),
                let label = numbering.label(numID: list.numID, level: list.level)
            {
                text = label + text
            }
            texts.append(text)
            if let level = headingLevel(paragraph, styles: styles.levels) { headingLevels[index] = level }
        }
        // One line per paragraph: a row's paragraph indices are its lines.
        return SourceLines(lines: TextLines(lines: texts), headingLevels: headingLevels, tableRows: reading.tableRows)
    }

    /// Extracts one entry through ZipLayout, refusing to inflate more than the remaining budget
    /// (zip bombs declare small sizes and inflate far beyond them) or a stream cut short, then
    /// refuses XML that Foundation's parser cannot be trusted with (XMLPartCheck).
    private static func extract(_ entry: Entry, from layout: ZipLayout, data: Data, budget: inout Int, path: String) throws
        -> Data
    {
        let xml: Data
        do {
            xml = try layout.extract(entry.path, from: data, limit: budget) ?? Data()
        } catch {
            let reason = (error as? ZipLayout.Problem)?.reason ?? "\(entry.path) is damaged or truncated"
            throw DocumentError(path: path, reason: .invalidDocx(reason))
        }
        budget -= xml.count
        if let problem = XMLPartCheck.problem(in: xml, part: entry.path) {
            throw DocumentError(path: path, reason: .invalidDocx(problem))
        }
        return xml
    }

    /// The list a paragraph belongs to: its own w:numPr, else its style's.
    private static func listNumbering(_ paragraph: DocxParagraphParser.Paragraph, styles: DocxStyles)
        -> (numID: String, level: Int)?
    {
        if let numID = paragraph.numID { return numID == "0" ? nil : (numID, paragraph.numLevel ?? 0) }
        return paragraph.styleID.flatMap { styles.numbering[$0] }
    }

    /// The paragraph's outline level, else its style's level (1-based), if it is a heading.
    static func headingLevel(_ paragraph: DocxParagraphParser.Paragraph, styles: [String: Int]) -> Int? {
        if let outline = paragraph.outlineLevel { return outline < 9 ? outline + 1 : nil }
        guard let style = paragraph.styleID else { return nil }
        if let level = styles[style] { return level > 0 ? level : nil }
        return DocxStylesParser.levelFromName(style)
    }
}
