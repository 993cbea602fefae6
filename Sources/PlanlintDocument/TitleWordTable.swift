/// The profiles' title words (`MetadataExtractor.profileWords`) laid out once for
/// `MetadataExtractor.titleWordCounts`: each word's bytes, the bytes it holds (`ByteBloom`),
/// whether it is a place (`placeTitleWords`) and the longer words of other profiles that hold
/// it with how often each does (`titleWordsInside`).
///
/// Read from the lists themselves, each title cost some 28 k instructions: the lists' strings
/// retained and released for each of 150 words, and a word found looked up in a dictionary
/// of strings and counted in the title and in each longer word as arrays of scalars made anew.
struct TitleWordTable {
    struct Word {
        var profile: Int
        var bytes: [UInt8]
        var bloom: ByteBloom
        var isPlace: Bool
        /// The longer words that hold this one, and how often each holds it; empty for none.
        var longer: [(bytes: [UInt8], times: Int)]
    }

    let words: [Word]
    let profileCount: Int

    /// `titles[p]`: profile `p`'s title words; `inside[w]`: the longer words that hold `w`.
    init(titles: [[String]], places: Set<String>, inside: [String: [String]]) {
        var words: [Word] = []
        for (profile, list) in titles.enumerated() {
            for word in list {
                let bytes = Array(word.utf8)
                let longer = (inside[word] ?? []).map { longer in
                    let outer = Array(longer.utf8)
                    return (outer, outer.withUnsafeBufferPointer { Self.occurrences(of: bytes, in: $0) })
                }
                words.append(Word(profile: profile, bytes: bytes, bloom: ByteBloom(bytes), isPlace: places.contains(word), longer: longer))
            }
        }
        self.words = words
        profileCount = titles.count
    }

    /// How many of each profile's words but the places `title` names other than inside a
    /// longer word that holds them, and how many places it names so.
    func counts(in title: UnsafeBufferPointer<UInt8>) -> (counts: [Int], places: Int) {
        var counts = [Int](repeating: 0, count: profileCount)
        var places = 0
        // A word with a byte the title lacks is not searched for: most words are turned away so.
        let held = ByteBloom(title)
        for word in words where held.mayHold(word.bloom) {
            let times = word.bytes.withUnsafeBufferPointer { needle in
                UTF8Search.firstIndex(of: needle, in: title) == nil ? 0 : Self.occurrences(of: word.bytes, in: title)
            }
            guard times > 0 else { continue }
            if !word.longer.isEmpty {
                let inside = word.longer.reduce(0) { $0 + Self.occurrences(of: $1.bytes, in: title) * $1.times }
                guard times > inside else { continue }
            }
            if word.isPlace {
                places += 1
            } else {
                counts[word.profile] += 1
            }
        }
        return (counts, places)
    }

    /// How often `needle` occurs in `text`, overlapping occurrences included (in well-formed
    /// UTF-8 a word can only match where a character starts, so this counts as a count over
    /// scalars does); 0 for an empty needle.
    static func occurrences(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard !needle.isEmpty else { return 0 }
        return needle.withUnsafeBufferPointer { needle in
            var count = 0
            var from = 0
            while from < text.count, let found = UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: text[from...])) {
                count += 1
                from += found + 1
            }
            return count
        }
    }
}
