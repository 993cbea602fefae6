import Foundation

/// A pattern run through `NSRegularExpression`, one `String` per region. The portable
/// backend, used where ICU's C interface cannot be imported, and the reference `ICURegex`
/// is compared with in the tests.
final class FoundationRegex: CompiledRegex, @unchecked Sendable {
    private let regex: NSRegularExpression

    init?(_ pattern: String) {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return nil }
        self.regex = regex
    }

    func matches(in text: RegexText, regions: [Range<Int>]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var utf16Ranges: [NSRange] = []
        for region in regions where !region.isEmpty {
            let line = String(decoding: text.bytes[region], as: UTF8.self)
            utf16Ranges.removeAll(keepingCapacity: true)
            regex.enumerateMatches(in: line, range: NSRange(location: 0, length: line.utf16.count)) { result, _, _ in
                guard let result, result.range.length > 0, result.range.location != NSNotFound else { return }
                utf16Ranges.append(result.range)
            }
            if !utf16Ranges.isEmpty { Self.appendUTF8Ranges(utf16Ranges, in: line, base: region.lowerBound, to: &found) }
        }
        return found
    }

    /// UTF-16 ranges of `text` (ascending, not overlapping) as byte ranges of the document.
    /// A bound inside a surrogate pair has no byte offset; such a match is dropped.
    static func appendUTF8Ranges(_ utf16Ranges: [NSRange], in text: String, base: Int, to found: inout [Range<Int>]) {
        var scalars = text.unicodeScalars.makeIterator()
        var utf16 = 0
        var utf8 = 0
        func offset(at target: Int) -> Int? {
            while utf16 < target, let scalar = scalars.next() {
                utf16 += scalar.utf16.count
                utf8 += scalar.utf8.count
            }
            return utf16 == target ? utf8 : nil
        }
        for range in utf16Ranges {
            let start = offset(at: range.location)
            let end = offset(at: range.location + range.length)
            if let start, let end { found.append((base + start)..<(base + end)) }
        }
    }
}
