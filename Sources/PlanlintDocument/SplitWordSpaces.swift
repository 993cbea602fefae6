import Foundation

/// The spaces that text extracted from a PDF puts between characters (工 会 经 费, 召开 职工
/// 代 表大会, with plain, ideographic or no-break spaces), hidden from the rules so that the
/// words they split are read again.
///
/// Chinese writes no spaces between words: a plan has them around numbers and Latin words,
/// after a heading's number or a table's cells, so that one pair of neighbouring ideographs in
/// ten at most has a space between them on the real pages (a page of short table cells). A
/// text whose pairs are parted by a space one time in five or more (`isSplit`) is taken as
/// split, and in it every such space after an ideograph becomes the filler of hidden pinyin
/// (`PinyinAnnotations.filler`): one byte for one scalar, so positions, columns, excerpts and
/// fixes map onto the original as before, while the term automaton, the native pattern
/// matcher, titles and section paths step over it. A plain plan is left exactly as it is.
public enum SplitWordSpaces {
    /// The least share of neighbouring ideographs parted by spaces, as a fraction
    /// (`partedShare.numerator / partedShare.denominator`), for a text to count as split.
    /// The real pages reach 1 in 10; a text spaced every fourth character reaches 1 in 4.
    public static let partedShare = (numerator: 1, denominator: 5)
    /// The fewest parted pairs: a heading written letter-spaced (第 一 章) alone is no
    /// evidence about the rest of a short text.
    public static let fewestParted = 4
    /// The longest run of spaces counted and hidden between two characters (a no-break space
    /// followed by a plain one is two).
    static let longestRun = 2

    /// `text` (normalised: every kind of space is U+0020 already) with the splitting spaces
    /// hidden when it is split; the same array otherwise.
    /// A text that is not split may still hold the spaces where a column of prose wrapped
    /// (`WrapSpaces`): those are hidden alone.
    public static func hiding(in text: [UInt8]) -> [UInt8] {
        let split = text.withUnsafeBufferPointer { mayBeSplit($0) && isSplit(pairs(in: $0)) }
        guard split else {
            let wraps = text.withUnsafeBufferPointer { holdsSpaces($0, onePer: Int.max) ? WrapSpaces.positions(in: $0) : [] }
            guard !wraps.isEmpty else { return text }
            var output = text
            for space in wraps { output[space] = PinyinAnnotations.filler }
            return output
        }
        var output = text
        output.withUnsafeMutableBufferPointer { bytes in
            var index = 0
            var afterIdeograph = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    var end = index + 1
                    while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                    // After an ideograph, before another or a character that closes up with it.
                    if afterIdeograph, end - index <= longestRun, end < bytes.count,
                        UTF8Scalar.isIdeograph(UnsafeBufferPointer(bytes), at: end) || closesUp(bytes[end])
                    {
                        for space in index..<end { bytes[space] = PinyinAnnotations.filler }
                    }
                    afterIdeograph = false
                    index = end
                    continue
                }
                // Hidden pinyin after an ideograph (會(huì) 經) is no character: a space after
                // it follows the ideograph.
                if byte != PinyinAnnotations.filler { afterIdeograph = UTF8Scalar.isIdeograph(UnsafeBufferPointer(bytes), at: index) }
                index += UTF8Scalar.length(ofLead: byte)
            }
        }
        return output
    }

    /// Where `hiding(in:)` hid spaces in `normalized` (the document's text): runs of fillers
    /// right after an ideograph or after the hidden pinyin that follows one, in order, one range
    /// a run. `annotations` (the hidden pinyin, in order) are fillers too, and are left out; so
    /// is a stray control byte a file holds that follows no ideograph. Empty for a text that is
    /// not split.
    public static func hiddenSpaces(in normalized: [UInt8], outside annotations: [Range<Int>]) -> [Range<Int>] {
        let filler = PinyinAnnotations.filler
        var runs: [Range<Int>] = []
        normalized.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var next = 0
            var from = 0
            // A run of fillers less the annotations in it: a candidate if an ideograph comes
            // before it, over the annotation that may sit between them.
            func candidate(_ run: Range<Int>) {
                guard !run.isEmpty else { return }
                var before = run.lowerBound
                while before > 0, bytes[before - 1] == filler { before -= 1 }
                if before >= 3, UTF8Scalar.isIdeograph(bytes, at: before - 3) { runs.append(run) }
            }
            // Fillers are few even in a split text (one byte in four): the C library's byte
            // search steps over the rest.
            while from < bytes.count, let hit = memchr(base + from, Int32(filler), bytes.count - from) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                var end = index + 1
                while end < bytes.count, bytes[end] == filler { end += 1 }
                from = end
                var start = index
                while next < annotations.count, annotations[next].upperBound <= start { next += 1 }
                while next < annotations.count, annotations[next].lowerBound < end {
                    candidate(start..<max(start, annotations[next].lowerBound))
                    start = max(start, annotations[next].upperBound)
                    next += 1
                }
                candidate(start..<end)
            }
        }
        return runs
    }

    /// Whether `text` has at least one space for every `bytesPerSpace` bytes (and
    /// `fewestParted`): a split text has one for every four (a space after each three-byte
    /// ideograph) to twenty (one after every fifth); half the real pages have one for every
    /// thousand, and six of 248 one for every thirty or fewer bytes, which `pairs(in:)` then
    /// tells from a split text. Counted by the C library's byte search, which steps over the
    /// long stretches without a space many bytes at a time, and stopped once enough are found:
    /// a plain plan is not walked character by character.
    static func mayBeSplit(_ text: UnsafeBufferPointer<UInt8>) -> Bool { holdsSpaces(text, onePer: bytesPerSpace) }

    /// Whether `text` has one space for every `onePer` bytes and at least `fewestParted`:
    /// `Int.max` asks only for the latter, as few as a paragraph's column wraps need
    /// (`WrapSpaces`).
    static func holdsSpaces(_ text: UnsafeBufferPointer<UInt8>, onePer: Int) -> Bool {
        guard let base = text.baseAddress else { return false }
        let needed = max(fewestParted, text.count / onePer)
        var spaces = 0
        var from = 0
        while from < text.count, let hit = memchr(base + from, 0x20, text.count - from) {
            spaces += 1
            if spaces >= needed { return true }
            from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return false
    }

    /// See `mayBeSplit`.
    static let bytesPerSpace = 30

    /// Pairs of neighbouring ideographs in `text`: side by side, and parted by a run of at
    /// most `longestRun` spaces and nothing else.
    public static func pairs(in text: UnsafeBufferPointer<UInt8>) -> (adjacent: Int, parted: Int) {
        var adjacent = 0
        var parted = 0
        // 0: not after an ideograph; 1: right after one; 2…: after one and that many minus one spaces.
        var after = 0
        var index = 0
        while index < text.count {
            if UTF8Scalar.isIdeograph(text, at: index) {
                if after == 1 {
                    adjacent &+= 1
                } else if after > 1 {
                    parted &+= 1
                }
                after = 1
                index &+= 3
                continue
            }
            after = text[index] == 0x20 && after > 0 && after <= longestRun ? after &+ 1 : 0
            index &+= 1
        }
        return (adjacent, parted)
    }

    /// Whether counts from `pairs(in:)` show a split text.
    public static func isSplit(_ pairs: (adjacent: Int, parted: Int)) -> Bool {
        pairs.parted >= fewestParted
            && pairs.parted * partedShare.denominator >= (pairs.adjacent + pairs.parted) * partedShare.numerator
    }


    /// What closes up with the ideograph before it across a hidden space besides another:
    /// digits, punctuation that ends or pauses (工 会 ， → 工会,; normalised, full-width marks
    /// are ASCII) and any other non-ASCII character (。 、 」). Not Latin letters (BIM 技术 is
    /// written so), nor what opens something (a space before a number's bracket or a Markdown
    /// mark is the writer's).
    @inline(__always)
    static func closesUp(_ lead: UInt8) -> Bool {
        if lead >= 0x80 { return true }
        if lead &- 0x30 < 10 { return true }
        return closing[Int(lead)]
    }

    private static let closing: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for mark in ",.:;!?)%".utf8 { table[Int(mark)] = true }
        return table
    }()
}
