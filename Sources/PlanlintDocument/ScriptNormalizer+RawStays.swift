extension ScriptNormalizer {
    /// `threeByteStays` laid out to be read off a character's bytes as they lie in a
    /// machine word: word `(second & 0x3F) << 8 | (lead & 0x0F)`, the bits of
    /// `rawStayIndexMask`. Finding a character's word is then one mask of the bytes loaded,
    /// where the compact table's index took four more operations; that was a third of the
    /// normaliser's cost on Chinese text. 16,144 words (126 KB), of which a plan's
    /// characters touch a few dozen cache lines: a lead's four bits sit next to each other.
    static let rawThreeByteStays: [UInt64] = {
        var words = [UInt64](repeating: 0, count: Int(rawStayIndexMask) + 1)
        let stays = threeByteStays
        for lead in 0..<16 {
            for second in 0..<64 { words[second << 8 | lead] = stays[lead << 6 | second] }
        }
        return words
    }()

    /// The bits of a three-byte character's first two bytes (lead low) that pick its word
    /// of `rawThreeByteStays`: the lead's low four, the second byte's low six.
    static let rawStayIndexMask: UInt64 = 0x3F0F
}
