/// A paragraph-like run of text: a non-empty line, a .docx paragraph, or a piece of a very
/// long line cut at an inline heading (some plans arrive with no line breaks at all).
public struct TextBlock: Sendable, Equatable {
    /// Byte range in the normalised text.
    public var range: Range<Int>
    /// 1-based line (or .docx paragraph) where the block starts.
    public var line: Int
    /// Index into `PlanDocument.headings` when the block is a heading.
    public var headingIndex: Int?

    public init(range: Range<Int>, line: Int, headingIndex: Int? = nil) {
        self.range = range
        self.line = line
        self.headingIndex = headingIndex
    }
}
