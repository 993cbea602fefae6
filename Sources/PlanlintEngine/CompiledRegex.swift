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
}
