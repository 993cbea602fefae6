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

    init(block: Range<Int>, itemStarts: [Int], sentences: [Range<Int>]) {
        self.block = block
        self.itemStarts = itemStarts
        self.sentences = sentences
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
        let inItem = sentences.filter { $0.overlaps(item) }.map { $0.clamped(to: item) }
        guard let index = inItem.firstIndex(where: { $0.upperBound > offset }) else { return item }
        // A heading's details follow it: only the sentences after it, up to a paragraph.
        let window = titling
            ? Self.grow(Array(inItem[index...]), around: offset, limit: Self.longScalars, forwardOnly: true, text: text)
            : Self.grow(inItem, around: offset, limit: Self.windowScalars, text: text)
        if let window { return window }
        // A sentence run on with commas only: the clauses around the mention.
        let clauses = Self.clauses(of: inItem[index], text: text)
        return Self.grow(clauses, around: offset, limit: Self.windowScalars, text: text)
            ?? clauses.first { $0.upperBound > offset } ?? inItem[index]
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
    /// characters. Nil when that unit alone is longer.
    static func grow(
        _ units: [Range<Int>], around offset: Int, limit: Int, forwardOnly: Bool = false, text: ScalarScanner
    ) -> Range<Int>? {
        guard let index = units.firstIndex(where: { $0.upperBound > offset }) ?? units.indices.last else { return nil }
        let lengths = units.map { unit in text.bytes[unit].withUnsafeBytes { UTF8Count.scalars(in: $0) } }
        var total = lengths[index]
        guard total <= limit else { return nil }
        var first = index
        var last = index
        var grew = true
        while grew {
            grew = false
            if last + 1 < units.count, total + lengths[last + 1] <= limit {
                last += 1
                total += lengths[last]
                grew = true
            }
            if !forwardOnly, first > 0, total + lengths[first - 1] <= limit {
                first -= 1
                total += lengths[first]
                grew = true
            }
        }
        return units[first].lowerBound..<units[last].upperBound
    }

    /// The clauses of a sentence: cut after , 、 ; : and the sentence ends, and at spaces.
    static func clauses(of sentence: Range<Int>, text: ScalarScanner) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        var index = start
        while index < sentence.upperBound {
            let (scalar, next) = text.scalar(at: index)
            let isSpace = scalar < 0x80 && ScalarScanner.isSpace(UInt8(scalar))
            if isSpace || scalar == 0x2C || scalar == Mark.ideographicComma || scalar == 0x3A || Mark.endsSentence(scalar) {
                let clause = text.trimmed(start..<(isSpace ? index : next))
                if !clause.isEmpty { clauses.append(clause) }
                start = next
            }
            index = next
        }
        let last = text.trimmed(start..<sentence.upperBound)
        if !last.isEmpty { clauses.append(last) }
        return clauses
    }
}
