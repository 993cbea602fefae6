/// A numbered list announced by the line before it: 具体工作安排如下： followed by 1、… 8、.
///
/// The outline nests headings by the order their numbering styles first appear, so items
/// numbered in a style the plan used earlier come out as siblings of what introduces them
/// (a plan that lists 1、…8、 aims, then 具体工作安排如下： and 1、…8、 tasks). Read as the
/// outline has them, the intro's section ends at its first item. The list records how far
/// the intro really reaches: over every item and what is nested in them.
public struct IntroducedList: Sendable, Equatable {
    /// The block that announces the list, a heading's or a paragraph's.
    public var intro: Range<Int>
    /// The section node whose body the list is: the intro's own heading, or the heading whose
    /// body is nothing but the intro (三、主要工作 / 今年重点做好以下工作：). Nil for an intro
    /// standing inside a longer section, which only a paragraph-led section can use.
    public var owner: Int?
    /// From the first item's start to where the list ends: the next heading, at the intro's
    /// level or the items' or higher, that is not the list's next item; or the end of the text.
    public var items: Range<Int>

    public init(intro: Range<Int>, owner: Int?, items: Range<Int>) {
        self.intro = intro
        self.owner = owner
        self.items = items
    }
}
