/// A compiled, case-insensitive pattern that finds its matches in lines of one document.
///
/// Three backends give ICU's matches: `BacktrackingRegex` runs the subset of the syntax
/// rules use on the UTF-8 bytes itself; for the rest, `ICURegex` calls ICU's C interface
/// directly where the toolchain exposes it (Linux) and `FoundationRegex` goes through
/// `NSRegularExpression` elsewhere. The last is the reference the others are tested against.
protocol CompiledRegex: AnyObject, Sendable {
    /// Byte ranges of the non-empty matches inside each region of `text`, region by region
    /// and in order within each. A region is searched as if it were the whole text: anchors
    /// and word boundaries stop at its bounds, as they do at the ends of a line.
    func matches(in text: RegexText, regions: [Range<Int>]) -> [Range<Int>]
}
