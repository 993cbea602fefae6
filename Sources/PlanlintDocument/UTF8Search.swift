import Foundation

/// Substring tests on UTF-8 bytes. Both sides are already normalised, so byte equality is
/// the right comparison; Foundation's `String.contains` goes through `NSString`, and was
/// most of the time spent finding titles and suppression comments.
public enum UTF8Search {
    public static func contains(_ text: String, _ word: String) -> Bool {
        if word.isEmpty { return true }
        var text = text
        var word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                let first = needle[0]
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Whether `needle` occurs in `haystack`: memchr to each candidate first byte, memcmp
    /// for the rest.
    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// The same over bytes in memory.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return needle.withUnsafeBufferPointer { word in
            guard let base = haystack.baseAddress, let wordBase = word.baseAddress else { return false }
            let last = haystack.count - word.count
            var index = 0
            while index <= last, let hit = memchr(base + index, Int32(first), last - index + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, wordBase, word.count) == 0 { return true }
                index = at + 1
            }
            return false
        }
    }
}
