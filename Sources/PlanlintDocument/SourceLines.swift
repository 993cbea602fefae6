/// Lines as a reader produced them, before structure is recognised.
struct SourceLines {
    /// The original lines (for .docx, paragraph texts).
    var lines: TextLines
    /// 0-based line → Markdown or .docx heading level.
    var headingLevels: [Int: Int] = [:]
    /// 0-based line → scalar ranges hidden from rules (code, comments).
    var blanked: [Int: [Range<Int>]] = [:]
    /// 0-based line ranges of the rows of a .docx table (each cell's paragraph is a line):
    /// the cells of a row describe one item (`DetailLineScanner`).
    var tableRows: [Range<Int>] = []
}
