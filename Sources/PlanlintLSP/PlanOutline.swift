import PlanlintDocument

/// The plan's sections as planlint reads them, for `textDocument/documentSymbol`: the editor's
/// outline then shows the headings and their nesting that the section rules see, so a
/// heading read at the wrong level, or not read as a heading at all, shows before a
/// "missing section" finding has to be puzzled out.
struct PlanOutline: Equatable {
    struct Item: Equatable {
        /// The heading as written (number included), on one line, cut at `longestName`.
        var name: String
        /// The whole section, its heading included.
        var range: LanguageServer.Range
        /// The heading.
        var selection: LanguageServer.Range
        var children: [Item]

        /// An LSP `DocumentSymbol` (kind 15, String: what Markdown servers give headings).
        var json: JSON {
            [
                "name": .string(name),
                "kind": 15,
                "range": range.json,
                "selectionRange": selection.json,
                "children": .array(children.map(\.json)),
            ]
        }
    }

    /// Headings longer than this (a run-in heading that carries its paragraph) are cut.
    static let longestName = 40

    var items: [Item]

    init(items: [Item]) {
        self.items = items
    }

    /// `lines`: the document's original lines, which LSP positions count in.
    init(_ plan: PlanDocument, lines: [String]) {
        let tree = plan.sections
        func item(_ index: Int) -> Item? {
            let node = tree.nodes[index]
            guard let headingIndex = node.headingIndex, headingIndex < plan.headings.count else { return nil }
            let heading = plan.headings[headingIndex]
            let start = plan.position(of: heading.range.lowerBound)
            let headingEnd = plan.position(of: heading.range.upperBound)
            let sectionEnd = plan.position(of: node.range.upperBound)
            let selection = LanguageServer.range(from: start, to: headingEnd, lines: lines)
            var range = LanguageServer.range(from: start, to: sectionEnd, lines: lines)
            // LSP asks the selection to lie inside the range.
            if range.end < selection.end { range.end = selection.end }
            return Item(
                name: Self.name(LanguageServer.text(lines, from: start, to: headingEnd)), range: range, selection: selection,
                children: node.children.compactMap(item))
        }
        items = tree.root.children.compactMap(item)
    }

    /// A heading's text without Markdown's marks and surrounding blanks; never empty (LSP
    /// refuses a symbol without a name).
    static func name(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars.drop { $0 == "#" || $0.properties.isWhitespace }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var name = String(String.UnicodeScalarView(scalars))
        if name.unicodeScalars.count > longestName {
            name = String(String.UnicodeScalarView(name.unicodeScalars.prefix(longestName))) + "…"
        }
        return name.isEmpty ? "§" : name
    }
}
