import Foundation

/// Cuts normalised lines into blocks and finds the numbering each block starts with.
///
/// Plans pasted from web pages may have no line breaks at all, so a line is also cut where a
/// heading number follows a sentence end or a space; scraped page previews start each page
/// with "N、", which looks like a heading but continues the previous page's sentence.
struct BlockSegmenter {
    let text: ScalarScanner
    let lines: LineTable
    let headingLevels: [Int: Int]
    /// False walks every scalar; tests compare the two.
    var skippingIdeographs = true

    /// Page fragments are long: a preview page holds a few hundred characters.
    static let fragmentLength = 150

    func segments() -> [Segment] {
        var segments: [Segment] = []
        // Most lines are one segment, and lines cut into items add a few; reserving for
        // them saves regrowing the list (a copy of every segment so far each time). A plan
        // pasted on one line still grows it.
        segments.reserveCapacity(lines.count + lines.count / 2 + 8)
        for lineIndex in 0..<lines.count {
            let content = text.trimmed(lines.byteRange(ofLine: lineIndex + 1))
            if content.isEmpty { continue }
            segment(line: lineIndex, content: content, into: &segments)
        }
        dropPageFragments(&segments)
        markFigureItems(&segments)
        return segments
    }

    /// Marks the lines that continue a list of 1、 (or 1,) items with words that open with a
    /// figure: 2、3月召开教代会 or 2,30岁以上职工体检. Alone, 2、3 reads as numbers listed
    /// (1、2月份), so the scanner leaves such a line unmarked; right after item 1 of the same
    /// style and punctuation it is item 2, and leaving it out made a gap 1、 → 3、 out of
    /// nothing. Only unmarked lines that open with a digit are looked at.
    private func markFigureItems(_ segments: inout [Segment]) {
        var last: NumberMarker?
        for index in segments.indices where segments[index].explicitLevel == nil {
            if let marker = segments[index].marker {
                last = marker
                continue
            }
            guard segments[index].startsLine, let previous = last, previous.numbering.style == .arabic,
                let item = figureItem(after: previous, at: segments[index].contentStart, end: segments[index].range.upperBound)
            else { continue }
            segments[index].marker = item
            last = item
        }
    }

    /// The marker of item `previous + 1` at `start` when a figure follows its punctuation,
    /// which must be the previous item's 、 or comma (not a full stop: 2.5万元 is a figure).
    private func figureItem(after previous: NumberMarker, at start: Int, end: Int) -> NumberMarker? {
        guard start < end, text.bytes[start] >= 0x30, text.bytes[start] <= 0x39,
            let (value, next) = ChineseNumeral.parseDigits(text, at: start, end: end, maxDigits: 2),
            value == previous.numbering.value + 1, next < end
        else { return nil }
        let (punctuation, afterPunctuation) = text.scalar(at: next)
        guard punctuation == Mark.ideographicComma || punctuation == 0x2C,
            text.scalar(at: text.previous(before: previous.range.upperBound)).0 == punctuation,
            afterPunctuation < end, text.bytes[afterPunctuation] >= 0x30, text.bytes[afterPunctuation] <= 0x39
        else { return nil }
        return NumberMarker(numbering: Numbering(style: .arabic, value: value), range: start..<afterPunctuation)
    }

    private func segment(line lineIndex: Int, content: Range<Int>, into segments: inout [Segment]) {
        let lead = skipPrefix(from: content.lowerBound, end: content.upperBound)
        // Plain text has no styled headings: no look-up for each of its lines.
        let explicit = headingLevels.isEmpty ? nil : headingLevels[lineIndex]
        var marker = NumberingScanner.leadingMarker(text, at: lead, end: content.upperBound)
        if marker == nil {
            marker = NumberingScanner.partMarker(text, in: lead..<content.upperBound, skippingIdeographs: skippingIdeographs)
        }
        var current = Segment(
            range: content, lineIndex: lineIndex, contentStart: lead, marker: marker, explicitLevel: explicit,
            startsLine: true)
        if marker == nil, explicit == nil, let heading = titleGluedHeading(in: lead..<content.upperBound) {
            // The title stands alone; the plan goes on from its first heading.
            current.range = text.trimmed(lead..<heading.range.lowerBound)
            append(current, to: &segments)
            marker = heading
            current = Segment(
                range: heading.range.lowerBound..<content.upperBound, lineIndex: lineIndex, contentStart: heading.range.lowerBound,
                marker: heading, explicitLevel: nil, startsLine: false)
        }
        // A styled or markdown heading is one paragraph; only body lines are cut.
        if explicit == nil {
            var index = marker?.range.upperBound ?? lead
            // A part marker such as 【第一篇】 ends its title; the plan's first heading may follow.
            var afterBreak = marker?.numbering.style == .part
            var lastArabic = marker?.numbering.style == .arabic ? marker?.numbering.value : nil
            // After a comma or 、: an enclosed number (① ⑴ ⒈), never a word, opens an item
            // there too (……：①师德教育，②业务培训，④……), where 1、 or 一、 would be words.
            var afterComma = false
            // Where the next 【 is, if any: without one ahead, no bracketed part can follow a
            // break, and looking for one after every break was a third of this walk. Looked
            // for only when a marker is tried and kept until passed (-1: not yet): most lines
            // try none (a break ends them), and a look on every line was 200 instructions.
            var nextLenticular = -1
            while index < content.upperBound {
                // With nothing pending, only a break, space, comma or (in a run of 1、 2、 …)
                // digit changes anything: the scalars before the next one are passed over
                // on their bytes. Most of a plan's lines are such runs.
                if skippingIdeographs, !afterBreak, !afterComma {
                    index = text.nextMark(
                        from: index, end: content.upperBound, stops: lastArabic != nil ? .punctuationAndDigits : .punctuation
                    ).offset
                    if index >= content.upperBound { break }
                } else if skippingIdeographs, !afterBreak {
                    // After a comma, an ideograph (lead byte E4–E9) is no enclosed number,
                    // digit, break, space or closer.
                    // The whole run at once, on the bytes themselves; the scalar after it is
                    // read in the same turn (a new turn would only find the run ended).
                    let runEnd = text.ideographRunEnd(from: index, end: content.upperBound)
                    if runEnd != index {
                        index = runEnd
                        afterComma = false
                        if index >= content.upperBound { break }
                    }
                }
                let (scalar, next) = text.scalar(at: index)
                let enclosedAfterComma = afterComma && EnclosedNumber.isCandidate(scalar) && EnclosedNumber.numbering(of: scalar) != nil
                if afterBreak || enclosedAfterComma || (lastArabic != nil && scalar >= 0x30 && scalar <= 0x39),
                    scalar >= 0x80 || !ScalarScanner.isSpace(UInt8(scalar)),
                    let inline = NumberingScanner.inlineMarker(
                        text, at: index, end: content.upperBound,
                        partPossible: lenticular(from: index, end: content.upperBound, found: &nextLenticular) < content.upperBound),
                    afterBreak || enclosedAfterComma || isNextItem(inline, after: lastArabic)
                {
                    if inline.numbering.style == .arabic { lastArabic = inline.numbering.value }
                    let start = inline.titleRange?.lowerBound ?? inline.range.lowerBound
                    current.range = text.trimmed(current.range.lowerBound..<start)
                    if !current.range.isEmpty { append(current, to: &segments) }
                    current = Segment(
                        range: start..<content.upperBound, lineIndex: lineIndex, contentStart: start, marker: inline,
                        explicitLevel: nil, startsLine: false)
                    index = inline.range.upperBound
                    afterBreak = inline.numbering.style == .part
                    afterComma = false
                    continue
                }
                if Mark.isBreak(scalar) || (scalar < 0x80 && ScalarScanner.isSpace(UInt8(scalar))) {
                    afterBreak = true
                } else if !(afterBreak && Mark.isCloser(scalar)) {
                    afterBreak = false
                }
                afterComma = scalar == 0x2C || scalar == Mark.ideographicComma
                index = next
            }
        }
        append(current, to: &segments)
    }

    /// 一、 right after the word that names the document within a line's first words
    /// (2025年学校工会工作计划一、工作目标…): a title that a document shop or a paste ran into
    /// the plan's first heading. Not after a clause (按照…计划一、), not 一、二 (numbers
    /// listed), and only on a line long enough to hold a title and a section.
    private func titleGluedHeading(in line: Range<Int>) -> NumberMarker? {
        guard line.count > Self.gluedLineBytes else { return nil }
        let window = line.lowerBound..<min(line.upperBound, line.lowerBound + Self.titleWindowBytes)
        guard let found = text.bytes.withUnsafeBufferPointer({ bytes in
            Self.firstHeadingMark.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: UnsafeBufferPointer(rebasing: bytes[window])) }
        }) else { return nil }
        let at = window.lowerBound + found
        guard at - 6 >= line.lowerBound,
            Self.documentWords.contains(where: { word in text.bytes[(at - 6)..<at].elementsEqual(word) }),
            let heading = NumberingScanner.inlineMarker(text, at: at, end: line.upperBound, partPossible: false),
            heading.numbering == Numbering(style: .chinese, value: 1), heading.range.upperBound < line.upperBound,
            ChineseNumeral.value(of: text.scalar(at: heading.range.upperBound).0) == nil,
            !text.bytes[line.lowerBound..<at].contains(where: { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A }),
            !UTF8Search.contains(text.bytes[line.lowerBound..<at], Self.fullStop)
        else { return nil }
        return heading
    }

    /// 。 in UTF-8: a title holds no sentence end (nor , ; : before it, ASCII once normalised).
    private static let fullStop: [UInt8] = Array("。".utf8)

    /// 一、 in UTF-8.
    private static let firstHeadingMark: [UInt8] = Array("一、".utf8)
    /// Words naming a plan (normalised, so 計劃 arrives as 计划), two characters each.
    private static let documentWords: [[UInt8]] = ["计划", "计画", "要点", "方案"].map { Array($0.utf8) }
    /// A title is at most 40 characters: 一、 is looked for in the bytes they take.
    private static let titleWindowBytes = 40 * 3 + 6
    /// Shorter lines are a title, or a title and a heading, on their own.
    private static let gluedLineBytes = 150

    /// Appends a segment, first cutting off the items a PDF glued to it: a line numbered 三,
    /// (一, style, comma after the numeral) that runs into 四, of the next item (…评比量化四,发挥…)
    /// is two items, as a line 1、 running into 2、 is. Only the next number of the same comma
    /// style is looked for, so 一， inside any other sentence stays a word.
    private func append(_ segment: Segment, to segments: inout [Segment]) {
        var current = segment
        while let marker = current.marker, marker.numbering.style == .chinese, marker.range.upperBound > marker.range.lowerBound,
            text.bytes[marker.range.upperBound - 1] == 0x2C,
            let next = gluedItem(after: marker, value: marker.numbering.value + 1, end: current.range.upperBound)
        {
            let rest = Segment(
                range: next.range.lowerBound..<current.range.upperBound, lineIndex: current.lineIndex,
                contentStart: next.range.lowerBound, marker: next, explicitLevel: nil, startsLine: false)
            current.range = text.trimmed(current.range.lowerBound..<next.range.lowerBound)
            if !current.range.isEmpty { segments.append(current) }
            current = rest
        }
        segments.append(current)
    }

    /// The numeral `value` followed by a comma after `marker` and before `end`, standing after
    /// no other numeral and no 第, with no figure or listed numeral after the comma.
    private func gluedItem(after marker: NumberMarker, value: Int, end: Int) -> NumberMarker? {
        guard let numeral = Self.numeral(value) else { return nil }
        let needle = Array((numeral + ",").utf8)
        var from = marker.range.upperBound
        while from < end, let found = text.bytes.withUnsafeBufferPointer({ bytes in
            needle.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: UnsafeBufferPointer(rebasing: bytes[from..<end])) }
        }) {
            let hit = from + found
            from = hit + 1
            let before = text.scalar(at: text.previous(before: hit)).0
            if ChineseNumeral.value(of: before) != nil || before == Mark.di { continue }
            guard let found = NumberingScanner.leadingMarker(text, at: hit, end: end), found.numbering.style == .chinese,
                found.numbering.value == value, found.range.upperBound == hit + needle.count
            else { continue }
            return found
        }
        return nil
    }

    /// 一 … 九十九 as a heading numbers them.
    static func numeral(_ value: Int) -> String? {
        let digits = Array("一二三四五六七八九")
        switch value {
        case 1...9: return String(digits[value - 1])
        case 10: return "十"
        case 11...19: return "十" + String(digits[value - 11])
        case 20...99:
            return String(digits[value / 10 - 1]) + "十" + (value % 10 == 0 ? "" : String(digits[value % 10 - 1]))
        default: return nil
        }
    }

    /// The offset of the first 【 in `from..<end`, or `end`, from `found` (the last answer,
    /// or -1) while that is not behind `from`.
    private func lenticular(from start: Int, end: Int, found: inout Int) -> Int {
        if found < start { found = nextLenticular(from: start, end: end) }
        return found
    }

    /// The offset of the first 【 (E3 80 90) in `from..<end`, or `end`. Found by its last
    /// byte: E3 leads every CJK mark (、。《》), where 0x90 ends one character in thirty, so the
    /// C library's byte search stops half as often.
    func nextLenticular(from start: Int, end: Int) -> Int {
        text.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return end }
            var index = start + 2
            while index < end, let hit = memchr(base + index, 0x90, end - index) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if bytes[at - 1] == 0x80 && bytes[at - 2] == 0xE3 { return at - 2 }
                index = at + 1
            }
            return end
        }
    }

    /// Text copied without line breaks can glue an item to the previous sentence
    /// (…竞赛2、筹备…); a bare "N、" continuing the line's own 1、 2、 … run still starts an item.
    private func isNextItem(_ marker: NumberMarker, after last: Int?) -> Bool {
        guard let last, marker.numbering.style == .arabic, marker.numbering.value == last + 1 else { return false }
        let punctuation = text.scalar(at: text.previous(before: marker.range.upperBound)).0
        return punctuation == Mark.ideographicComma
    }

    /// Skips white space, markdown heading marks, quote marks, list bullets and emphasis.
    func skipPrefix(from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = text.bytes[index]
            if ScalarScanner.isSpace(byte) || byte == 0x3E {  // >
                index += 1
            } else if byte == 0x23 {  // #
                var run = index
                while run < end, text.bytes[run] == 0x23 { run += 1 }
                guard run == end || ScalarScanner.isSpace(text.bytes[run]) else { return index }
                index = run
            } else if byte == 0x2D || byte == 0x2B || byte == 0x2A, index + 1 < end, ScalarScanner.isSpace(text.bytes[index + 1]) {
                index += 2  // - + * bullets
            } else if (byte == 0x2A || byte == 0x5F), index + 1 < end, text.bytes[index + 1] == byte {
                index += 2  // ** __ emphasis
            } else {
                return index
            }
        }
        return index
    }

    /// Unmarks numbered lines that continue a page cut mid-sentence, and the run of page
    /// numbers leading up to them (the first page follows site junk, not a cut sentence).
    /// The last page is as short as the text left for it: a line numbered next after the
    /// page just found, on the line after it, needs no page's length of its own.
    private func dropPageFragments(_ segments: inout [Segment]) {
        // Segments come in line order, so a line's last segment is the one the next line's
        // follows: no table over every line (blank ones too) to look it up in.
        var previousLineEnd: Int?
        var fragments: [Int] = []
        for index in segments.indices {
            let segment = segments[index]
            defer { if index + 1 == segments.count || segments[index + 1].lineIndex != segment.lineIndex { previousLineEnd = index } }
            guard segment.startsLine, segment.explicitLevel == nil, let marker = segment.marker,
                isPageNumberStyle(marker.numbering.style), let previous = previousLineEnd
            else { continue }
            // Whether the line before ends its sentence is asked first: most do, and it looks
            // only at their last marks, where the tests of length count characters.
            let previousRange = text.trimmed(lines.byteRange(ofLine: segments[previous].lineIndex + 1))
            guard !endsSentence(previousRange) else { continue }
            let nextPage = fragments.last.map { last in
                segments[last].lineIndex == segments[previous].lineIndex
                    && segments[last].marker?.numbering.style == marker.numbering.style
                    && segments[last].marker?.numbering.value == marker.numbering.value - 1
            }
            guard nextPage == true || isPageLong(lines.byteRange(ofLine: segment.lineIndex + 1)) else { continue }
            if text.hasScalars(atLeast: Self.fragmentLength, in: previousRange) {
                fragments.append(index)
            }
        }
        // Most plans have no page fragments: no list of line starts for them.
        guard !fragments.isEmpty else { return }
        let lineStarts = segments.indices.filter { segments[$0].startsLine }
        for index in fragments {
            guard let marker = segments[index].marker else { continue }
            segments[index].marker = nil
            // Walk back through the earlier page starts numbered value-1, value-2 …
            var value = marker.numbering.value
            var position = Self.lowerBound(of: index, in: lineStarts)
            while position > 0 {
                position -= 1
                let candidate = lineStarts[position]
                guard let earlier = segments[candidate].marker, earlier.numbering.style == marker.numbering.style,
                    earlier.numbering.value == value - 1,
                    isPageLong(lines.byteRange(ofLine: segments[candidate].lineIndex + 1))
                else { break }
                segments[candidate].marker = nil
                value -= 1
            }
        }
    }

    /// Whether a line, trimmed, is as long as a preview page's fragment.
    private func isPageLong(_ line: Range<Int>) -> Bool {
        text.hasScalars(atLeast: Self.fragmentLength, in: text.trimmed(line))
    }

    /// Position of `value` in a sorted array (binary search; fragments can be many).
    static func lowerBound(of value: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func isPageNumberStyle(_ style: NumberingStyle) -> Bool {
        style == .arabic || style == .chinese
    }

    /// Whether a block ends with sentence-final punctuation (closing quotes allowed after it).
    private func endsSentence(_ range: Range<Int>) -> Bool {
        var index = range.upperBound
        while index > range.lowerBound {
            let start = text.previous(before: index, floor: range.lowerBound)
            let scalar = text.scalar(at: start).0
            if Mark.isCloser(scalar) || scalar == 0x20 {
                index = start
                continue
            }
            return Mark.isBreak(scalar) || scalar == 0x201D || scalar == 0x300D || scalar == 0x2E
        }
        return false
    }
}
