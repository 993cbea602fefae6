extension PlanDocument {
    /// The text that details the item holding `offset` (`ItemDetails`), for a rule looking
    /// for the item's date or owner beyond the sentence or paragraph of a mention:
    /// - in the item's own block: its detail lines (the 时间：3月 under 召开职代会);
    /// - in one of its detail lines (内容：召开职代会 beside 时间：3月): the item with all of
    ///   them, since the lines describe one item together.
    ///
    /// Nil when the block holding `offset` has no detail lines and is none.
    public func itemDetails(around offset: Int) -> Range<Int>? {
        guard !itemDetails.isEmpty, let block = blockIndex(containing: offset) else { return nil }
        // The last run whose item is at or before the block.
        var low = 0
        var high = itemDetails.count
        while low < high {
            let mid = (low + high) / 2
            if itemDetails[mid].item <= block { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let details = itemDetails[low - 1]
        if details.item == block { return details.range }
        if details.lines.contains(block) { return blocks[details.item].range.lowerBound..<details.range.upperBound }
        return nil
    }
}
