/// Words a text may open with, each kept with its first three bytes (one character of
/// Chinese), so that a text is compared only with the words that open with its first
/// character. An activity scheme's part titles were compared whole with every top-level
/// heading, thirty-six comparisons a heading, most of them failing on the first character.
struct OpeningWords {
    /// The words' bytes, in the order given.
    let words: [[UInt8]]
    /// The first three bytes of each word, or `shortWord` for a word shorter than that,
    /// which is compared whole with any text.
    private let keys: [UInt32]
    private static let shortWord = UInt32.max

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        keys = self.words.map { $0.count >= 3 ? Self.key($0[0], $0[1], $0[2]) : Self.shortWord }
    }

    /// Whether `text` opens with one of the words.
    func opens(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 3 else { return words.contains { text.starts(with: $0) } }
        let start = text.startIndex
        let key = Self.key(text[start], text[start + 1], text[start + 2])
        for index in words.indices where keys[index] == key || keys[index] == Self.shortWord {
            if text.starts(with: words[index]) { return true }
        }
        return false
    }

    @inline(__always)
    private static func key(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        UInt32(first) | UInt32(second) << 8 | UInt32(third) << 16
    }
}
