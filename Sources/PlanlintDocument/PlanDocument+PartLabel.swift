/// Part labels: a few words and a colon on a line of their own (目标：, 主要措施：, 责任分工：),
/// as plans without numbered headings mark their parts. They are no headings in the outline, so
/// a part that a paragraph opens (工作目标：…) would run on to the end of the section it stands
/// in, over the next parts; the next label ends it instead.
extension PlanDocument {
    /// At most this many characters in a part label (下半年的主要工作 is eight).
    static let maxPartLabel = 8

    /// Where the first part label after the block holding `offset` opens, before `end`; nil
    /// when there is none.
    public func nextPartLabel(after offset: Int, before end: Int) -> Int? {
        guard let start = blockIndex(containing: offset) else { return nil }
        let scanner = ScalarScanner(bytes: normalized, holdsFillers: holdsFillers)
        for block in blocks[(start + 1)...] {
            if block.range.lowerBound >= end { break }
            if Self.isPartLabel(block, text: scanner) { return block.range.lowerBound }
        }
        return nil
    }

    /// Whether a block is a part label: not a heading, two to `maxPartLabel` Han characters
    /// (blanks between them aside), a colon, and nothing after it. A detail's label standing
    /// bare (时间：, 活动内容：) labels an item's details, not a part of the plan.
    static func isPartLabel(_ block: TextBlock, text: ScalarScanner) -> Bool {
        guard block.headingIndex == nil, !text.hasScalars(atLeast: maxPartLabel * 2 + 4, in: block.range) else { return false }
        var label: [UInt32] = []
        var index = block.range.lowerBound
        let end = block.range.upperBound
        var colon = false
        while index < end, !colon {
            let (scalar, next) = text.scalar(at: index)
            index = next
            if scalar == 0x3A {
                colon = true
                continue
            }
            if scalar == 0x20 || scalar == 0x09 || scalar == 0x3000 { continue }
            guard (0x4E00...0x9FFF).contains(scalar), label.count < maxPartLabel else { return false }
            label.append(scalar)
        }
        guard colon, label.count >= 2, text.trimmed(index..<end).isEmpty else { return false }
        return !DetailLineScanner.isLabel(label)
    }
}
