import PlanlintRules

/// A plan ready for linting: its text normalised for matching, with every byte offset
/// traceable to a line and column of the original file.
///
/// The normalised text keeps one Unicode scalar for every scalar of the original
/// (traditional → simplified, full-width ASCII → ASCII, code blocks blanked), and one
/// line for every original line (for .docx, every paragraph), so a column counted in the
/// normalised text is the column in the original.
public struct PlanDocument: Sendable {
    public var path: String
    public var format: DocumentFormat
    /// How the file was decoded; nil for .docx and for text given directly.
    public var source: DecodedText?
    /// UTF-8 of the normalised text, lines joined by a single "\n".
    public var normalized: [UInt8]
    public var lines: LineTable
    /// Paragraph-like blocks in reading order (headings included, blanked code excluded).
    public var blocks: [TextBlock]
    public var headings: [Heading]
    /// Inline enumerations (一是 … 二是 …) in reading order.
    public var enumerations: [EnumerationMark]
    public var sections: SectionTree
    public var schedule: MonthSchedule
    /// The detail lines under items (时间：3月 / 负责：工会办公室), in order (`ItemDetails`).
    public var itemDetails: [ItemDetails]
    public var metadata: PlanMetadata
    /// Where pinyin a web page printed after characters lies, hidden (`PinyinAnnotations`):
    /// byte ranges of `normalized`, in order.
    public var pinyinAnnotations: [Range<Int>]
    /// Whether `normalized` holds fillers: hidden pinyin, split words' spaces
    /// (`SplitWordSpaces`) or a stray control byte, all stepped over alike.
    public let holdsFillers: Bool

    public init(
        path: String, format: DocumentFormat, source: DecodedText?, normalized: [UInt8], lines: LineTable,
        blocks: [TextBlock], headings: [Heading], enumerations: [EnumerationMark],
        sections: SectionTree, schedule: MonthSchedule, metadata: PlanMetadata, pinyinAnnotations: [Range<Int>] = [],
        itemDetails: [ItemDetails] = []
    ) {
        self.itemDetails = itemDetails
        self.pinyinAnnotations = pinyinAnnotations
        self.path = path
        self.format = format
        self.source = source
        self.normalized = normalized
        holdsFillers = normalized.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller)
        self.lines = lines
        self.blocks = blocks
        self.headings = headings
        self.enumerations = enumerations
        self.sections = sections
        self.schedule = schedule
        self.metadata = metadata
    }

    /// The normalised text of a byte range, for messages and comparisons, without the
    /// fillers of hidden pinyin (`PinyinAnnotations`).
    public func text(_ range: Range<Int>) -> String {
        normalized.withUnsafeBufferPointer { text in
            let next = range.upperBound < text.count ? text[range.upperBound] : nil
            return PinyinAnnotations.readable(UnsafeBufferPointer(rebasing: text[range])) { String(wellFormedUTF8: $0, followedBy: next) }
        }
    }

    /// Line and column in the original file of a byte offset of `normalized`.
    public func position(of offset: Int) -> SourcePosition {
        lines.position(of: offset, in: normalized)
    }

    /// The original line or paragraph containing `offset`, as written in the file.
    public func originalLine(containing offset: Int) -> String {
        lines.originalText(ofLine: lines.line(of: offset))
    }

    /// The sentence containing a byte offset, or the line when the offset falls between sentences.
    public func sentence(containing offset: Int) -> Range<Int> {
        sentence(containing: offset) { sentences(in: blocks[$0]) }
    }

    /// The same, with the sentences of a block (by index) from `sentencesOfBlock`, for
    /// callers that ask often and keep each block's sentences.
    public func sentence(containing offset: Int, sentencesOfBlock: (Int) -> [Range<Int>]) -> Range<Int> {
        if let index = blockIndex(containing: offset) {
            let sentences = sentencesOfBlock(index)
            var low = 0
            var high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
            }
            if low < sentences.count, sentences[low].contains(offset) { return sentences[low] }
        }
        return lines.byteRange(ofLine: lines.line(of: offset))
    }

    /// Sentence ranges in `normalized`, in order; they never cross a block or a line. Split
    /// when asked for, a block at a time: checks only need the sentences around mentions.
    public var sentences: [Range<Int>] {
        blocks.flatMap(sentences(in:))
    }

    /// The sentences of one block, in order.
    public func sentences(in block: TextBlock) -> [Range<Int>] {
        DocumentBuilder.sentences(in: [block], text: ScalarScanner(bytes: normalized, holdsFillers: holdsFillers))
    }

    /// The block containing a byte offset, if any.
    public func block(containing offset: Int) -> TextBlock? {
        blockIndex(containing: offset).map { blocks[$0] }
    }

    /// The index in `blocks` of the block containing a byte offset, if any.
    public func blockIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < blocks.count && blocks[low].range.contains(offset) ? low : nil
    }
}
