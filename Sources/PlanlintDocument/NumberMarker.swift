/// A heading number found in the text: its numbering and the bytes of the marker itself
/// (punctuation included), plus the words of a part heading written around its marker.
struct NumberMarker: Equatable {
    var numbering: Numbering
    var range: Range<Int>
    /// For 局工会工作计划 篇一: the words before the marker.
    var titleRange: Range<Int>? = nil
}
