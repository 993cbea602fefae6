extension PlanDocument {
    /// When `offset` lies in a heading that stands on a line of its own as the title of the
    /// text under it (三、召开教代会 over 时间：3月中旬；责任人：工会主席), that heading and its own
    /// body: from the heading to its first sub-heading, or to the end of its section (see
    /// `bodyEnd(of:)` for a month under it). Nil for an offset anywhere else.
    ///
    /// A heading with text after it on its line (3、召开第五届职代会。会议定于3月中旬…) titles
    /// that paragraph: the item is the paragraph, and its later sentences give the details of
    /// what the heading names; the paragraph is returned, not the lines under it, which may
    /// well be further paragraphs of their own.
    ///
    /// Not a title, and so nil:
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
        let node = sections.innermost(containing: heading.range.lowerBound)
        guard sections.nodes[node].headingIndex == headingIndex else { return nil }
        switch ending(of: heading, in: blocks[blockIndex]) {
        case .alone: return heading.range.lowerBound..<max(blocks[blockIndex].range.upperBound, bodyEnd(of: node))
        case .readsOn: return heading.range.lowerBound..<blocks[blockIndex].range.upperBound
        case .brokenSentence: return nil
        }
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

    /// How a heading's line goes on after it.
    private enum HeadingEnding {
        /// The heading is all its block holds (bar the emphasis marks and blanks it is
        /// trimmed of): a title of the lines under it.
        case alone
        /// Text follows it on its line: it titles that paragraph.
        case readsOn
        /// It stops at a comma or 、 at the end of its line: a sentence broken over lines.
        case brokenSentence
    }

    private func ending(of heading: Heading, in block: TextBlock) -> HeadingEnding {
        let end = heading.range.upperBound
        guard end > heading.range.lowerBound, end <= block.range.upperBound else { return .brokenSentence }
        for index in end..<block.range.upperBound {
            switch normalized[index] {
            case 0x2A, 0x5F, 0x23, 0x20, 0x09, 0x0D: continue
            default: return .readsOn
            }
        }
        // `,` (a full-width ，normalised) or 、 (E3 80 81) as the heading's last character.
        if normalized[end - 1] == 0x2C { return .brokenSentence }
        if end - heading.range.lowerBound >= 3, normalized[(end - 3)..<end].elementsEqual([0xE3, 0x80, 0x81]) { return .brokenSentence }
        return .alone
    }
}
