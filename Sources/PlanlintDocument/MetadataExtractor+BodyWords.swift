/// Counting the profile words of a plan's body in one pass (`MetadataExtractor.profileWords`).
extension MetadataExtractor {
    /// Body words grouped by first scalar, so one pass over the text counts them all; `slots[scalar]` is the group's index plus
    /// one (0: no word starts there). A flat table over the BMP, because this lookup runs for
    /// many Chinese characters of a plan and hashing each was a tenth of reading. `prefixes`
    /// holds one bit per (lead byte, second byte) of the words' first characters: most
    /// characters are passed over on that bit, without decoding them or touching the 128 KB
    /// table.
    static let bodyWordTables = BodyWordTables(profileWords.map(\.body))

    struct BodyWordTables {
        /// A word after its first character: its second character's three bytes (every
        /// body word has one, all three-byte), then the rest as a range of `tails`.
        struct Entry {
            var second: UInt32
            var tail: Range<Int>
            var profile: Int
            /// The word's place in its profile's list.
            var word: Int
        }

        /// The words of group `g` (one first character) are `entries[groups[g]]`.
        var groups: [Range<Int>] = []
        var entries: [Entry] = []
        var tails: [UInt8] = []
        var slots = [UInt16](repeating: 0, count: 0x10000)
        /// Bit `second & 0x3F` of `prefixes[lead & 0x0F]`, for three-byte first characters.
        var prefixes = [UInt64](repeating: 0, count: 16)

        init(_ words: [[String]]) {
            var byFirst: [Int: [(bytes: [UInt8], profile: Int, word: Int)]] = [:]
            var order: [Int] = []
            for (profile, list) in words.enumerated() {
                for (index, word) in list.enumerated() {
                    let bytes = Array(word.utf8)
                    let scalars = Array(word.unicodeScalars)
                    precondition(
                        scalars.count >= 2 && bytes.count >= 6 && scalars.prefix(2).allSatisfy { $0.value >= 0x800 && $0.value < 0x10000 },
                        "profile words start with two three-byte characters")
                    let first = Int(scalars[0].value)
                    if byFirst[first] == nil { order.append(first) }
                    byFirst[first, default: []].append((bytes, profile, index))
                }
            }
            for first in order {
                let start = entries.count
                for (bytes, profile, index) in byFirst[first]! {
                    let second = UInt32(bytes[3]) | UInt32(bytes[4]) << 8 | UInt32(bytes[5]) << 16
                    entries.append(
                        Entry(second: second, tail: tails.count..<tails.count + bytes.count - 6, profile: profile, word: index))
                    tails += bytes[6...]
                    prefixes[Int(bytes[0] & 0x0F)] |= 1 << UInt64(bytes[1] & 0x3F)
                }
                groups.append(start..<entries.count)
                slots[first] = UInt16(groups.count)
            }
        }
    }

    /// Occurrences of each profile's body words in the first `limit` bytes
    /// (`ProfileWords.scores`).
    static func bodyScores(_ text: ScalarScanner, limit: Int) -> [Int] {
        var counts = profileWords.map { [Int](repeating: 0, count: $0.body.count) }
        let end = min(limit, text.bytes.count)
        // The tables are bound once: a `static let` read inside the loop checked that it was
        // initialised on every character.
        let tables = bodyWordTables
        tables.prefixes.withUnsafeBufferPointer { prefixes in
            tables.slots.withUnsafeBufferPointer { slots in
                tables.entries.withUnsafeBufferPointer { entries in
                    tables.tails.withUnsafeBufferPointer { tails in
                        text.bytes.withUnsafeBufferPointer { bytes in
                            var index = 0
                            while index < end {
                                let lead = bytes[index]
                                guard lead >= 0xE0 else {
                                    index += 1
                                    continue
                                }
                                // Three bytes: a BMP character (valid UTF-8 always has the two
                                // that follow); longer sequences start no word.
                                guard lead < 0xF0 else {
                                    index = text.scalar(at: index).1
                                    continue
                                }
                                let second = bytes[index + 1]
                                if prefixes[Int(lead & 0x0F)] >> UInt64(second & 0x3F) & 1 != 0,
                                    index + 6 <= bytes.count
                                {
                                    let scalar = Int(lead & 0x0F) << 12 | Int(second & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                                    let slot = Int(slots[scalar])
                                    if slot > 0 {
                                        let next = UInt32(bytes[index + 3]) | UInt32(bytes[index + 4]) << 8 | UInt32(bytes[index + 5]) << 16
                                        for entry in entries[tables.groups[slot - 1]] where entry.second == next {
                                            let tailStart = index + 6
                                            guard tailStart + entry.tail.count <= bytes.count else { continue }
                                            var equal = true
                                            for offset in 0..<entry.tail.count where bytes[tailStart + offset] != tails[entry.tail.lowerBound + offset] {
                                                equal = false
                                                break
                                            }
                                            if equal { counts[entry.profile][entry.word] += 1 }
                                        }
                                    }
                                }
                                index += 3
                            }
                        }
                    }
                }
            }
        }
        return ProfileWords.scores(wordCounts: counts)
    }

    /// The body words, for tests.
    static var bodyWords: [[String]] { profileWords.map(\.body) }
}
