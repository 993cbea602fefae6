import Foundation

/// Streams word/document.xml into paragraphs: text of w:t runs, w:tab as a tab; a line break
/// (w:br, w:cr) ends the line, as Word shows it, and what follows is a paragraph of its own
/// (`breakLine`); tracked deletions and text moved away (w:del, w:moveFrom) are left out, and so are hidden
/// runs (w:vanish in the run's properties): Word neither shows nor prints them.
final class DocxParagraphParser: DocxElementHandler {
    struct Paragraph {
        var text = ""
        var styleID: String?
        var outlineLevel: Int?
        /// Automatic numbering: list instance and level (w:numPr).
        var numID: String?
        var numLevel: Int?
    }

    // Unchecked exclusivity, as in `DocxPartParser`: one parse, one thread, and these are
    // touched for every element of the document.
    @exclusivity(unchecked) private var open: [Paragraph] = []
    @exclusivity(unchecked) private var finished: [Paragraph] = []
    /// The table rows read so far, as ranges of paragraph indices (`Reading.tableRows`), and
    /// the rows open around the current point: where each started, and whether a row of a
    /// table nested in it was kept (then it is not: the innermost row is the item).
    private var rows: [Range<Int>] = []
    @exclusivity(unchecked) private var openRows: [(start: Int, nested: Bool)] = []

    /// What a document part reads as: its paragraphs, and its table rows as ranges of
    /// paragraph indices: the cells of one row (工作内容 | 时间 | 责任部门) describe one item,
    /// though each cell is a paragraph, and so a line, of its own.
    struct Reading {
        var paragraphs: [Paragraph]
        var tableRows: [Range<Int>]
    }
    @exclusivity(unchecked) private var inText = false
    /// Depth of an mc:Fallback being skipped: it repeats the mc:Choice content.
    @exclusivity(unchecked) private var skipDepth: Int?
    /// The w:r elements open around the current point (a text box's runs sit inside a run),
    /// each with whether it is hidden; `hiddenRuns` counts the hidden ones.
    @exclusivity(unchecked) private var runs: [(depth: Int, hidden: Bool)] = []
    @exclusivity(unchecked) private var hiddenRuns = 0

    /// `filtering`: read the part through `DocxDocumentFilter`, as the reader does (tests
    /// compare the two readings).
    static func read(_ xml: Data, maxDepth: Int, filtering: Bool = true) throws -> Reading {
        let handler = DocxParagraphParser()
        let part = filtering ? DocxDocumentFilter.filtered(xml) : xml
        try DocxPartParser.parse(part, into: handler, maxDepth: maxDepth, wellFormed: "word/document.xml")
        return Reading(paragraphs: handler.finished, tableRows: handler.rows)
    }

    func start(_ element: DocxElementName, parent: DocxElementName?, depth: Int, attributes: [String: String]) {
        if skipDepth != nil { return }
        switch element {
        case .fallback:
            skipDepth = depth
        case .del where parent != .rPr, .moveFrom where parent != .rPr:
            // Tracked changes: deleted runs and text moved elsewhere are not in the plan as it
            // reads (Word writes moved-away text as w:t, and some tools deleted text too);
            // the text moved to its new place is read there, inside w:moveTo.
            skipDepth = depth
        case .p:
            open.append(Paragraph())
        case .tr:
            openRows.append((finished.count, false))
        case .r:
            runs.append((depth, false))
        case .vanish where parent == .rPr:
            // The run's own properties (r > rPr > vanish), not a paragraph mark's (pPr > rPr)
            // nor a style's; they come before the run's text.
            if let run = runs.last, run.depth == depth - 2, !run.hidden, DocxPartParser.isOn(attributes) {
                runs[runs.count - 1].hidden = true
                hiddenRuns += 1
            }
        case .t:
            inText = true
        case .tab where parent == .r:
            appendText("\t")
        case .br where parent == .r, .cr where parent == .r:
            breakLine()
        case .noBreakHyphen:
            appendText("-")
        case .pStyle where parent == .pPr:
            if !open.isEmpty { open[open.count - 1].styleID = DocxPartParser.value(attributes) }
        case .outlineLvl where parent == .pPr:
            if !open.isEmpty, let level = DocxPartParser.value(attributes).flatMap({ Int($0) }) {
                open[open.count - 1].outlineLevel = level
            }
        case .numId where parent == .numPr:
            if !open.isEmpty { open[open.count - 1].numID = DocxPartParser.value(attributes) }
        case .ilvl where parent == .numPr:
            if !open.isEmpty { open[open.count - 1].numLevel = DocxPartParser.value(attributes).flatMap { Int($0) } }
        default:
            break
        }
    }

    func end(_ element: DocxElementName, depth: Int) {
        if let skip = skipDepth {
            if depth == skip { skipDepth = nil }
            return
        }
        switch element {
        case .t:
            inText = false
        case .r:
            if let run = runs.last, run.depth == depth {
                runs.removeLast()
                if run.hidden { hiddenRuns -= 1 }
            }
        case .p:
            if let paragraph = open.popLast() { finished.append(paragraph) }
        case .tr:
            // A row of one paragraph ties nothing together.
            if let row = openRows.popLast(), !row.nested, finished.count - row.start >= 2 {
                rows.append(row.start..<finished.count)
                if !openRows.isEmpty { openRows[openRows.count - 1].nested = true }
            }
        default:
            break
        }
    }

    func characters(_ text: String) {
        if inText, skipDepth == nil { appendText(text) }
    }

    /// Ends the innermost paragraph's line at a line break (Shift+Enter, or a <br> pasted
    /// from a web page): what follows is a line of its own, as the same plan's text has it,
    /// with no style, heading level or list number (they belong to the paragraph's first line).
    /// Read as a space, a break glued the next line's 二、 or signature to the line before.
    /// A break before any text ends nothing: LibreOffice writes a page break (w:br
    /// w:type="page") into the first run of the paragraph after it, a heading's style and all.
    private func breakLine() {
        guard !open.isEmpty, hiddenRuns == 0, !open[open.count - 1].text.isEmpty else { return }
        finished.append(open[open.count - 1])
        open[open.count - 1] = Paragraph()
    }

    private func appendText(_ string: String) {
        if !open.isEmpty, hiddenRuns == 0 { open[open.count - 1].text += string }
    }
}
