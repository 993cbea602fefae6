/// The numbering styles of Chinese official documents (GB/T 9704 §7.3.3 and common practice).
public enum NumberingStyle: String, Sendable, Codable, CaseIterable {
    /// 一、 二、
    case chinese
    /// （一） (一)
    case parenChinese
    /// 1、 1. 1． ⒈
    case arabic
    /// （1） (1) ⑴
    case parenArabic
    /// ① ❶ ➀: circled numbers, a level of their own below (1)
    case circled
    /// 第一、 第二，
    case ordinal
    /// 一是 二是, inline in a paragraph
    case enumeration
    /// 一月份 1月 as a schedule entry
    case month
    /// 篇一 第二篇 【第三篇】: one of several plans in a file
    case part
}

/// A heading's number as written: its style and its value (三、 → chinese, 3).
public struct Numbering: Sendable, Equatable, Codable {
    public var style: NumberingStyle
    public var value: Int

    public init(style: NumberingStyle, value: Int) {
        self.style = style
        self.value = value
    }
}

/// Where a heading's level comes from.
public enum HeadingSource: Sendable, Equatable {
    /// Recognised from its numbering in plain text.
    case numbering
    /// A Markdown ATX or setext heading of the given level.
    case markdown(level: Int)
    /// A .docx paragraph with a Heading style or an outline level (1-based).
    case styled(level: Int)
    /// The document title.
    case title
}

/// A heading found in the plan.
public struct Heading: Sendable, Equatable {
    public var source: HeadingSource
    /// nil for a heading with no number (a Markdown or styled heading such as "指导思想").
    public var numbering: Numbering?
    /// 1-based line (or .docx paragraph).
    public var line: Int
    /// The whole heading in the normalised text, number included.
    public var range: Range<Int>
    /// The heading's words, number and trailing punctuation excluded.
    public var titleRange: Range<Int>
    /// Nesting depth in the section tree, 1 for top-level headings.
    public var depth: Int

    public init(
        source: HeadingSource, numbering: Numbering?, line: Int, range: Range<Int>, titleRange: Range<Int>,
        depth: Int
    ) {
        self.source = source
        self.numbering = numbering
        self.line = line
        self.range = range
        self.titleRange = titleRange
        self.depth = depth
    }
}

/// One inline enumeration marker (一是, 二是 …) inside a paragraph.
public struct EnumerationMark: Sendable, Equatable {
    public var value: Int
    /// Byte range of the marker itself.
    public var range: Range<Int>
    /// Byte range of the block that holds it; markers are numbered per block.
    public var blockRange: Range<Int>

    public init(value: Int, range: Range<Int>, blockRange: Range<Int>) {
        self.value = value
        self.range = range
        self.blockRange = blockRange
    }
}
