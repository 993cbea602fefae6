import PlanlintDocument

/// How a heading is named in section paths: its text without blanks at either end, cut to
/// forty characters with "…".
enum HeadingLabel {
    /// The label of a heading's normalised bytes (well-formed UTF-8). Made on the bytes for
    /// the usual heading (blanks, ideographs, punctuation, ASCII): one string instead of the
    /// three that trimming and cutting a `String` made, for every section with a finding.
    static func label(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: lower)
            guard isBlank(scalar) else { break }
            lower += length
        }
        while upper > lower {
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard isBlank(UTF8Scalar.decode(bytes, at: start).0) else { break }
            upper = start
        }
        let text = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
        guard text.count > 40 else { return String(wellFormedUTF8: text) }
        // Forty scalars or fewer are forty characters or fewer, whatever they are: nothing
        // to cut. Counted eight bytes at a time; most headings end here, where each of their
        // scalars was decoded and classified.
        if UTF8Count.scalars(in: UnsafeRawBufferPointer(text)) <= 40 { return String(wellFormedUTF8: text) }
        // The 41st scalar, if the first 41 are all characters of their own: the text is then
        // cut after the 40th; otherwise (a combining mark, an emoji sequence) the string path
        // breaks graphemes.
        var offset = 0
        var simple = 0
        while simple < 41, offset < text.count {
            let (scalar, length) = UTF8Scalar.decode(text, at: offset)
            guard isOwnCharacter(scalar) else { return shortened(String(wellFormedUTF8: text)) }
            simple += 1
            if simple == 41 { break }
            offset += length
        }
        if simple < 41 { return String(wellFormedUTF8: text) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: offset + 3) { buffer in
            buffer.baseAddress!.initialize(from: text.baseAddress!, count: offset)
            buffer[offset] = 0xE2
            buffer[offset + 1] = 0x80
            buffer[offset + 2] = 0xA6  // …
            return String(wellFormedUTF8: UnsafeBufferPointer(buffer))
        }
    }

    /// Horizontal white space as `CharacterSet.whitespaces` holds it: tab and the space
    /// separators (Zs), which are the normaliser's list of spaces without the line and
    /// paragraph separators.
    @inline(__always)
    static func isBlank(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value != 0x2028 && value != 0x2029 && HanSimplification.spaces.contains(value)
    }

    /// At most forty characters, with "…" when cut. Found without counting a long text's
    /// every character: grapheme breaking whole headings was a fortieth of the engine's
    /// instructions.
    static func shortened(_ text: String) -> String {
        guard text.utf8.count > 40 else { return text }
        // Headings are mostly ideographs and punctuation, each its own character: when the
        // first 41 scalars all are, the 40th scalar ends the 40th character, and no
        // grapheme breaking is needed.
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var simple = 0
        while simple < 41, index != scalars.endIndex, isOwnCharacter(scalars[index]) {
            simple += 1
            index = scalars.index(after: index)
        }
        if simple == 41 {
            let cut = scalars.index(scalars.startIndex, offsetBy: 40)
            return String(text[..<cut]) + "…"
        }
        if index == scalars.endIndex { return text }  // 40 or fewer simple scalars: nothing to cut
        guard let cut = text.index(text.startIndex, offsetBy: 40, limitedBy: text.endIndex), cut != text.endIndex
        else { return text }
        return String(text[..<cut]) + "…"
    }

    /// Scalars that always form a character of their own, before and after any other such
    /// scalar: printable ASCII, CJK ideographs, CJK and general punctuation without the
    /// combining tone marks, full-width forms.
    @inline(__always)
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isOwnCharacter(scalar.value)
    }

    @inline(__always)
    private static func isOwnCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// `text` without leading and trailing horizontal white space (what
    /// `CharacterSet.whitespaces` holds); Foundation's trim was 4 % of a run.
    static func trimmingBlanks(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0.value) }),
            let last = scalars.lastIndex(where: { !isBlank($0.value) })
        else { return "" }
        return String(scalars[first...last])
    }
}
