/// A download site's title over a collection of plans (机关工会工作计划(汇总33篇), 社区工会工作计划
/// 范文(精选27篇), 工会工作计划 篇一): the site's category, not the plan's own title. Sites file
/// one unit's plan under another unit's collection (a company's plan under 机关工会, a town
/// union's under 社区工会), so the unit such a title names is weak evidence of the plan's
/// organisation: `MetadataExtractor.profile(title:)` counts its words as a few body words.
enum CollectionTitle {
    /// Words only a site's collection or sample page puts in a title (normalised: 精選 is 精选).
    static let words = ["汇总", "精选", "范文", "范本", "范例", "模板", "大全", "合集", "集锦", "锦集", "汇编", "荟萃"]

    /// Figures that count a collection's pieces (5篇, 十篇, 篇一, 篇8).
    private static let numerals: Set<Unicode.Scalar> = Set("0123456789一二三四五六七八九十两".unicodeScalars)

    /// Whether `title` (normalised) names a collection: one of `words`, or 篇 next to a figure.
    /// A piece's own title after its number (第1篇 xxxx年局工会工作总结) is no collection's: the
    /// site numbers the pieces, but each names its own unit.
    static func names(_ title: String) -> Bool {
        if words.contains(where: { UTF8Search.contains(title, $0) }) { return true }
        let scalars = Array(title.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar.value == Mark.pian {
            if index + 1 < scalars.count, numerals.contains(scalars[index + 1]) { return true }
            var start = index
            while start > 0, numerals.contains(scalars[start - 1]) { start -= 1 }
            if start < index, start == 0 || scalars[start - 1].value != Mark.di { return true }
        }
        return false
    }
}
