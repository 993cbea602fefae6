/// Gives headings their nesting depth the way Word builds an outline from numbering: the
/// order in which numbering styles first appear decides which nests in which.
struct HeadingOutline {
    /// Depth of the enclosing part or explicitly levelled heading (0 at the top).
    private var base = 0
    /// Numbering styles open below `base`, outermost first.
    private var stack: [NumberingStyle] = []

    /// The depth of the next heading, given in reading order.
    mutating func depth(source: HeadingSource, numbering: Numbering?) -> Int {
        switch source {
        case .markdown(let level), .styled(let level):
            // The explicit level wins; numbered headings below it nest under it. Its own number
            // opens its style at its level, so a typed 八、 after Heading 1's 一、, or the
            // body paragraph a list numbers 3. between Heading 3's 2. and 4., is its sibling
            // (and compared with it), not its child.
            let depth = max(1, level)
            if let style = numbering?.style, style != .part {
                base = depth - 1
                stack = [style]
            } else {
                base = depth
                stack = []
            }
            return depth
        case .title:
            return 1
        case .numbering:
            guard let style = numbering?.style else { return base + 1 }
            if style == .part {
                // Each plan in a collection is its own top-level section.
                base = 1
                stack = []
                return 1
            }
            // 一、 after 1、 (1) or ① at the outermost level: a text that begins inside a list
            // (a page's excerpt opening at its fourth item, 4、…) before its next part 四、.
            // The official order ranks 一、 above 1、 (1) and ①, so the part opens at the top
            // and the items after it nest in it.
            if style == .chinese, !stack.contains(.chinese), let outer = stack.first,
                outer == .arabic || outer == .parenArabic || outer == .circled
            {
                stack = [style]
                return base + 1
            }
            if let position = stack.firstIndex(of: style) {
                // A style already open closes everything opened below it and becomes a sibling.
                stack.removeSubrange((position + 1)...)
                return base + position + 1
            }
            stack.append(style)
            return base + stack.count
        }
    }
}
