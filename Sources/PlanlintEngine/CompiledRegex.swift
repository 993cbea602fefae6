/// A compiled, case-insensitive pattern that finds its matches in lines of one document.
///
/// Two backends run the same ICU engine with the same flags: `ICURegex` calls ICU's C
/// interface directly where the toolchain exposes it (Linux), `FoundationRegex` goes
/// through `NSRegularExpression` elsewhere and is the reference the first is tested against.
protocol CompiledRegex: AnyObject, Sendable {
    /// Byte ranges of the non-empty matches inside each region of `text`, region by region
    /// and in order within each. A region is searched as if it were the whole text: anchors
    /// and word boundaries stop at its bounds, as they do at the ends of a line.
    func matches(in text: RegexText, regions: [Range<Int>]) -> [Range<Int>]

    /// The same matches, when those in `regions[i]` are known to start only at the byte
    /// offsets `starts[i]` (ascending; nil: anywhere): a backend may try just those.
    func matches(in text: RegexText, regions: [Range<Int>], startingAt starts: [[Int]?]) -> [Range<Int>]
}

extension CompiledRegex {
    /// Searches each region whole: the reference the shortcut must agree with.
    func matches(in text: RegexText, regions: [Range<Int>], startingAt starts: [[Int]?]) -> [Range<Int>] {
        matches(in: text, regions: regions)
    }
}
