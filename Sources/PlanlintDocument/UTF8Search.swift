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
}
