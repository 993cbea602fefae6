/// Inline HTML a Markdown plan writes on purpose: tags (`<br>` in a table cell, `<u>…</u>`)
/// and character references (`&emsp;&emsp;` to indent a paragraph, `&nbsp;`, `&#12290;`).
/// Markdown renders them, so they are markup like the comments and code blocks the reader
/// already hides, not text a rule should read: in a plain-text plan the same marks are a web
/// page's residue (hygiene.html-residue). Only well-formed ones, as CommonMark reads them: a
/// closing tag that lost its `<` (`/FONT>`) is printed as it stands, and stays visible.
enum MarkdownInlineHTML {
    /// Scalar ranges of the tags and references of a line, outside `skipping` (its comments).
    static func ranges(_ scalars: [Unicode.Scalar], skipping: [Range<Int>]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            if let comment = skipping.first(where: { $0.contains(index) }) {
                index = comment.upperBound
                continue
            }
            let end: Int?
            switch scalars[index] {
            case "<": end = tagEnd(scalars, from: index)
            case "&": end = referenceEnd(scalars, from: index)
            default: end = nil
            }
            if let end, !skipping.contains(where: { $0.overlaps(index..<end) }) {
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The end of an open tag (`<name attributes>`, `<name/>`) or a closing tag (`</name>`)
    /// starting at `start`: a letter opens the name, letters, digits and `-` go on with it,
    /// and a space, `/` or `>` ends it (so an autolink, `<https://…>`, is no tag).
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        let closing = index < scalars.count && scalars[index] == "/"
        if closing { index += 1 }
        guard index < scalars.count, isASCIILetter(scalars[index]) else { return nil }
        while index < scalars.count, isASCIILetter(scalars[index]) || isASCIIDigit(scalars[index]) || scalars[index] == "-" {
            index += 1
        }
        guard index < scalars.count else { return nil }
        if scalars[index] == ">" { return index + 1 }
        if closing {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            return index < scalars.count && scalars[index] == ">" ? index + 1 : nil
        }
        guard scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "/" else { return nil }
        // Attributes up to the tag's `>`, quoted values may hold one; no `<` inside.
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return index + 1
            } else if scalar == "<" {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The end of `&name;` (2–31 letters and digits), `&#123;` (1–7 digits) or `&#x1F;`
    /// (1–6 hex digits) starting at `start`; the semicolon is required, as in CommonMark.
    private static func referenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        let limit: Int
        let accepts: (Unicode.Scalar) -> Bool
        if scalars[index] == "#" {
            index += 1
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                index += 1
                limit = 6
                accepts = { isASCIIDigit($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            } else {
                limit = 7
                accepts = isASCIIDigit
            }
        } else {
            guard isASCIILetter(scalars[index]) else { return nil }
            limit = 31
            accepts = { isASCIILetter($0) || isASCIIDigit($0) }
        }
        let first = index
        while index < scalars.count, index - first < limit, accepts(scalars[index]) { index += 1 }
        guard index > first, index < scalars.count, scalars[index] == ";" else { return nil }
        return index + 1
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
