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
/// (第十届) and (x) are left alone. A polyphonic character gets its readings separated by
/// slashes (要(yào / yāo), 了(le/liǎo)), and a particle its toneless neutral tone (的(de)),
/// which counts only after that particle.
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
            guard let before = ideograph(before: open, in: text), let close = annotationEnd(after: open, following: before, in: text)
            else { continue }
            found.append(open..<close)
            from = close
        }
        return found
    }

    /// The scalar before `index` when it is an ideograph (CJK unified, extension A or
    /// compatibility), or nil.
    private static func ideograph(before index: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard index >= 3, text[index - 3] & 0xF0 == 0xE0 else { return nil }
        let value = UTF8Scalar.decode(text, at: index - 3).value
        return (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) ? value : nil
    }

    /// The offset after the ")" closing an annotation that opens at `open` after the
    /// ideograph `before`, or nil: one to four syllables of up to seven letters, separated by
    /// a slash with spaces around it or not, one of them toned; or `before`'s neutral tone.
    private static func annotationEnd(after open: Int, following before: UInt32, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = open + 1
        var letters = 0
        var syllables = 1
        var toned = false
        // The toneless letters read, to compare with a particle's neutral tone.
        var plain: [UInt8] = []
        while index < text.count, letters <= 7 {
            let (scalar, length) = UTF8Scalar.decode(text, at: index)
            if scalar == 0x29 {
                guard letters > 0 else { return nil }
                if toned { return index + 1 }
                return syllables == 1 && neutralTones[before] == plain ? index + 1 : nil
            }
            if scalar >= 0x61 && scalar <= 0x7A {
                letters += 1
                plain.append(UInt8(scalar))
            } else if toneVowels.contains(scalar) {
                letters += 1
                toned = true
            } else if scalar == 0x2F || scalar == 0x20 {
                // A slash between readings, spaces around it: the next syllable starts.
                guard letters > 0 || scalar == 0x20 else { return nil }
                if scalar == 0x2F {
                    guard syllables < 4 else { return nil }
                    syllables += 1
                    letters = 0
                } else if letters > 0, !followedBySlash(index, in: text) {
                    return nil
                }
            } else {
                return nil
            }
            index += length
        }
        return nil
    }

    /// Whether spaces from `index` lead to a slash.
    private static func followedBySlash(_ index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = index
        while index < text.count, text[index] == 0x20 { index += 1 }
        return index < text.count && text[index] == 0x2F
    }

    /// Particles and the neutral tone a page prints after them without a mark (的(de)); the
    /// text is normalised, so 們 and 麼 arrive as 们 and 么 (著 is kept as it is).
    private static let neutralTones: [UInt32: [UInt8]] = {
        let pairs: [(String, String)] = [
            ("的", "de"), ("地", "de"), ("得", "de"), ("了", "le"), ("么", "me"), ("们", "men"), ("着", "zhe"),
            ("著", "zhe"), ("吗", "ma"), ("呢", "ne"), ("吧", "ba"), ("子", "zi"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!.value, Array($0.1.utf8)) })
    }()

    /// Vowels with a tone mark, and ü.
    private static let toneVowels: Set<UInt32> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars.map(\.value))
}
