/// The detail lines written under one item of a plan: short lines that open with a label and
/// a colon (时间：3月 / 负责：工会办公室 / 完成时限：6月底前), on their own lines or bullets
/// right after the item they describe.
///
/// A plan often names an item in one line and gives its time, place and owner on the lines
/// under it:
///
/// ```text
/// 3、召开第五届职代会第三次会议，审议工会工作报告。
/// - 时间：3月
/// - 负责：工会办公室
/// ```
///
/// Read line by line, the item has no date and the date names nothing; the reader ties them
/// together (`DetailLineScanner`), so that a rule's `weak_unless` finds the item's date in
/// them (`PlanDocument.itemDetails(around:)`). A row of a .docx table is read the same way:
/// each of its cells is a paragraph of its own, and the cells after the first detail it
/// (召开职代会 | 3月15日 | 工会办公室).
public struct ItemDetails: Sendable, Equatable {
    /// Index in `PlanDocument.blocks` of the item the lines describe: the block right above
    /// the first of them, or a table row's first cell.
    public var item: Int
    /// Indices in `PlanDocument.blocks` of the first and last detail line.
    public var lines: ClosedRange<Int>
    /// The detail lines' text, from the first one's start to the last one's end.
    public var range: Range<Int>

    public init(item: Int, lines: ClosedRange<Int>, range: Range<Int>) {
        self.item = item
        self.lines = lines
        self.range = range
    }
}
