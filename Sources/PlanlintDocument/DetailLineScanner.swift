/// Finds the detail lines of a plan's items (`ItemDetails`): runs of short blocks that open
/// with a label such as 时间 地点 负责 责任部门 牵头 完成时限 参加人员 and a colon, each run tied
/// to the block right above it.
///
/// Only a label from the lists below counts, so that a line such as 工作目标：… or
/// 指导思想：… (a part of the plan, not a detail of the line above) stays a paragraph of its
/// own; and only a short line with something after its colon, so that a heading ending in a
/// colon (活动内容：) or a paragraph that happens to open with 内容： is not tied to what
/// stands above it. A numbered line (1. 时间：…) is a heading, never a detail line. The text
/// is the normalised one: traditional labels (時間、負責) arrive simplified, and a
/// full-width colon arrives as `:`.
enum DetailLineScanner {
    /// Words a label ends with (活动时间, 完成时限, 责任部门, 参加人员, 经费预算 …).
    private static let labelEnds: [[UInt32]] = [
        "时间", "日期", "时限", "期限", "地点", "场地", "对象", "人员", "人数", "规模", "部门", "单位", "领导", "责任人",
        "负责人", "牵头人", "经费", "预算", "费用", "标准", "形式", "方式", "内容", "议题", "项目",
    ].map { Array($0.unicodeScalars.map(\.value)) }
    /// Whole labels that name an owner with no noun after them (负责：工会办公室).
    private static let labels: [[UInt32]] = ["负责", "牵头", "主办", "承办", "协办", "配合", "主责", "责任"].map {
        Array($0.unicodeScalars.map(\.value))
    }
    /// Labels a web page stamps its posting with (发布时间:2022-12-14): the page's date, not
    /// the plan's.
    private static let pageStamps: [[UInt32]] = ["发布", "上传", "更新", "发表", "录入", "收录"].map {
        Array($0.unicodeScalars.map(\.value))
    }
    /// At most this many characters in a label (经费预算 is four; 时  间 is spread out by spaces).
    private static let maxLabel = 6
    /// A detail line is short: longer ones are paragraphs that open with a word and a colon.
    private static let maxLineScalars = 80

    /// The detail runs of `blocks`, in order. `title`: the plan's title, which no line
    /// details (a web page's 时间:2021-05-24 under it is the page's, not the plan's).
    /// `tableRows`: 0-based line ranges of a .docx table's rows, whose cells are a paragraph
    /// each: a row is one item, its first cell's block the item and the others its details
    /// (召开职代会 | 3月 | 工会办公室), and no detail line run reaches into it.
    static func details(in blocks: [TextBlock], text: ScalarScanner, title: Range<Int>?, tableRows: [Range<Int>] = []) -> [ItemDetails] {
        let rows = rowDetails(of: tableRows, in: blocks)
        var inRow = [Bool]()
        if !rows.isEmpty {
            inRow = Array(repeating: false, count: blocks.count)
            for row in rows { for block in row.item...row.lines.upperBound { inRow[block] = true } }
        }
        func detailLine(_ index: Int) -> Bool { (inRow.isEmpty || !inRow[index]) && isDetailLine(blocks[index], text: text) }
        var found: [ItemDetails] = []
        var index = 1
        while index < blocks.count {
            guard detailLine(index) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < blocks.count, detailLine(last + 1) { last += 1 }
            let item = index - 1
            // Block 0 may itself be a detail line; any other block above a run is not. The last
            // cell of a table details nothing under the table.
            if item > 0 || !detailLine(item), inRow.isEmpty || !inRow[item], title.map({ !$0.overlaps(blocks[item].range) }) ?? true {
                found.append(ItemDetails(item: item, lines: index...last, range: blocks[index].range.lowerBound..<blocks[last].range.upperBound))
            }
            index = last + 1
        }
        if rows.isEmpty { return found }
        return (found + rows).sorted { $0.item < $1.item }
    }

    /// Each table row of two or more blocks as an item (its first block) and details.
    private static func rowDetails(of tableRows: [Range<Int>], in blocks: [TextBlock]) -> [ItemDetails] {
        var found: [ItemDetails] = []
        var block = 0
        for row in tableRows {
            // Blocks and rows both come in line order; a block's line is 1-based.
            while block < blocks.count, blocks[block].line - 1 < row.lowerBound { block += 1 }
            var last = block
            while last + 1 < blocks.count, row.contains(blocks[last + 1].line - 1) { last += 1 }
            guard block < blocks.count, row.contains(blocks[block].line - 1), last > block else { continue }
            found.append(ItemDetails(item: block, lines: (block + 1)...last, range: blocks[block + 1].range.lowerBound..<blocks[last].range.upperBound))
            block = last + 1
        }
        return found
    }

    /// Whether a block is a detail line: not a heading, short, opening (after blanks and a
    /// bullet) with a known label, a colon and something after it.
    static func isDetailLine(_ block: TextBlock, text: ScalarScanner) -> Bool {
        guard block.headingIndex == nil else { return false }
        let end = block.range.upperBound
        let labelStart = skipBullet(from: block.range.lowerBound, end: end, text: text)
        // The label is walked first without keeping it: most blocks are turned away within
        // its few characters (a mark, a figure, a seventh character before any colon), where
        // a list made for every block and the count of a long line's characters were most
        // of this test. Only a label that reaches its colon is read into a list.
        var index = labelStart
        var characters = 0
        while index < end {
            let (scalar, next) = text.scalar(at: index)
            if scalar == 0x3A { break }
            if scalar == 0x20 || scalar == 0x09 {
                index = next
                continue
            }
            guard (0x4E00...0x9FFF).contains(scalar), characters < maxLabel else { return false }
            characters += 1
            index = next
        }
        guard index < end, characters > 0, !text.hasScalars(atLeast: maxLineScalars + 1, in: block.range) else { return false }
        var label: [UInt32] = []
        label.reserveCapacity(characters)
        var at = labelStart
        while at < index {
            let (scalar, next) = text.scalar(at: at)
            if scalar != 0x20 && scalar != 0x09 { label.append(scalar) }
            at = next
        }
        guard isLabel(label), !pageStamps.contains(where: { label.starts(with: $0) }) else { return false }
        // Something after the colon, and not a date stamped as a page stamps it (2023-07-04):
        // a plan writes its dates in 年 月 日.
        let value = text.trimmed(text.scalar(at: index).1..<end)
        return !value.isEmpty && !isStamp(value, text: text)
    }

    /// Four digits and a dash or slash: 2023-07-04, 2018/12/05.
    private static func isStamp(_ value: Range<Int>, text: ScalarScanner) -> Bool {
        guard value.count >= 5 else { return false }
        let bytes = text.bytes
        let start = value.lowerBound
        return (start..<start + 4).allSatisfy { (0x30...0x39).contains(bytes[$0]) } && (bytes[start + 4] == 0x2D || bytes[start + 4] == 0x2F)
    }

    static func isLabel(_ label: [UInt32]) -> Bool {
        labels.contains { $0 == label } || labelEnds.contains { label.count >= $0.count && label.suffix($0.count).elementsEqual($0) }
    }

    /// Past blanks, Markdown list and quote marks and one bullet (- * + • · ● ○ ◆ ◇ ■ □ ▪ ★ ☆ ➢ ▶ → √).
    private static func skipBullet(from start: Int, end: Int, text: ScalarScanner) -> Int {
        var index = start
        var bulletSeen = false
        while index < end {
            let (scalar, next) = text.scalar(at: index)
            switch scalar {
            case 0x20, 0x09, 0x3E:
                index = next
            case 0x2D, 0x2A, 0x2B, 0x2022, 0xB7, 0x25CF, 0x25CB, 0x25C6, 0x25C7, 0x25A0, 0x25A1, 0x25AA, 0x2605, 0x2606, 0x27A2,
                0x25B6, 0x2192, 0x221A, 0x30FB:
                guard !bulletSeen else { return index }
                bulletSeen = true
                index = next
            default:
                return index
            }
        }
        return index
    }
}
