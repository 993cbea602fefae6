/// The words in a plan's body that point to the kind of organisation it serves, as the
/// document reader counts them when it guesses the profile.
///
/// A caller that scans the normalised text anyway (the engine's automaton) can count them in
/// that pass and hand the counts to `DocumentReader` (`ProfileWords.Counter`), which then
/// skips its own scan.
public enum ProfileWords {
    /// Body words per profile, in the order the counts are given.
    public static var body: [[String]] { MetadataExtractor.bodyWords }

    /// Only occurrences starting in the first this many bytes of the normalised text count.
    public static var scanLimit: Int { MetadataExtractor.profileScanBytes }

    /// Counts, for each list of `body`, the occurrences of its words (overlapping ones
    /// included) starting before `scanLimit` in a document's normalised text.
    public typealias Counter = (_ normalized: [UInt8]) -> [Int]
}
