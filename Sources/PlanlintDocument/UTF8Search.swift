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
