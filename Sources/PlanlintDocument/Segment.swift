/// One paragraph-like piece of a line, with the heading it opens if any.
struct Segment {
    var range: Range<Int>
    /// 0-based line index.
    var lineIndex: Int
    /// Where the segment's content starts after list and markdown markers.
    var contentStart: Int
    var marker: NumberMarker?
    /// Markdown or .docx heading level of the line, when the segment starts the line.
    var explicitLevel: Int?
    /// Whether the segment starts its line (inline segments come from a cut inside a line).
    var startsLine: Bool

    var isHeading: Bool { marker != nil || explicitLevel != nil }
}
