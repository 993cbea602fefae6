/// Random text for the tests that compare a shortcut with the plain definition it replaces:
/// strings drawn from a small alphabet chosen to hit the cases the shortcut skips over.
public enum RandomText {
    /// A string of `length` scalars drawn from `alphabet` (a count in the range, at random).
    public static func scalars<Generator: RandomNumberGenerator>(
        from alphabet: [Unicode.Scalar], length: ClosedRange<Int>, using generator: inout Generator
    ) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: length, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
        return String(scalars)
    }

    /// `count` pieces drawn from `pieces` and joined (a count in the range, at random).
    public static func joined<Generator: RandomNumberGenerator>(
        from pieces: [String], count: ClosedRange<Int>, using generator: inout Generator
    ) -> String {
        (0..<Int.random(in: count, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}
