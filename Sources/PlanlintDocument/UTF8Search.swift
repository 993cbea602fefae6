import Foundation

/// Substring tests on UTF-8 bytes. Both sides are already normalised, so byte equality is
/// the right comparison; Foundation's `String.contains` goes through `NSString`, and was
/// most of the time spent finding titles and suppression comments.
public enum UTF8Search {
    public static func contains(_ text: String, _ word: String) -> Bool {
        if word.isEmpty { return true }
        var text = text
        var word = word
        // memchr to the places of the word's last byte (`firstIndex`): a byte-by-byte walk
        // met the lead byte of a Chinese word at every third byte of a Chinese title.
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in firstIndex(of: needle, in: haystack) != nil }
        }
    }

    /// Whether `needle` occurs in `haystack`.
    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// The same over bytes in memory.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { firstIndex(of: $0, in: haystack) != nil }
    }

    /// Where `needle` first occurs in `haystack`: memchr to each place its last byte lies,
    /// memcmp for the rest. The last byte, not the first: a Chinese character's lead byte
    /// is one of a handful (E4–E9) and on every other byte of a plan, its last byte one of
    /// sixty-four.
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let needleBase = needle.baseAddress, !needle.isEmpty else { return 0 }
        guard needle.count <= haystack.count, let base = haystack.baseAddress else { return nil }
        let tail = needle.count - 1
        let last = Int32(needle[tail])
        var index = tail
        while index < haystack.count, let hit = memchr(base + index, last, haystack.count - index) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + end - tail, needleBase, tail) == 0 { return end - tail }
            index = end + 1
        }
        return nil
    }
}
