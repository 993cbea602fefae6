/// Where a mention's evidence may stand inside a block far longer than any paragraph a person
/// writes: a web page flattened into one line, or into a few, with no line breaks and often
/// no 。 either. There a `paragraph` (or a comma-only `sentence`) is the whole plan, and a
/// date anywhere in it would date every mention. The scope is narrowed, in order:
///
/// 1. to the **item** the mention sits in: the scope cut at the item markers the segmenter
///    left inside the block (1、 一、 (一) (1) after a comma, ① ⑴ …, 一是 二是), as each item of
///    an ordinary plan is a paragraph of its own; an item no longer than a paragraph
///    (`longScalars`) is the scope;
/// 2. in a longer item, to a paragraph-sized **window of whole sentences** (`windowScalars`)
///    around the mention's: the sentences after it first, where an item gives the details
///    of what it names (召开教代会。时间定于三月), then those before;
/// 3. when the mention's sentence alone is longer than the window (a sentence run on with
///    commas only), to a window of its whole **clauses** (cut at , 、 ; : and spaces), the
///    same way.
///
/// A scope of at most `longScalars` characters, every paragraph of an ordinary plan but a
/// rare few, is left as it is.
public struct ScopeWindow: Sendable {
    /// Above this many characters a block or sentence is text run together, not a paragraph:
    /// of the lines of real plans that keep their line breaks, about one in a hundred is longer.
    public static let longScalars = 300
    /// A window holds at most this many characters: a paragraph of a few sentences, as most
    /// paragraphs of ordinary plans are (the mention's sentence and the next were measured to
    /// share their evidence on real pages, the whole of a 300-character run far less often).
    public static let windowScalars = 150

    /// The block the window is cut from.
    public let block: Range<Int>
    /// Where the items inside the block start, in order (not the block's own start).
    let itemStarts: [Int]
    /// The block's sentences, in order.
    let sentences: [Range<Int>]
    /// Where the block's clauses end, in order: after each , 、 ; : 。 ! ? and space.
    let clauseEnds: [Int]

    init(block: Range<Int>, itemStarts: [Int], sentences: [Range<Int>], clauseEnds: [Int]) {
        self.block = block
        self.itemStarts = itemStarts
        self.sentences = sentences
        self.clauseEnds = clauseEnds
    }

    /// Whether `scope` is long enough to be bounded. Most scopes are answered by their byte
    /// count alone (no scalar has fewer bytes than one).
    static func isLong(_ scope: Range<Int>, in text: ScalarScanner) -> Bool {
        text.hasScalars(atLeast: longScalars + 1, in: scope)
    }

    /// `scope` (inside `block`) bounded around `offset`: unchanged when it is no longer than a
    /// paragraph, otherwise the item, the sentence or the clauses around the offset.
    /// `titling`: the offset lies in a heading that titles the text after it on its line
    /// (3、召开第五届职代会。会议定于3月中旬…), whose later sentences give its details: they
    /// are taken on, whole, up to a paragraph's length.
    func bounded(_ scope: Range<Int>, around offset: Int, titling: Bool = false, text: ScalarScanner) -> Range<Int> {
        guard Self.isLong(scope, in: text) else { return scope }
        let item = text.trimmed(self.item(around: offset, within: scope))
        guard Self.isLong(item, in: text) else { return item }
        // The item's sentences, found by binary search: a page of one line may hold tens of
        // thousands, and every mention in it asks.
        let first = Self.firstIndex(in: sentences) { $0.upperBound > item.lowerBound }
        let end = Self.firstIndex(in: sentences) { $0.lowerBound >= item.upperBound }
        let inItem = sentences[first..<max(first, end)].lazy.map { $0.clamped(to: item) }
        let at = Self.firstIndex(in: inItem) { $0.upperBound > offset }
        guard at < inItem.endIndex else { return item }
        let sentence = inItem[at]
        // A heading's details follow it: only the sentences after it, up to a paragraph.
        let window = titling
            ? Self.grow(inItem, around: offset, limit: Self.longScalars, forwardOnly: true, text: text)
            : Self.grow(inItem, around: offset, limit: Self.windowScalars, text: text)
        if let window { return window }
        // A sentence run on with commas only: the clauses around the mention.
        let firstEnd = Self.firstIndex(in: clauseEnds) { $0 > sentence.lowerBound }
        let lastEnd = max(firstEnd, Self.firstIndex(in: clauseEnds) { $0 >= sentence.upperBound })
        // Clause k runs from the end before it (or the sentence's start) to its own end (or
        // the sentence's).
        let bounds = BoundedCuts(cuts: clauseEnds, first: firstEnd, end: lastEnd, within: sentence)
        let clauses = (0..<(lastEnd - firstEnd + 1)).lazy.map { bounds.clause($0) }
        if let window = Self.grow(clauses, around: offset, limit: Self.windowScalars, text: text) { return text.trimmed(window) }
        // Not a clause mark for a window's length (a page with no punctuation at all): the
        // characters around the mention, as many as the window holds of Chinese.
        let reach = 3 * Self.windowScalars / 2
        var lower = max(sentence.lowerBound, offset - reach)
        while lower > sentence.lowerBound, text.bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        var upper = min(sentence.upperBound, offset + reach)
        while upper < sentence.upperBound, text.bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return lower..<upper
    }

    /// The first index of sorted `elements` for which `isPast` holds (it holds for every
    /// later one too), or the end index: a binary search.
    private static func firstIndex<Elements: RandomAccessCollection>(
        in elements: Elements, where isPast: (Elements.Element) -> Bool
    ) -> Int where Elements.Index == Int {
        var low = elements.startIndex
        var high = elements.endIndex
        while low < high {
            let mid = (low + high) / 2
            if isPast(elements[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The stretch of `scope` between the item markers on either side of `offset`.
    private func item(around offset: Int, within scope: Range<Int>) -> Range<Int> {
        var low = 0
        var high = itemStarts.count
        while low < high {
            let mid = (low + high) / 2
            if itemStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        let lower = low > 0 ? max(scope.lowerBound, itemStarts[low - 1]) : scope.lowerBound
        let upper = low < itemStarts.count ? min(scope.upperBound, itemStarts[low]) : scope.upperBound
        return lower < upper ? lower..<upper : scope
    }

    /// The unit holding `offset` (or the first after it) with as many whole neighbours, one
    /// after then one before in turn (or only after), as keep the window within `limit`
    /// characters; a side stops at its first unit that does not fit. Nil when the mention's
    /// unit alone is longer. Units are sorted and disjoint; only those looked at are counted.
    static func grow<Units: RandomAccessCollection>(
        _ units: Units, around offset: Int, limit: Int, forwardOnly: Bool = false, text: ScalarScanner
    ) -> Range<Int>? where Units.Element == Range<Int>, Units.Index == Int {
        guard !units.isEmpty else { return nil }
        let index = min(firstIndex(in: units) { $0.upperBound > offset }, units.endIndex - 1)
        // A unit of more bytes than four to each character of the limit is too long uncounted
        // (unless fillers, which count nothing, take some of them).
        func length(_ unit: Range<Int>) -> Int {
            if unit.count > 4 * limit, !text.holdsFillers { return limit + 1 }
            return text.characters(in: unit)
        }
        var total = length(units[index])
        guard total <= limit else { return nil }
        var first = index
        var last = index
        var forward = true
        var backward = !forwardOnly
        while forward || backward {
            if forward {
                if last + 1 < units.endIndex, case let next = length(units[last + 1]), total + next <= limit {
                    last += 1
                    total += next
                } else {
                    forward = false
                }
            }
            if backward {
                if first > units.startIndex, case let previous = length(units[first - 1]), total + previous <= limit {
                    first -= 1
                    total += previous
                } else {
                    backward = false
                }
            }
        }
        return units[first].lowerBound..<units[last].upperBound
    }
}

/// The clauses of a sentence, as the ends of the block's clauses inside it cut it.
private struct BoundedCuts {
    let cuts: [Int]
    /// The first and past-the-last index of `cuts` inside the sentence.
    let first: Int
    let end: Int
    let within: Range<Int>

    func clause(_ index: Int) -> Range<Int> {
        let lower = index == 0 ? within.lowerBound : cuts[first + index - 1]
        let upper = first + index < end ? cuts[first + index] : within.upperBound
        return lower..<upper
    }
}
