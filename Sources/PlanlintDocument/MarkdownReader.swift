/// Reads the Markdown that matters for linting: heading levels, and the code blocks, HTML
/// comments and inline HTML that are hidden from rules (comments carry suppression directives
/// instead).
enum MarkdownReader {
    /// `skippingProse: false` analyses every line scalar by scalar (tests compare the two).
    static func read(lines: [String], skippingProse: Bool = true) -> SourceLines {
        read(lines: TextLines(lines: lines), skippingProse: skippingProse)
    }

    static func read(lines: TextLines, skippingProse: Bool = true) -> SourceLines {
        var result = SourceLines(lines: lines)
        var fence: (mark: Unicode.Scalar, count: Int)?
        var previousBlank = true
        var previousCode = false
        var previousListItem = false
        var previousParagraph = false
        var inComment = false

        for index in 0..<lines.count {
            if skippingProse, fence == nil, !inComment, let indent = plainTextIndent(lines, index) {
                // Prose: no Markdown construct can start here, so skip the scalar analysis.
                previousCode = false
                previousParagraph = true
                previousListItem = previousListItem && indent > 0
                previousBlank = false
                continue
            }
            let scalars = scalars(lines, index)
            let indent = leadingSpaces(scalars)
            let blank = indent == scalars.count
            if let open = fence {
                result.blanked[index] = [0..<scalars.count]
                if closesFence(scalars, indent: indent, open: open) { fence = nil }
                previousBlank = false
                previousParagraph = false
                continue
            }
            if indent <= 3, let opening = fenceOpening(scalars, indent: indent) {
                fence = opening
                result.blanked[index] = [0..<scalars.count]
                previousBlank = false
                previousParagraph = false
                continue
            }
            let indentedCode = !blank && startsIndentedCode(scalars)
                && (previousCode || (previousBlank && !previousListItem))
            if indentedCode {
                result.blanked[index] = [0..<scalars.count]
                previousCode = true
                previousBlank = false
                previousParagraph = false
                continue
            }
            if !blank { previousCode = false }

            let comments = commentRanges(scalars, inComment: &inComment)
            // Inline tags and character references are markup too (`MarkdownInlineHTML`).
            let markup = (comments + MarkdownInlineHTML.ranges(scalars, skipping: comments)).sorted { $0.lowerBound < $1.lowerBound }
            if !markup.isEmpty { result.blanked[index] = markup }

            if indent <= 3, let level = atxLevel(scalars, indent: indent) {
                result.headingLevels[index] = level
                previousParagraph = false
            } else if previousParagraph, indent <= 3, let level = setextLevel(scalars, indent: indent) {
                result.headingLevels[index - 1] = level
                result.blanked[index] = [0..<scalars.count]
                previousParagraph = false
            } else {
                previousParagraph = !blank && comments.first != 0..<scalars.count
            }
            if !blank { previousListItem = isListItem(scalars, indent: indent) || (previousListItem && indent > 0) }
            previousBlank = blank
        }
        return result
    }

    /// The indent of a line that can only be prose — at most three leading spaces, then a
    /// non-ASCII character, and no `<` or `&` anywhere (no comment, tag or character
    /// reference) — or nil. Most lines of a Chinese
    /// plan are such lines, and converting each to scalars was most of reading Markdown.
    static func plainTextIndent(_ lines: TextLines, _ index: Int) -> Int? {
        let range = lines.byteRange(ofLine: index)
        return lines.withUTF8 { text -> Int? in
            let bytes = UnsafeBufferPointer(rebasing: text[range])
            var indent = 0
            while indent < bytes.count, bytes[indent] == UInt8(ascii: " ") { indent += 1 }
            guard indent <= 3, indent < bytes.count, bytes[indent] >= 0x80, !bytes.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
                return nil
            }
            return indent
        }
    }

    /// Line `index`'s scalars, decoded from the text's bytes into an array reserved once.
    /// `Array(lines[index].unicodeScalars)` made a string of the line, walked it to count
    /// its scalars and again to copy them: a third of reading a Markdown plan.
    private static func scalars(_ lines: TextLines, _ index: Int) -> [Unicode.Scalar] {
        let range = lines.byteRange(ofLine: index)
        return lines.withUTF8 { text in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(range.count)
            var at = range.lowerBound
            // A String's bytes are well-formed UTF-8 and a line ends at a scalar's end.
            while at < range.upperBound {
                let (value, length) = UTF8Scalar.decode(text, at: at)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                at += length
            }
            return scalars
        }
    }

    private static func leadingSpaces(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        while count < scalars.count, scalars[count] == " " || scalars[count] == "\t" { count += 1 }
        return count
    }

    private static func startsIndentedCode(_ scalars: [Unicode.Scalar]) -> Bool {
        if scalars.first == "\t" { return true }
        return scalars.count > 4 && scalars.prefix(4).allSatisfy { $0 == " " }
    }

    private static func fenceOpening(_ scalars: [Unicode.Scalar], indent: Int) -> (mark: Unicode.Scalar, count: Int)? {
        guard indent < scalars.count, scalars[indent] == "`" || scalars[indent] == "~" else { return nil }
        let mark = scalars[indent]
        var count = 0
        while indent + count < scalars.count, scalars[indent + count] == mark { count += 1 }
        return count >= 3 ? (mark, count) : nil
    }

    private static func closesFence(_ scalars: [Unicode.Scalar], indent: Int, open: (mark: Unicode.Scalar, count: Int)) -> Bool {
        guard indent <= 3, let closing = fenceOpening(scalars, indent: indent), closing.mark == open.mark,
            closing.count >= open.count
        else { return false }
        return scalars[(indent + closing.count)...].allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func atxLevel(_ scalars: [Unicode.Scalar], indent: Int) -> Int? {
        var count = 0
        while indent + count < scalars.count, scalars[indent + count] == "#" { count += 1 }
        guard (1...6).contains(count) else { return nil }
        let after = indent + count
        return after == scalars.count || scalars[after] == " " || scalars[after] == "\t" ? count : nil
    }

    /// 1 for a line of = and 2 for a line of - (blanks between them allowed), else nil. Read
    /// in place: most lines it is asked about are prose, answered at their first scalar.
    private static func setextLevel(_ scalars: [Unicode.Scalar], indent: Int) -> Int? {
        var first: Unicode.Scalar?
        for scalar in scalars[indent...] where scalar != " " && scalar != "\t" {
            if let first {
                if scalar != first { return nil }
            } else {
                guard scalar == "=" || scalar == "-" else { return nil }
                first = scalar
            }
        }
        guard let first else { return nil }
        return first == "=" ? 1 : 2
    }

    private static func isListItem(_ scalars: [Unicode.Scalar], indent: Int) -> Bool {
        guard indent + 1 < scalars.count else { return false }
        let first = scalars[indent]
        if first == "-" || first == "*" || first == "+" { return scalars[indent + 1] == " " }
        var index = indent
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index > indent && index + 1 < scalars.count && (scalars[index] == "." || scalars[index] == ")")
            && scalars[index + 1] == " "
    }

    /// Scalar ranges of `<!-- … -->` in a line, continuing a comment opened on an earlier line.
    private static func commentRanges(_ scalars: [Unicode.Scalar], inComment: inout Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        var start = inComment ? 0 : -1
        while index < scalars.count {
            if start < 0 {
                if index + 3 < scalars.count, scalars[index] == "<", scalars[index + 1] == "!", scalars[index + 2] == "-",
                    scalars[index + 3] == "-"
                {
                    start = index
                    index += 4
                    continue
                }
            } else if index + 2 < scalars.count, scalars[index] == "-", scalars[index + 1] == "-", scalars[index + 2] == ">" {
                ranges.append(start..<index + 3)
                start = -1
                index += 3
                continue
            }
            index += 1
        }
        if start >= 0 {
            ranges.append(start..<scalars.count)
            inComment = true
        } else {
            inComment = false
        }
        return ranges
    }
}
