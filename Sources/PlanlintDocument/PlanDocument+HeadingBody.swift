extension PlanDocument {
    /// When `offset` lies in a heading that stands on a line of its own as the title of the
    /// text under it (三、召开教代会 over 时间：3月中旬；责任人：工会主席), that heading and its own
    /// body: from the heading to its first sub-heading, or to the end of its section (see
    /// `bodyEnd(of:)` for a month under it). Nil for an offset anywhere else.
    ///
    /// Not a title, and so nil:
    /// - a heading with text after it on its line (1、坚持教代会制度，充分发挥…): the line is a
    ///   paragraph that reads on, and its scope is the paragraph's as before;
    /// - a heading whose line ends at a comma or 、: a sentence broken over lines, whose next
    ///   line goes on with the sentence rather than under a title;
    /// - a month of a schedule (三月份), which the schedule already dates, and a part (篇一);
    /// - the plan's title, whose "body" is the preamble about the whole plan.
    public func headingBody(around offset: Int) -> Range<Int>? {
        guard let blockIndex = blockIndex(containing: offset), let headingIndex = blocks[blockIndex].headingIndex else { return nil }
        let heading = headings[headingIndex]
        guard heading.range.contains(offset) else { return nil }
        if let style = heading.numbering?.style, style == .month || style == .part { return nil }
        if let title = metadata.titleRange, title.overlaps(heading.range) { return nil }
        guard standsAlone(heading, in: blocks[blockIndex]) else { return nil }
        let node = sections.innermost(containing: heading.range.lowerBound)
        guard sections.nodes[node].headingIndex == headingIndex else { return nil }
        return heading.range.lowerBound..<max(blocks[blockIndex].range.upperBound, bodyEnd(of: node))
    }

    /// Where the text a heading titles ends: at its first sub-heading — unless its one
    /// sub-heading is a month (三、召开教代会 / 3月中旬,审议工作报告。 reads 3月 as a schedule
    /// entry): one month under a heading dates it, where several are a schedule of items.
    private func bodyEnd(of node: Int) -> Int {
        let children = sections.nodes[node].children
        if children.count == 1, let child = sections.nodes[children[0]].headingIndex, headings[child].numbering?.style == .month {
            return sections.nodes[node].range.upperBound
        }
        return sections.leadEnd(of: node)
    }

    /// Whether the heading is all its block holds (bar the emphasis marks and blanks it is
    /// trimmed of) and does not stop at a comma.
    private func standsAlone(_ heading: Heading, in block: TextBlock) -> Bool {
        let end = heading.range.upperBound
        guard end > heading.range.lowerBound, end <= block.range.upperBound else { return false }
        for index in end..<block.range.upperBound {
            switch normalized[index] {
            case 0x2A, 0x5F, 0x23, 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        // `,` (a full-width ，normalised) or 、 (E3 80 81) as the heading's last character.
        if normalized[end - 1] == 0x2C { return false }
        if end - heading.range.lowerBound >= 3, normalized[(end - 3)..<end].elementsEqual([0xE3, 0x80, 0x81]) { return false }
        return true
    }
}
