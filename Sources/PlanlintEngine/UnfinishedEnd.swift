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
        // The paragraph's scalars (pinyin fillers left out): offset and value.
        var scalars: [(offset: Int, value: Unicode.Scalar)] = []
        var offset = document.blocks[first].range.lowerBound
        while offset < block.range.upperBound {
            let (value, length) = text.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: offset) }
            let scalar = Unicode.Scalar(value) ?? " "
            if text[offset] != PinyinAnnotations.filler, !scalar.properties.isWhitespace { scalars.append((offset, scalar)) }
            offset += length
        }
        guard scalars.count >= paragraphScalars, let last = scalars.last else { return nil }
        guard last.value.properties.isIdeographic || last.value == "," || last.value == "、" else { return nil }
        // Not a page footer (第1页共3页) nor a date (2025年1月8日) glued to the last sentence.
        guard !"页日".unicodeScalars.contains(last.value) else { return nil }
        let tailStart = (scalars.lastIndex { "。!?;！？；".unicodeScalars.contains($0.value) }).map { $0 + 1 } ?? 0
        let tail = scalars[tailStart...]
        guard tail.count >= tailScalars, tail.dropLast().contains(where: { $0.value == "," }) else { return nil }
        // Asked last: the whole text is searched, and most plans' last paragraph ends before.
        guard usesFullStops(text) else { return nil }
        let shown = tail.suffix(shownScalars)
        return shown.first!.offset..<block.range.upperBound
    }

    /// Whether the text ends any sentence with 。.
    private static func usesFullStops(_ text: [UInt8]) -> Bool {
        UTF8Search.contains(text[...], fullStop)
    }

    private static let fullStop = Array("。".utf8)
}
