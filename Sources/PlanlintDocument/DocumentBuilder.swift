/// Builds a `PlanDocument` from original lines: normalises them and recognises blocks,
/// sentences, headings, enumerations, the section tree, the schedule and the metadata.
enum DocumentBuilder {
    /// `normalized`: the normalised text when the reader made it already; `countProfileWords`:
    /// the caller's count of the profile words in it (see `ProfileWords`).
    static func build(
        path: String, format: DocumentFormat, source: DecodedText?, lines input: SourceLines, normalized: [UInt8]? = nil,
        countProfileWords: ProfileWords.Counter? = nil
    ) -> PlanDocument {
        // Pinyin a web page printed after characters is hidden before anything reads the text.
        let (withoutPinyin, pinyin) = PinyinAnnotations.hiding(in: normalized ?? ScriptNormalizer.normalize(lines: input.lines, blanked: input.blanked))
        // So are the spaces a PDF's extraction put between characters (工 会 经 费).
        let normalized = SplitWordSpaces.hiding(in: withoutPinyin)
        let table = LineTable(normalized: normalized, original: input.lines)
        let text = ScalarScanner(bytes: normalized, holdsFillers: normalized.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller))
        let segments = BlockSegmenter(text: text, lines: table, headingLevels: input.headingLevels).segments()

        var headings: [Heading] = []
        var blocks: [TextBlock] = []
        blocks.reserveCapacity(segments.count)
        var outline = HeadingOutline()
        var markerRanges: [Range<Int>] = []
        // Counted first: growing the headings (large values) as they came copied them a few
        // times over a plan.
        let headingCount = segments.reduce(0) { $0 + ($1.isHeading ? 1 : 0) }
        headings.reserveCapacity(headingCount)
        markerRanges.reserveCapacity(headingCount)
        for segment in segments {
            var block = TextBlock(range: segment.range, line: segment.lineIndex + 1)
            if segment.isHeading {
                let source: HeadingSource
                if let level = segment.explicitLevel {
                    source = format == .markdown ? .markdown(level: level) : .styled(level: level)
                } else {
                    source = .numbering
                }
                let numbering = segment.marker?.numbering
                let (range, titleRange) = headingRanges(segment, text: text)
                let depth = outline.depth(source: source, numbering: numbering)
                block.headingIndex = headings.count
                headings.append(
                    Heading(
                        source: source, numbering: numbering, line: segment.lineIndex + 1, range: range,
                        titleRange: titleRange, depth: depth))
                markerRanges.append(segment.marker?.range ?? range.lowerBound..<range.lowerBound)
            }
            blocks.append(block)
        }

        let sections = SectionTree(headings: headings, textLength: normalized.count)
        // A schedule whose months are glued to the first item's number (11、 21、 … 121、).
        let glued = GluedMonthItems.find(headings: headings, blocks: blocks, sections: sections, text: text)
        for index in glued.firstItems { headings[index].numbering?.value = 1 }
        var schedule = schedule(headings: headings, markers: markerRanges, sections: sections, text: text)
        if !glued.entries.isEmpty {
            schedule.entries = (schedule.entries + glued.entries).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        var metadata = MetadataExtractor(
            text: text, lines: table, blocks: blocks, headings: headings, bodyScores: countProfileWords?(normalized),
            sections: sections
        ).metadata()
        if let range = metadata.titleRange {
            let trimmed = trimTitle(range, in: normalized)
            metadata.titleRange = trimmed
            metadata.title = originalText(trimmed, normalized: normalized, lines: table)
        }
        // Lines that announce a numbered list (具体工作安排如下：) reach over it: `IntroducedList`.
        var sectionsWithLists = sections
        sectionsWithLists.attach(IntroducedListScanner(text: text, blocks: blocks, headings: headings, sections: sections).lists())
        return PlanDocument(
            path: path, format: format, source: source, normalized: normalized, lines: table, blocks: blocks,
            headings: headings,
            enumerations: enumerations(in: blocks, text: text), sections: sectionsWithLists, schedule: schedule,
            metadata: metadata, pinyinAnnotations: pinyin,
            itemDetails: DetailLineScanner.details(in: blocks, text: text, title: metadata.titleRange, tableRows: input.tableRows))
    }

    /// The heading's extent and its words. A heading alone on its line spans the line; one
    /// followed by body text ends at its first clause.
    static func headingRanges(_ segment: Segment, text: ScalarScanner) -> (Range<Int>, Range<Int>) {
        let end = segment.range.upperBound
        let start = segment.marker.map { min($0.range.lowerBound, $0.titleRange?.lowerBound ?? .max) } ?? segment.contentStart
        if let marker = segment.marker, marker.numbering.style == .part {
            let title = marker.titleRange ?? titleClause(after: marker.range.upperBound, end: end, text: text).title
            let headingEnd = marker.titleRange != nil ? marker.range.upperBound : title.upperBound
            return (start..<max(headingEnd, marker.range.upperBound), title)
        }
        if let marker = segment.marker, marker.numbering.style == .month {
            let words = text.trimmed(marker.range.lowerBound..<trimPunctuation(marker.range, text: text))
            return (marker.range, words)
        }
        let afterMarker = segment.marker?.range.upperBound ?? segment.contentStart
        let clause = titleClause(after: afterMarker, end: end, text: text)
        return (start..<clause.heading, clause.title)
    }

    /// Finds where a heading's words end. A heading alone on its line (no sentence, or one
    /// clause closed by 。 or ：) spans the line; one followed by body text ends at its first
    /// clause, or at its first space when it has no punctuation at all.
    /// `skippingIdeographs: false` decodes every scalar (tests compare the two).
    static func titleClause(after start: Int, end: Int, text: ScalarScanner, skippingIdeographs: Bool = true)
        -> (title: Range<Int>, heading: Int)
    {
        var wordsStart = start
        while wordsStart < end, ScalarScanner.isSpace(text.bytes[wordsStart]) || text.bytes[wordsStart] == 0x2A {
            wordsStart += 1
        }
        var index = wordsStart
        var scalars = 0
        var firstClauseEnd: Int?
        var sentenceEnd: Int?
        var firstSpace: Int?
        while index < end {
            // An ideograph (lead byte E4–E9, U+4000–U+9FFF) is no mark, break or space: most
            // of a heading is ideographs, passed over a run at a time without decoding them.
            if skippingIdeographs {
                let runEnd = text.ideographRunEnd(from: index, end: end)
                if runEnd != index {
                    scalars += (runEnd - index) / 3
                    index = runEnd
                    continue
                }
            }
            let (scalar, next) = text.scalar(at: index)
            if firstClauseEnd == nil, Mark.endsTitle(scalar) { firstClauseEnd = index }
            if firstSpace == nil, scalar == 0x20 || scalar == 0x09 { firstSpace = index }
            if Mark.isBreak(scalar) {
                sentenceEnd = index
                break
            }
            scalars += 1
            index = next
        }
        let restIsTrailing: Bool = {
            guard let sentenceEnd else { return true }
            var i = sentenceEnd
            while i < end {
                let (scalar, next) = text.scalar(at: i)
                if !(Mark.isBreak(scalar) || Mark.isCloser(scalar) || scalar == 0x20 || scalar == 0x2A) { return false }
                i = next
            }
            return true
        }()
        let oneClause = sentenceEnd == nil || firstClauseEnd == sentenceEnd
        if restIsTrailing, oneClause, scalars <= 50 {
            let wordsEnd = trimPunctuation(wordsStart..<end, text: text)
            var headingEnd = end
            while headingEnd > wordsEnd, [0x2A, 0x5F, 0x23, 0x20, 0x09].contains(text.bytes[headingEnd - 1]) { headingEnd -= 1 }
            return (wordsStart..<max(wordsStart, wordsEnd), headingEnd)
        }
        let clauseEnd = firstClauseEnd ?? sentenceEnd ?? (scalars > 50 ? firstSpace : nil) ?? end
        let wordsEnd = trimPunctuation(wordsStart..<clauseEnd, text: text)
        return (wordsStart..<max(wordsStart, wordsEnd), clauseEnd)
    }

    /// The end of `range` without trailing punctuation, emphasis marks and spaces.
    static func trimPunctuation(_ range: Range<Int>, text: ScalarScanner) -> Int {
        var end = range.upperBound
        while end > range.lowerBound {
            let start = text.previous(before: end, floor: range.lowerBound)
            let scalar = text.scalar(at: start).0
            guard Mark.endsTitle(scalar) || scalar == 0x20 || scalar == 0x09 || scalar == 0x2A || scalar == 0x23
                || scalar == Mark.ideographicComma
            else { break }
            end = start
        }
        return end
    }

    /// Sentences end at 。！？；!?; (with any closing quotes) and at the end of each block.
    static func sentences(in blocks: [TextBlock], text: ScalarScanner, skippingIdeographs: Bool = true) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(blocks.count * 3)
        for block in blocks {
            var start = block.range.lowerBound
            var index = start
            var closing = false
            while index < block.range.upperBound {
                // Outside a sentence end, an ideograph (lead byte E4–E9) changes nothing: the
                // whole run at once, on the bytes themselves.
                if skippingIdeographs, !closing {
                    let runEnd = text.ideographRunEnd(from: index, end: block.range.upperBound)
                    if runEnd != index {
                        // The scalar after the run in the same turn: a new one would only
                        // find the run ended.
                        index = runEnd
                        if index >= block.range.upperBound { break }
                    }
                }
                let (scalar, next) = text.scalar(at: index)
                if closing, !Mark.isCloser(scalar) {
                    let sentence = text.trimmed(start..<index)
                    if !sentence.isEmpty { sentences.append(sentence) }
                    start = index
                    closing = false
                }
                if Mark.endsSentence(scalar) { closing = true }
                index = next
            }
            let last = text.trimmed(start..<block.range.upperBound)
            if !last.isEmpty { sentences.append(last) }
        }
        return sentences
    }

    /// 一是 … 二是 … markers; a run of consecutive blocks that each open with one (one item
    /// per paragraph) counts as one block, so a gap across paragraphs stays visible.
    static func enumerations(in blocks: [TextBlock], text: ScalarScanner) -> [EnumerationMark] {
        var marks: [EnumerationMark] = []
        var groupStart = 0
        var previousHadMarks = false
        for block in blocks {
            let found = NumberingScanner.enumerations(text, in: block.range)
            guard !found.isEmpty else {
                previousHadMarks = false
                continue
            }
            let opensBlock = text.trimmed(block.range).lowerBound == found[0].range.lowerBound
            var blockRange = block.range
            if opensBlock, previousHadMarks, groupStart < marks.count {
                blockRange = marks[groupStart].blockRange.lowerBound..<block.range.upperBound
                for index in groupStart..<marks.count { marks[index].blockRange = blockRange }
            } else {
                groupStart = marks.count
            }
            for item in found { marks.append(EnumerationMark(value: item.value, range: item.range, blockRange: blockRange)) }
            previousHadMarks = true
        }
        return marks
    }

    /// The title without Markdown heading marks and surrounding spaces.
    static func trimTitle(_ range: Range<Int>, in normalized: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, normalized[lower] == UInt8(ascii: "#") || normalized[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, normalized[upper - 1] == UInt8(ascii: " ") || normalized[upper - 1] == UInt8(ascii: "#") { upper -= 1 }
        return lower..<upper
    }

    /// The original text (traditional script kept) of a range of the normalised text; ranges
    /// map scalar for scalar within a line.
    static func originalText(_ range: Range<Int>, normalized: [UInt8], lines: LineTable) -> String {
        let start = lines.position(of: range.lowerBound, in: normalized)
        let end = lines.position(of: range.upperBound, in: normalized)
        guard start.line == end.line else { return String(decoding: normalized[range], as: UTF8.self) }
        let scalars = Array(lines.originalText(ofLine: start.line).unicodeScalars)
        let from = min(start.column - 1, scalars.count)
        let to = min(max(from, end.column - 1), scalars.count)
        return String(scalars: scalars[from..<to])
    }
}
