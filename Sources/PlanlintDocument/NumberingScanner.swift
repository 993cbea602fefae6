import Foundation

/// Recognises the numbering of Chinese plans by hand-written scanning of normalised UTF-8
/// (full-width punctuation is already ASCII there).
enum NumberingScanner {
    private static let planWords: [(UInt32, UInt32)] = [
        ("计", "划"), ("方", "案"), ("要", "点"), ("总", "结"), ("安", "排"), ("规", "划"), ("打", "算"),
    ].map { (a: Unicode.Scalar, b: Unicode.Scalar) in (a.value, b.value) }

    /// The marker a block starts with (after any markdown or list prefix), of any style
    /// except inline enumerations.
    static func leadingMarker(_ text: ScalarScanner, at start: Int, end: Int) -> NumberMarker? {
        guard start < end else { return nil }
        let (first, afterFirst) = text.scalar(at: start)
        switch first {
        case 0x28:  // (
            return parenthesised(text, at: start, end: end)
        case Mark.leftLenticular:
            return bracketedPart(text, at: start, end: end)
        case Mark.di:
            guard let (value, next) = ChineseNumeral.parse(text, at: afterFirst, end: end), next < end else { return nil }
            let (following, afterFollowing) = text.scalar(at: next)
            if following == Mark.pian { return NumberMarker(numbering: .init(style: .part, value: value), range: start..<afterFollowing) }
            if following == Mark.ji, let quarter = quarter(text, value: value, at: next, end: end) {
                return NumberMarker(numbering: .init(style: .month, value: 12 + value), range: start..<quarter)
            }
            if following == Mark.ideographicComma || following == 0x2C {
                return NumberMarker(numbering: .init(style: .ordinal, value: value), range: start..<afterFollowing)
            }
            // 第一部分 / 第二章 / 第三节 number sections the way 第一、 does.
            if let unitEnd = sectionUnit(text, at: next, end: end) {
                return NumberMarker(numbering: .init(style: .ordinal, value: value), range: start..<unitEnd)
            }
            return nil
        case Mark.pian:
            guard let (value, next) = ChineseNumeral.parse(text, at: afterFirst, end: end),
                next == end || isPartEnd(text.scalar(at: next).0)
            else { return nil }
            return NumberMarker(numbering: .init(style: .part, value: value), range: start..<next)
        case 0x30...0x39:
            return arabic(text, at: start, end: end, inline: false)
        default:
            if EnclosedNumber.isCandidate(first), let marker = EnclosedNumber.marker(text, at: start, end: end) { return marker }
            guard ChineseNumeral.value(of: first) != nil else { return nil }
            return chinese(text, at: start, end: end, inline: false)
        }
    }

    /// A marker that opens a new item in the middle of a line (after a sentence end or a
    /// space): 一、 (一) 1、 (1), enclosed numbers (① ⑴ ⒈) and bracketed parts only, as
    /// ordinals and months inside sentences are ordinary words.
    /// `partPossible`: false when the caller knows no 【 follows before `end`, which rules out
    /// a bracketed part after words (the segmenter asks after every break of a line).
    static func inlineMarker(_ text: ScalarScanner, at start: Int, end: Int, partPossible: Bool = true) -> NumberMarker? {
        guard start < end else { return nil }
        let first = text.scalar(at: start).0
        switch first {
        case 0x28: return parenthesised(text, at: start, end: end)
        case Mark.leftLenticular: return bracketedPart(text, at: start, end: end)
        case 0x30...0x39: return arabic(text, at: start, end: end, inline: true)
        default:
            if EnclosedNumber.isCandidate(first), let marker = EnclosedNumber.marker(text, at: start, end: end) { return marker }
            if ChineseNumeral.value(of: first) != nil { return chinese(text, at: start, end: end, inline: true) }
            return partPossible ? inlinePart(text, at: start, end: end) : nil
        }
    }

    /// A part marker inside the first words of a block: 局工会工作计划 篇一 (or 篇1), 工会工作计划【第一篇】,
    /// 第二篇 …, 工作方案(一), 工作计划2. The title is the words before the marker.
    /// `skippingIdeographs`: false walks every scalar; tests compare the two.
    static func partMarker(_ text: ScalarScanner, in block: Range<Int>, skippingIdeographs: Bool = true) -> NumberMarker? {
        var index = block.lowerBound
        var scalars = 0
        while index < block.upperBound, scalars < 40 {
            // Ideographs other than 第 and 篇 (lead bytes E4–E9, three bytes each) start no
            // marker and end no sentence: a run of them only moves the window on. Most of
            // a line's first forty characters are such a run. Within the window the run's
            // bound is a byte offset, so the loop counts nothing; nothing is decoded (a plan
            // word before a number is read back from the bytes when a number comes).
            if skippingIdeographs {
                let limit = min(block.upperBound, index + 3 * (40 - scalars))
                let runEnd = text.bytes.withUnsafeBufferPointer { bytes in
                    var at = index
                    while at < limit, bytes[at] &- 0xE4 <= 0xE9 - 0xE4,
                        !(bytes[at] == 0xE7 && ((bytes[at + 1] == 0xAC && bytes[at + 2] == 0xAC) || (bytes[at + 1] == 0xAF && bytes[at + 2] == 0x87)))
                    {
                        at += 3
                    }
                    return at
                }
                if runEnd != index {
                    scalars += (runEnd - index) / 3
                    index = runEnd
                    continue
                }
            }
            let (scalar, next) = text.scalar(at: index)
            if Mark.endsSentence(scalar) { return nil }
            var found: NumberMarker?
            switch scalar {
            case Mark.leftLenticular:
                found = bracketedPart(text, at: index, end: block.upperBound)
            case Mark.di:
                if let (value, after) = ChineseNumeral.parse(text, at: next, end: block.upperBound), after < block.upperBound,
                    text.scalar(at: after).0 == Mark.pian
                {
                    found = NumberMarker(numbering: .init(style: .part, value: value), range: index..<text.scalar(at: after).1)
                }
            case Mark.pian:
                // 篇一, and 篇1 as download sites number the plans they paste together.
                if let (value, after) = ChineseNumeral.parse(text, at: next, end: block.upperBound)
                    ?? ChineseNumeral.parseDigits(text, at: next, end: block.upperBound, maxDigits: 2),
                    after == block.upperBound || isPartEnd(text.scalar(at: after).0)
                {
                    found = NumberMarker(numbering: .init(style: .part, value: value), range: index..<after)
                }
            case 0x28, 0x30...0x39:
                if followsPlanWord(twoScalars(before: index, floor: block.lowerBound, in: text)) {
                    found = numberedPlanTitle(text, at: index, block: block)
                }
            default:
                break
            }
            if var marker = found {
                let before = text.trimmed(block.lowerBound..<marker.range.lowerBound)
                marker.titleRange = before.isEmpty ? nil : before
                return marker
            }
            index = next
            scalars += 1
        }
        return nil
    }

    /// Inline enumeration markers 一是 … 十是 in a block, with their values: a numeral at a
    /// word boundary (the block's start, or after punctuation) followed by 是.
    ///
    /// Whether a scalar starts at a boundary depends only on the scalar before it, so the
    /// scan looks for the bytes of 是 (E6 98 AF) and checks the two scalars before each,
    /// instead of decoding every scalar of every block.
    static func enumerations(_ text: ScalarScanner, in block: Range<Int>) -> [(value: Int, range: Range<Int>)] {
        // 一 … 十 are all three bytes long, so 是 can start three bytes in at the earliest.
        guard block.lowerBound + 6 <= block.upperBound else { return [] }
        // memchr finds the middle byte (0x98 is one continuation byte in sixty-four). Each 是
        // is judged where it is found, in the bytes borrowed once: a list of places made
        // first, a copy of the bytes and a cast of the result's tuples cost more than the
        // search, for every block.
        return text.bytes.withUnsafeBufferPointer { bytes in
            var found: [(value: Int, range: Range<Int>)] = []
            guard let base = bytes.baseAddress else { return found }
            var from = block.lowerBound + 4
            let limit = block.upperBound - 1
            while from < limit, let hit = memchr(base + from, 0x98, limit - from) {
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                from = position + 1
                guard bytes[position - 1] == 0xE6, bytes[position + 1] == 0xAF else { continue }
                let index = position - 1
                // A split text's hidden space may stand between the numeral and 是 (一 是).
                var numeralEnd = index
                if text.holdsFillers {
                    while numeralEnd > block.lowerBound + 3, bytes[numeralEnd - 1] == PinyinAnnotations.filler { numeralEnd -= 1 }
                }
                let numeralStart = numeralEnd - 3
                guard numeralStart >= block.lowerBound else { continue }
                if bytes[numeralStart] & 0xF0 == 0xE0, let value = ChineseNumeral.value(of: text.scalar(at: numeralStart).0),
                    value >= 1, value <= 10,
                    numeralStart == block.lowerBound || isPunctuation(scalar(before: numeralStart, in: text))
                {
                    found.append((value, numeralStart..<(index + 3)))
                }
            }
            return found
        }
    }

    /// The scalar that ends at `offset`.
    private static func scalar(before offset: Int, in text: ScalarScanner) -> UInt32 {
        text.scalar(at: text.previous(before: offset)).0
    }

    // MARK: - Styles

    private static func parenthesised(_ text: ScalarScanner, at start: Int, end: Int) -> NumberMarker? {
        let inner = start + 1
        guard inner < end else { return nil }
        if let (value, next) = ChineseNumeral.parse(text, at: inner, end: end), next < end, text.bytes[next] == 0x29 {
            return NumberMarker(numbering: .init(style: .parenChinese, value: value), range: start..<next + 1)
        }
        if let (value, next) = ChineseNumeral.parseDigits(text, at: inner, end: end), next < end, text.bytes[next] == 0x29 {
            return NumberMarker(numbering: .init(style: .parenArabic, value: value), range: start..<next + 1)
        }
        return nil
    }

    private static func chinese(_ text: ScalarScanner, at start: Int, end: Int, inline: Bool) -> NumberMarker? {
        guard let (value, next) = ChineseNumeral.parse(text, at: start, end: end), next < end else { return nil }
        let (following, afterFollowing) = text.scalar(at: next)
        if following == Mark.ideographicComma, isNumeralList(text, at: afterFollowing, end: end) { return nil }
        if following == Mark.ideographicComma || (following == 0x2E && !isDigit(text, at: afterFollowing, end: end)) {
            return NumberMarker(numbering: .init(style: .chinese, value: value), range: start..<afterFollowing)
        }
        guard !inline else { return nil }
        // 一, (一，after normalisation), as PDFs and some typists number headings, at the start
        // of a line only: inside a line 一, is a sentence's word. Not 一,二年级 nor 三,四,五月
        // (numbers listed), nor 一,5 (figures).
        if following == 0x2C, afterFollowing < end, !isDigit(text, at: afterFollowing, end: end),
            !isNumeralList(text, at: afterFollowing, end: end, orComma: true)
        {
            return NumberMarker(numbering: .init(style: .chinese, value: value), range: start..<afterFollowing)
        }
        if following == Mark.yue, (1...12).contains(value) { return month(text, value: value, start: start, after: afterFollowing, end: end) }
        if following == Mark.ji, let quarterEnd = quarter(text, value: value, at: next, end: end) {
            return NumberMarker(numbering: .init(style: .month, value: 12 + value), range: start..<quarterEnd)
        }
        return nil
    }

    private static func arabic(_ text: ScalarScanner, at start: Int, end: Int, inline: Bool) -> NumberMarker? {
        guard let (value, next) = ChineseNumeral.parseDigits(text, at: start, end: end), next < end else { return nil }
        let (following, afterFollowing) = text.scalar(at: next)
        if following == Mark.ideographicComma, !isDigit(text, at: afterFollowing, end: end) {
            return NumberMarker(numbering: .init(style: .arabic, value: value), range: start..<afterFollowing)
        }
        if following == 0x2E, afterFollowing < end, !isDigit(text, at: afterFollowing, end: end) {
            return NumberMarker(numbering: .init(style: .arabic, value: value), range: start..<afterFollowing)
        }
        guard !inline else { return nil }
        // 4．4月组织体检 / 1．2026年经费预算: an item that opens with a date. The full-width 4．
        // reads as 4. and a figure follows, but no line opens with 4.4 months or 1.2026 years.
        if following == 0x2E, opensWithDate(text, at: afterFollowing, end: end) {
            return NumberMarker(numbering: .init(style: .arabic, value: value), range: start..<afterFollowing)
        }
        if following == 0x29 { return NumberMarker(numbering: .init(style: .parenArabic, value: value), range: start..<afterFollowing) }
        // 1,开展送温暖活动 (1，after normalisation): items typed with a comma, as 一, is, at the
        // start of a line only. Not 7,8月 nor 1,000元 (figures), nor a bare 3, ending a line.
        if following == 0x2C, let words = firstNonSpace(text, from: afterFollowing, end: end), !isDigit(text, at: words, end: end) {
            return NumberMarker(numbering: .init(style: .arabic, value: value), range: start..<afterFollowing)
        }
        if following == Mark.yue, (1...12).contains(value) { return month(text, value: value, start: start, after: afterFollowing, end: end) }
        return nil
    }

    /// 一月份 / 3月: / 十二月 — but not a date such as 3月5日.
    private static func month(_ text: ScalarScanner, value: Int, start: Int, after: Int, end: Int) -> NumberMarker? {
        var markerEnd = after
        if after < end {
            let (next, afterNext) = text.scalar(at: after)
            if isDigit(text, at: after, end: end) || next == Mark.ri || next == Mark.hao || ChineseNumeral.value(of: next) != nil {
                return nil
            }
            if next == Mark.fen { markerEnd = afterNext }
        }
        if markerEnd < end, text.bytes[markerEnd] == 0x3A { markerEnd += 1 }
        return NumberMarker(numbering: .init(style: .month, value: value), range: start..<markerEnd)
    }

    /// The end of 季度 (plus a colon) after a quarter number 1…4.
    private static func quarter(_ text: ScalarScanner, value: Int, at index: Int, end: Int) -> Int? {
        guard (1...4).contains(value) else { return nil }
        let (ji, afterJi) = text.scalar(at: index)
        guard ji == Mark.ji, afterJi < end, text.scalar(at: afterJi).0 == Mark.du else { return nil }
        var markerEnd = text.scalar(at: afterJi).1
        if markerEnd < end, text.bytes[markerEnd] == 0x3A { markerEnd += 1 }
        return markerEnd
    }

    /// 【第一篇】 or 【篇一】.
    private static func bracketedPart(_ text: ScalarScanner, at start: Int, end: Int) -> NumberMarker? {
        var index = text.scalar(at: start).1
        guard index < end else { return nil }
        let (first, afterFirst) = text.scalar(at: index)
        var value: Int?
        if first == Mark.di, let (parsed, next) = ChineseNumeral.parse(text, at: afterFirst, end: end), next < end,
            text.scalar(at: next).0 == Mark.pian
        {
            value = parsed
            index = text.scalar(at: next).1
        } else if first == Mark.pian, let (parsed, next) = ChineseNumeral.parse(text, at: afterFirst, end: end) {
            value = parsed
            index = next
        }
        guard let value, index < end, text.scalar(at: index).0 == Mark.rightLenticular else { return nil }
        return NumberMarker(numbering: .init(style: .part, value: value), range: start..<text.scalar(at: index).1)
    }

    /// Inside a line, a part needs its bracket or a 篇N standing alone, within a short title.
    private static func inlinePart(_ text: ScalarScanner, at start: Int, end: Int) -> NumberMarker? {
        var index = start
        var scalars = 0
        while index < end, scalars < 30 {
            let (scalar, next) = text.scalar(at: index)
            if isPunctuation(scalar) && scalar != Mark.leftLenticular { return nil }
            if scalar == Mark.leftLenticular, var marker = bracketedPart(text, at: index, end: end) {
                marker.titleRange = start..<index
                marker.range = index..<marker.range.upperBound
                return marker
            }
            index = next
            scalars += 1
        }
        return nil
    }

    /// 工作方案(一) or 工作计划2 closing a short title line.
    private static func numberedPlanTitle(_ text: ScalarScanner, at start: Int, block: Range<Int>) -> NumberMarker? {
        if text.bytes[start] == 0x28 {
            guard let marker = parenthesised(text, at: start, end: block.upperBound) else { return nil }
            return NumberMarker(numbering: .init(style: .part, value: marker.numbering.value), range: marker.range)
        }
        guard let (value, next) = ChineseNumeral.parseDigits(text, at: start, end: block.upperBound, maxDigits: 2),
            next == block.upperBound, !text.hasScalars(atLeast: 41, in: block)
        else { return nil }
        return NumberMarker(numbering: .init(style: .part, value: value), range: start..<next)
    }

    /// The two scalars before `index`, as a walk from `floor` reads them (the fillers of
    /// hidden pinyin belong to the scalar after them); 0 for one before `floor`.
    static func twoScalars(before index: Int, floor: Int, in text: ScalarScanner) -> (UInt32, UInt32) {
        func start(before end: Int) -> Int? {
            var end = end
            while end > floor, text.bytes[end - 1] == PinyinAnnotations.filler { end -= 1 }
            return end > floor ? text.previous(before: end, floor: floor) : nil
        }
        guard let last = start(before: index) else { return (0, 0) }
        guard let first = start(before: last) else { return (0, text.scalar(at: last).0) }
        return (text.scalar(at: first).0, text.scalar(at: last).0)
    }

    /// Whether the two scalars before a number are a plan word; 0 stands for "before the
    /// block" and is in no word.
    private static func followsPlanWord(_ previous: (UInt32, UInt32)) -> Bool {
        planWords.contains { $0 == previous }
    }

    /// The end of 部分 / 章 / 节 (and a colon or space) when they close a 第N marker.
    private static func sectionUnit(_ text: ScalarScanner, at index: Int, end: Int) -> Int? {
        let (unit, afterUnit) = text.scalar(at: index)
        var markerEnd: Int
        switch unit {
        case 0x7AE0, 0x8282: markerEnd = afterUnit  // 章 节
        case 0x90E8:  // 部
            guard afterUnit < end, text.scalar(at: afterUnit).0 == 0x5206 else { return nil }  // 分
            markerEnd = text.scalar(at: afterUnit).1
        default: return nil
        }
        if markerEnd < end {
            let next = text.scalar(at: markerEnd).0
            guard next == 0x3A || next == 0x20 || next == 0x09 || next == Mark.ideographicComma || next >= 0x3400 else { return nil }
            if next == 0x3A || next == Mark.ideographicComma { markerEnd = text.scalar(at: markerEnd).1 }
        }
        return markerEnd
    }

    /// 一、二年级 or 三、四、五月: numbers listed in a sentence, not a heading number.
    /// `orComma`: a numeral then a comma (一,二,三) lists numbers too.
    private static func isNumeralList(_ text: ScalarScanner, at index: Int, end: Int, orComma: Bool = false) -> Bool {
        guard index < end, ChineseNumeral.value(of: text.scalar(at: index).0) != nil,
            let (_, after) = ChineseNumeral.parse(text, at: index, end: end), after < end
        else { return false }
        let next = text.scalar(at: after).0
        return next == Mark.ideographicComma || next == Mark.nian || next == Mark.yue || next == 0x4E2A  // 个
            || (orComma && next == 0x2C)
    }

    /// A month (1…12月, not 个月) or a year (four digits then 年) at `index`.
    private static func opensWithDate(_ text: ScalarScanner, at index: Int, end: Int) -> Bool {
        guard let (value, next) = ChineseNumeral.parseDigits(text, at: index, end: end, maxDigits: 4), next < end else { return false }
        let unit = text.scalar(at: next).0
        if unit == Mark.yue { return (1...12).contains(value) && next - index <= 2 }
        return unit == Mark.nian && next - index == 4 && (1900...2100).contains(value)
    }

    /// The first offset from `index` that holds no space or tab, nil when the line ends first.
    private static func firstNonSpace(_ text: ScalarScanner, from index: Int, end: Int) -> Int? {
        var at = index
        while at < end, text.bytes[at] == 0x20 || text.bytes[at] == 0x09 { at += 1 }
        return at < end ? at : nil
    }

    @inline(__always)
    private static func isDigit(_ text: ScalarScanner, at index: Int, end: Int) -> Bool {
        index < end && text.bytes[index] >= 0x30 && text.bytes[index] <= 0x39
    }

    private static func isPartEnd(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == Mark.rightLenticular || isPunctuation(scalar)
    }

    @inline(__always)
    private static func isWordByte(_ scalar: UInt32) -> Bool {
        (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
    }

    /// Punctuation and symbols (anything that is not a letter, digit or Han character).
    @inline(__always)
    static func isPunctuation(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return !isWordByte(scalar) }
        return (0x2000...0x206F).contains(scalar) || (0x3000...0x303F).contains(scalar) || (0xFF00...0xFFEF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar)
    }
}
