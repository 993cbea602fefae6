/// Years of the Minguo calendar (民國, year 1 = 1912), which offices in Taiwan date their
/// plans by: 114年度工會工作計畫 is the plan for 2025, 113學年度 a school year that opens in
/// 2024. Read only in the forms no other text takes: after 民国, or three figures before 年度
/// or 学年度 (the text is normalised to simplified script before it is read).
extension MetadataExtractor {
    /// Minguo year N is Gregorian year N + 1911.
    static let minguoOffset = 1911

    /// The Gregorian year of a Minguo year written at `index` of a title: 民国114年 (a space
    /// allowed on either side of the figures), 114年度, 113学年度.
    static func minguoYear(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var at = index
        let afterEra = Self.skipping(Self.era, in: scalars, at: at)
        if let afterEra { at = Self.skippingSpaces(scalars, at: afterEra) }
        guard at == index || afterEra != nil, let (value, end) = Self.minguoFigures(scalars, at: at) else { return nil }
        let next = Self.skippingSpaces(scalars, at: end)
        if afterEra != nil, next < scalars.count, scalars[next] == "年" { return value + minguoOffset }
        for word in Self.yearTerms where Self.skipping(word, in: scalars, at: next) != nil {
            return value + minguoOffset
        }
        return nil
    }

    /// The year the body names most often in Minguo years (民国114年, 114年度, 113学年度, and
    /// dates such as 114年3月), for a text that names no year as 20NN年: a Taiwan office's
    /// plan with no year in its title.
    func bodyMinguoYear() -> Int? {
        var counts: [Int: Int] = [:]
        let scalars = Array(string(text.bytes.startIndex..<text.bytes.endIndex).unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let year = Self.minguoYear(in: scalars, at: index) ?? Self.minguoDate(in: scalars, at: index) {
                counts[year, default: 0] += 1
            }
            index += 1
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    /// 114年3月: three figures (100–150), 年, then a month's figures and 月.
    private static func minguoDate(in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard let (value, end) = minguoFigures(scalars, at: index), end < scalars.count, scalars[end] == "年" else { return nil }
        var at = end + 1
        let monthStart = at
        while at < scalars.count, at - monthStart < 2, ("0"..."9").contains(scalars[at]) { at += 1 }
        guard at > monthStart, at < scalars.count, scalars[at] == "月" else { return nil }
        return value + minguoOffset
    }

    /// Three ASCII figures from 100 to 150 at `index`, no figure before or after them.
    private static func minguoFigures(_ scalars: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        guard index + 3 <= scalars.count, index == 0 || !("0"..."9").contains(scalars[index - 1]) else { return nil }
        var value = 0
        for offset in 0..<3 {
            let scalar = scalars[index + offset]
            guard ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        guard (100...150).contains(value), index + 3 == scalars.count || !("0"..."9").contains(scalars[index + 3]) else {
            return nil
        }
        return (value, index + 3)
    }

    /// The index after `word` if the scalars at `index` spell it.
    private static func skipping(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + word.count <= scalars.count, scalars[index..<index + word.count].elementsEqual(word) else { return nil }
        return index + word.count
    }

    private static func skippingSpaces(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        var index = index
        while index < scalars.count, isYearSpace(scalars[index]) { index += 1 }
        return index
    }

    private static let era = Array("民国".unicodeScalars)
    private static let yearTerms = ["年度", "学年度"].map { Array($0.unicodeScalars) }
}
