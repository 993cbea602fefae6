extension PlanDocument {
    /// Whether `scope` is longer than any paragraph a person writes (`ScopeWindow.longScalars`),
    /// so that a mention's evidence is looked for in a window of it. Ordinary paragraphs are
    /// answered from their byte count.
    public func isLongScope(_ scope: Range<Int>) -> Bool {
        ScopeWindow.isLong(scope, in: ScalarScanner(bytes: normalized, holdsFillers: holdsFillers))
    }

    /// The items, sentences and clauses of the block at `index`, for `bounded(_:around:in:)`.
    /// `sentences`: the block's sentences, which callers keep already. Made only for a long
    /// block a mention stands in; its walk is over that block alone.
    public func scopeWindow(ofBlock index: Int, sentences: [Range<Int>]) -> ScopeWindow {
        let block = blocks[index].range
        let text = ScalarScanner(bytes: normalized, holdsFillers: holdsFillers)
        var (starts, clauseEnds) = Self.itemStartsAndClauseEnds(in: block, text: text)
        // 一是 二是 … of the block start items too.
        var low = 0
        var high = enumerations.count
        while low < high {
            let mid = (low + high) / 2
            if enumerations[mid].range.lowerBound < block.lowerBound { low = mid + 1 } else { high = mid }
        }
        var fromEnumerations: [Int] = []
        while low < enumerations.count, enumerations[low].range.lowerBound < block.upperBound {
            if enumerations[low].range.lowerBound > block.lowerBound { fromEnumerations.append(enumerations[low].range.lowerBound) }
            low += 1
        }
        if !fromEnumerations.isEmpty { starts = (starts + fromEnumerations).sorted() }
        return ScopeWindow(block: block, itemStarts: starts, sentences: sentences, clauseEnds: clauseEnds)
    }

    /// `scope` bounded around `offset` by `window` (see `ScopeWindow`): unchanged unless it
    /// is long and lies inside the window's block. `titling`: the offset is in a heading
    /// that titles the text after it on its line, which is taken on from it.
    public func bounded(_ scope: Range<Int>, around offset: Int, titling: Bool = false, in window: ScopeWindow) -> Range<Int> {
        guard window.block.lowerBound <= scope.lowerBound, scope.upperBound <= window.block.upperBound else { return scope }
        return window.bounded(scope, around: offset, titling: titling, text: ScalarScanner(bytes: normalized, holdsFillers: holdsFillers))
    }

    /// Where the item markers inside a block start that its segmenter left there: 1、 一、 (一)
    /// (1) after a comma, a sentence end, a colon or a space (the segmenter cuts only after
    /// the last three, and not within a heading's paragraph of its own run), and circled
    /// numbers ① … ⑳ ⑴ … ⒇ anywhere; not the block's own marker. And where its clauses end,
    /// after each , 、 ; : 。 ! ? and space: found in the same walk, once per block, for
    /// the mentions in sentences run on with commas.
    static func itemStartsAndClauseEnds(in block: Range<Int>, text: ScalarScanner) -> (starts: [Int], clauseEnds: [Int]) {
        var starts: [Int] = []
        var clauseEnds: [Int] = []
        var index = block.lowerBound
        var afterBoundary = false
        while index < block.upperBound {
            // An ideograph after no boundary starts no marker: skipped, a run at a time.
            if !afterBoundary {
                let runEnd = text.ideographRunEnd(from: index, end: block.upperBound)
                if runEnd != index {
                    index = runEnd
                    continue
                }
            }
            let (scalar, next) = text.scalar(at: index)
            if index > block.lowerBound {
                if (0x2460...0x2487).contains(scalar) {
                    starts.append(index)
                } else if afterBoundary, scalar >= 0x80 || !ScalarScanner.isSpace(UInt8(scalar)),
                    let marker = NumberingScanner.inlineMarker(text, at: index, end: block.upperBound, partPossible: false),
                    marker.numbering.style != .part
                {
                    starts.append(index)
                    index = marker.range.upperBound
                    afterBoundary = false
                    continue
                }
            }
            if scalar == 0x2C || Mark.isBreak(scalar) || (scalar < 0x80 && ScalarScanner.isSpace(UInt8(scalar))) {
                afterBoundary = true
                clauseEnds.append(next)
            } else if scalar == Mark.ideographicComma {
                afterBoundary = false
                clauseEnds.append(next)
            } else if !(afterBoundary && Mark.isCloser(scalar)) {
                afterBoundary = false
            }
            index = next
        }
        return (starts, clauseEnds)
    }
}
