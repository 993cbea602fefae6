import PlanlintDocument

/// Where a text stops in mid-sentence (`document` with `unfinished_end`). A document site's
/// preview, copied as the plan, ends where the free pages end: inside a clause, after a comma,
/// in the middle of a word (…分会委员5人，其中 / …加强积极分子的). A plan that ends as written
/// ends with a full stop, a signature, a date, a page footer or a short last item.
///
/// The last paragraph counts as broken off when it is long (a real paragraph, not a schedule
/// line or a signature), ends with a character or a comma, and its words after the last
/// sentence-final mark run on over a comma: a clause was under way. A text that never ends a
/// sentence with 。 gives no evidence either way and is left alone.
enum UnfinishedEnd {
    /// Fewest non-blank scalars of the last paragraph: shorter ones are a list's last item,
    /// a signature or a table row, which end without a full stop as written.
    static let paragraphScalars = 40
    /// Fewest non-blank scalars after the last sentence-final mark.
    static let tailScalars = 10
    /// How much of the end the finding shows (and points at).
    static let shownScalars = 15

    /// The end of the last paragraph, when the text breaks off there.
    static func brokenEnd(of document: PlanDocument) -> Range<Int>? {
        let text = document.normalized
        // A heading counts too: a long one (2、深入群众，倾听职工呼声，…) is a paragraph that opens
        // with its number, and a short one is left out by the length below.
        guard let block = document.blocks.last else { return nil }
        // The whole last line: a line of items cut at their numbers (…工作。⑴…。⑵…。⑷协助…)
        // is one paragraph, however short its last item.
        var first = document.blocks.count - 1
        while first > 0, document.blocks[first - 1].line == block.line { first -= 1 }
        let lineStart = document.blocks[first].range.lowerBound
        // Walked back from the end, as far as the answer needs (a page run into one line is
        // one paragraph of the whole plan): its non-blank scalars (pinyin fillers left out),
        // the last of them, and the tail after the last sentence-final mark.
        var counted = 0
        var last: Unicode.Scalar?
        var beforeLast: Unicode.Scalar?
        var tail: Int?
        var commaInTail = false
        var shownStart = block.range.upperBound
        text.withUnsafeBufferPointer { bytes in
            var offset = block.range.upperBound
            while offset > lineStart, tail == nil || counted < paragraphScalars {
                var start = offset - 1
                while start > lineStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                offset = start
                guard bytes[start] != PinyinAnnotations.filler else { continue }
                let scalar = Unicode.Scalar(UTF8Scalar.decode(bytes, at: start).0) ?? " "
                guard !scalar.properties.isWhitespace else { continue }
                counted += 1
                if last == nil { last = scalar } else if counted == 2 { beforeLast = scalar }
                guard tail == nil else { continue }
                if "。!?;！？；".unicodeScalars.contains(scalar) {
                    tail = counted - 1
                    continue
                }
                // The tail's last scalar may be a comma: it is a comma before it that runs on.
                if counted > 1, scalar == "," { commaInTail = true }
                if counted <= shownScalars { shownStart = start }
            }
        }
        guard counted >= paragraphScalars, let last else { return nil }
        guard last.properties.isIdeographic || last == "," || last == "、" else { return nil }
        // Not a page footer (第1页共3页) nor a date (2025年1月8日) glued to the last sentence.
        guard !"页日".unicodeScalars.contains(last) else { return nil }
        guard (tail ?? counted) >= tailScalars, commaInTail else { return nil }
        // The plan's closing part (三、保障措施) ended on a whole word: its 。 was left off, the
        // plan is all there. A preview's cut lands anywhere, and none of the real pages cut
        // there: they stop in the body or after 的, 和, a comma. One character after 的 is a word
        // cut after its first character too (…校工会将对参与活动的女 of 女职工): a plan's last
        // clause rarely closes on a one-character noun after 的.
        if last.properties.isIdeographic, !cannotEnd.contains(last), beforeLast != "的",
           underClosingHeading(document, before: lineStart) { return nil }
        // Asked last: the whole text is searched, and most plans' last paragraph ends before.
        guard usesFullStops(text) else { return nil }
        return shownStart..<block.range.upperBound
    }

    /// Characters that leave a clause open: particles, conjunctions, prepositions
    /// (加强积极分子的, 提高组织纪律性和, 推动和实现 ends on a word; 并与 does not).
    static let cannotEnd: Set<Unicode.Scalar> = Set("的地得和与及或并而对把将向从被让使之其以于为在".unicodeScalars)

    /// The longest line of a closing heading, number and blanks included ((五)加强组织领导,强化工作
    /// 保障 is sixteen).
    static let closingLineScalars = 20

    /// Words of the headings that open a plan's closing part.
    private static let closingWords = ["保障", "措施", "要求"]

    /// Whether a heading over the text at `offset` (the nearest one before it, or one of its
    /// ancestors) opens the plan's closing part: 保障措施, 组织保障, 工作要求.
    static func underClosingHeading(_ document: PlanDocument, before offset: Int) -> Bool {
        var depth = Int.max
        for heading in document.headings.reversed() where heading.range.lowerBound < offset && heading.depth < depth {
            depth = heading.depth
            // A heading alone on its line, not a numbered paragraph that says 要求 on its way
            // (1、按照上级要求，做好…).
            let line = document.text(document.lines.byteRange(ofLine: heading.line))
            if line.unicodeScalars.count <= closingLineScalars, closingWords.contains(where: { line.contains($0) }) { return true }
            if depth <= 1 { break }
        }
        return false
    }

    /// Whether the text ends any sentence with 。.
    private static func usesFullStops(_ text: [UInt8]) -> Bool {
        UTF8Search.contains(text[...], fullStop)
    }

    private static let fullStop = Array("。".utf8)
}
