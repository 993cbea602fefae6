/// Gives headings their nesting depth the way Word builds an outline from numbering: the
/// order in which numbering styles first appear decides which nests in which.
struct HeadingOutline {
    /// Depth of the enclosing part or explicitly levelled heading (0 at the top).
    private var base = 0
    /// Numbering styles open, outermost first, each with its depth: those below `base`, and
    /// those a typed heading opened above an explicitly levelled heading (a typed 三、 over
    /// Heading 2's （一）), which a later 四、 returns to.
    private var stack: [(style: NumberingStyle, depth: Int)] = []
    /// 1 inside a part typed as text (篇一, 第二篇): a Word file compiling several plans types
    /// their parts and styles each plan's headings, whose levels then count from the part,
    /// as the same plan's typed 一、 does (Heading 1 under 篇二 is depth 2, not the part's sibling).
    private var partOffset = 0

    /// The depth of the next heading, given in reading order.
    mutating func depth(source: HeadingSource, numbering: Numbering?) -> Int {
        switch source {
        case .markdown(let level), .styled(let level):
            // The explicit level wins; numbered headings below it nest under it. Its own number
            // opens its style at its level, so a typed 八、 after Heading 1's 一、, or the
            // body paragraph a list numbers 3. between Heading 3's 2. and 4., is its sibling
            // (and compared with it), not its child.
            if numbering?.style == .part { partOffset = 0 }
            let depth = max(1, level) + partOffset
            base = depth
            stack.removeAll { $0.depth >= depth }
            if let style = numbering?.style, style != .part {
                stack.removeAll { $0.style == style }
                stack.append((style, depth))
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
                partOffset = 1
                return 1
            }
            // 一、 after 1、 (1) or ① at the outermost level: a text that begins inside a list
            // (a page's excerpt opening at its fourth item, 4、…) before its next part 四、.
            // The official order ranks 一、 above 1、 (1) and ①, so the part opens at the top
            // and the items after it nest in it.
            if style == .chinese, !stack.contains(where: { $0.style == .chinese }), let outer = stack.first,
                outer.depth == base + 1, outer.style == .arabic || outer.style == .parenArabic || outer.style == .circled
            {
                stack = [(style, base + 1)]
                return base + 1
            }
            if let position = stack.firstIndex(where: { $0.style == style }) {
                // A style already open closes everything opened below it and becomes a sibling;
                // one opened above the explicit heading closes that heading too.
                let depth = stack[position].depth
                stack.removeSubrange((position + 1)...)
                base = min(base, depth - 1)
                return depth
            }
            let depth = max(base, stack.last?.depth ?? 0) + 1
            stack.append((style, depth))
            return depth
        }
    }
}
