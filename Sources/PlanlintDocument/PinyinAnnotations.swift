import Foundation

/// The pinyin some web pages print after characters (學(xué)習(xí), 工會(huì)), hidden from the rules
/// so that the words they split are read again.
///
/// Each scalar of an annotation becomes `filler`, one byte, in the normalised text: every
/// line keeps its scalars, so positions, columns, excerpts and fixes still map scalar for
/// scalar onto the original, while the term automaton steps over fillers as if they were not
/// there (`TermAutomaton`), so does the native pattern matcher, and strings made for
/// messages, section paths and titles drop them. Where the annotations were is kept
/// (`PlanDocument.pinyinAnnotations`) for the rule that reports them (kind `pinyin`).
///
/// An annotation is an ASCII bracket right after an ideograph, holding up to seven lowercase
/// Latin letters of which at least one carries a tone mark (or is ü): (virtual reality),
/// (第十届) and (x) are left alone.
public enum PinyinAnnotations {
    /// What an annotation's scalars become: a control character that plan text does not use.
    /// The odd one a file holds (the decoder refuses only files with many) is then stepped
    /// over as fillers are, which changes no position.
    public static let filler: UInt8 = 0x01

    /// `normalized` with every annotation hidden, and where the annotations now lie (byte
    /// ranges of fillers, in order); the same array and no ranges when it holds none.
    public static func hiding(in normalized: [UInt8]) -> (text: [UInt8], annotations: [Range<Int>]) {
        normalized.withUnsafeBufferPointer { text in
            let annotations = find(in: text)
            guard !annotations.isEmpty else { return (normalized, []) }
            var output: [UInt8] = []
            output.reserveCapacity(text.count)
            var hidden: [Range<Int>] = []
            hidden.reserveCapacity(annotations.count)
            var copied = 0
            for annotation in annotations {
                output.append(contentsOf: text[copied..<annotation.lowerBound])
                let start = output.count
                var index = annotation.lowerBound
                while index < annotation.upperBound {
                    output.append(filler)
                    index += UTF8Scalar.length(ofLead: text[index])
                }
                hidden.append(start..<output.count)
                copied = annotation.upperBound
            }
            output.append(contentsOf: text[copied...])
            return (output, hidden)
        }
    }

    /// Whether `text` holds a hidden annotation.
    public static func holdsFiller(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, !text.isEmpty else { return false }
        return memchr(base, Int32(filler), text.count) != nil
    }

    /// The text without fillers, for strings shown to people.
    public static func withoutFillers(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        text.filter { $0 != filler }
    }

    /// `body` given `text` as it is, or a copy without fillers when it holds some: what
    /// makes the strings of messages, section paths and titles.
    public static func readable<Result>(_ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard holdsFiller(text) else { return body(text) }
        return withoutFillers(text).withUnsafeBufferPointer(body)
    }

    /// Every annotation's byte range (brackets included), in order.
    static func find(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = text.baseAddress else { return [] }
        var found: [Range<Int>] = []
        var from = 0
        // Each "(" found by the C library's byte search: most plans have a few dozen.
        while from < text.count, let hit = memchr(base + from, 0x28, text.count - from) {
            let open = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            from = open + 1
            guard followsIdeograph(open, in: text), let close = syllableEnd(after: open, in: text) else { continue }
            found.append(open..<close)
            from = close
        }
        return found
    }

    /// Whether the scalar before `index` is an ideograph (CJK unified, extension A or
    /// compatibility).
    private static func followsIdeograph(_ index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 3, text[index - 3] & 0xF0 == 0xE0 else { return false }
        let value = UTF8Scalar.decode(text, at: index - 3).value
        return (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// The offset after the ")" closing a syllable that opens at `open`, or nil.
    private static func syllableEnd(after open: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = open + 1
        var letters = 0
        var toned = false
        while index < text.count, letters <= 7 {
            let (scalar, length) = UTF8Scalar.decode(text, at: index)
            if scalar == 0x29 { return letters > 0 && toned ? index + 1 : nil }
            if scalar >= 0x61 && scalar <= 0x7A {
                letters += 1
            } else if toneVowels.contains(scalar) {
                letters += 1
                toned = true
            } else {
                return nil
            }
            index += length
        }
        return nil
    }

    /// Vowels with a tone mark, and ü.
    private static let toneVowels: Set<UInt32> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.map(\.value))
}
