/// A list of words searched for in short texts (a title, a clause of the opening lines), on
/// their bytes: each word's bytes and `ByteBloom` made once, so a word with a byte the text
/// lacks is turned away without a search. `UTF8Search.contains` on each word made each
/// word's bytes again and searched for all of them, for every piece of every opening block.
struct WordList {
    let words: [[UInt8]]
    private let blooms: [ByteBloom]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        blooms = self.words.map(ByteBloom.init)
    }

    /// Whether `text` holds any of the words.
    func anyIn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { anyIn($0) }
    }

    /// The same over bytes in memory.
    func anyIn(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // A long text (a paragraph without line breaks) holds nearly every byte: its bloom
        // would be a pass over it that turns no word away.
        let held = text.count <= Self.bloomLength ? ByteBloom(text) : ByteBloom.full
        for (word, bloom) in zip(words, blooms) where word.count <= text.count && held.mayHold(bloom) {
            if UTF8Search.contains(text, word) { return true }
        }
        return false
    }

    /// The longest text whose bytes are gathered to turn words away.
    static let bloomLength = 256
}
