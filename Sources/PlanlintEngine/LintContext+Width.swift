import PlanlintDocument

extension LintContext {
    /// `word` (a rule's replacement, its marks written in ASCII as rules are) with its ASCII
    /// punctuation made full-width where the text it replaces is written in full width: a
    /// Chinese plan's ，， becomes ，, not the ASCII comma the rule reads it as, while a page
    /// that already writes ASCII marks keeps them. Letters and digits are left as they are.
    func widened(_ word: String, replacing range: Range<Int>) -> String {
        // The word's bytes in place (a rule's words are native strings): `utf8.contains(where:)`
        // walked the view one index at a time, for every replacement offered.
        let punctuated = word.utf8.withContiguousStorageIfAvailable { $0.contains(where: Self.isASCIIPunctuation) }
            ?? word.utf8.contains(where: Self.isASCIIPunctuation)
        guard punctuated, originalHoldsFullWidth(range) else { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.isASCII, Self.isASCIIPunctuation(UInt8(scalar.value)), let wide = Unicode.Scalar(scalar.value + 0xFEE0) {
                scalars.append(wide)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x7E).contains(byte) && !(0x30...0x39).contains(byte) && !(0x41...0x5A).contains(byte)
            && !(0x61...0x7A).contains(byte)
    }

    /// Whether the original text of a one-line range has a full-width form (U+FF01–FF5E, which
    /// normalisation maps to ASCII). A line that reads the same in both texts has none.
    private func originalHoldsFullWidth(_ range: Range<Int>) -> Bool {
        guard let bytes = originalBytes(of: range) else { return false }
        // U+FF01–FF5E in UTF-8: EF BC 81–BF, EF BD 80–9E.
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == 0xEF,
                (bytes[index + 1] == 0xBC && bytes[index + 2] >= 0x81) || (bytes[index + 1] == 0xBD && bytes[index + 2] <= 0x9E)
            {
                return true
            }
            index += 1
        }
        return false
    }
}
