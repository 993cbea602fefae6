/// Two literal runs a match of a pattern holds one right after the other, with nothing or
/// only white space between: in `(给予|补助)\s*元`, 给予 or 补助 and then 元. A line can hold
/// both runs apart and still not match, so the pair gates far more than its two sets do
/// (that pattern: some 9,000 lines per 50 MB hold a word and 元, none the pair).
/// `before == nil` stands for the start of the line: `^\s*20` starts the line with 20.
///
/// Read by `RegexLiterals` from the top level of a pattern only, where every match must go
/// through each piece in turn.
public struct LiteralAdjacency: Equatable, Sendable {
    /// What the text right before the gap ends with; nil: the line's start.
    public var before: [String]?
    /// Whether white space may come between (`\s*`).
    public var blanks: Bool
    /// What the text right after the gap starts with.
    public var after: [String]

    public init(before: [String]?, blanks: Bool, after: [String]) {
        self.before = before
        self.blanks = blanks
        self.after = after
    }
}
