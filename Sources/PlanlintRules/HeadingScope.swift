/// Where a mention that stands in a heading finds its `weak_unless` evidence
/// (`weak_heading_scope`).
///
/// A heading on a line of its own names what the lines under it are about (三、召开教代会 /
/// 时间：3月中旬；责任人：工会主席); at `sentence` or `paragraph` scope the heading alone
/// holds no date or owner, so the rule's scope is widened to the heading's body.
public enum HeadingScope: String, CaseIterable, Sendable, Codable {
    /// The heading and its own body: the text under it up to its first sub-heading, or to
    /// the end of its section when it has none.
    case body
    /// The rule's `weak_scope` around the mention, as for any other mention.
    case heading
}
