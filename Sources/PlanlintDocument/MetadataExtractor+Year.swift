/// The year a plan is for: read from its title (2023年, 2023 年, 二〇二三年, 2023社区…) or,
/// failing that, the year its body names most.
extension MetadataExtractor {
    /// `.some(year)` for 2023年 (also 2023 年, a space before 年 as PDFs and typists leave it),
    /// 二〇二三年 or a Minguo year (114年度, `minguoYear`), `.some(nil)` for a placeholder 20xx/20__, nil when the text names no year.
    static func year(in title: String) -> Int?? {
        let scalars = Array(title.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "民" || scalar == "1", let year = minguoYear(in: scalars, at: index) { return .some(year) }
            if scalar == "2", index + 3 < scalars.count, scalars[index + 1] == "0" {
                let tail = scalars[(index + 2)...].prefix(3)
                let digits = tail.prefix(2)
                if digits.count == 2, digits.allSatisfy({ $0.properties.numericType != nil && $0.isASCII }),
                    tail.count == 3
                        && (tail.last == "年" || tail.last == "度" || Self.nianAfterSpace(scalars, at: index + 4)
                            || Self.yearWithoutNian(scalars, at: index))
                        || Self.yearEndingTitle(scalars, at: index)
                {
                    return .some(Int(String(scalars: scalars[index..<index + 4])))
                }
                if let third = tail.first, third == "x" || third == "X" || third == "_" || third == "X" {
                    return .some(nil)
                }
            }
            if scalar == "二", index + 4 < scalars.count, scalars[index + 1] == "〇" || scalars[index + 1] == "零" {
                let digits = scalars[index..<index + 4].compactMap { ChineseNumeral.value(of: $0.value) }
                if digits.count == 4, digits.allSatisfy({ $0 < 10 }),
                    scalars[index + 4] == "年" || Self.nianAfterSpace(scalars, at: index + 4)
                {
                    return .some(2000 + digits[2] * 10 + digits[3])
                }
            }
        }
        return nil
    }

    /// The year of a title that reports on one year and plans the next (2023年工作总结及2024年
    /// 工作计划): the plan's, named after the report; otherwise the
    /// title's first (`year(in:)`).
    static func planYear(in title: String) -> Int?? {
        let scalars = Array(title.unicodeScalars)
        for word in ["总结", "汇报", "述职"] {
            let needle = Array(word.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            guard let at = (0...(scalars.count - needle.count)).last(where: { scalars[$0..<$0 + needle.count].elementsEqual(needle) })
            else { continue }
            let rest = String(scalars: scalars[(at + needle.count)...])
            guard namesPlan(rest), case .some(.some(let planned)) = year(in: rest) else { break }
            return .some(planned)
        }
        return year(in: title)
    }

    /// Whether `index` holds one or two spaces (ASCII, ideographic or no-break) and then 年.
    static func nianAfterSpace(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var index = index
        var spaces = 0
        while index < scalars.count, spaces < 2, Self.isYearSpace(scalars[index]) {
            index += 1
            spaces += 1
        }
        return spaces > 0 && index < scalars.count && scalars[index] == "年"
    }

    /// A space a year may stand apart by: ASCII, ideographic or no-break.
    static func isYearSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// A title's year written without 年 (2024社区工会工作计划, 幼儿园工会2023工作计划, 2022学校
    /// 工会工作计划): four figures at `index` that no figure or range mark (2023-2024, 2023至)
    /// precedes, followed by an ideograph that opens no school year or term (2024学年 and
    /// 2024学期 are left to the body).
    static func yearWithoutNian(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 4 < scalars.count else { return false }
        if index > 0 {
            let before = scalars[index - 1]
            if before.properties.numericType != nil || "-—–~～至到".unicodeScalars.contains(before) { return false }
        }
        let next = scalars[index + 4]
        guard next.properties.isIdeographic else { return false }
        guard next == "学" else { return true }
        return index + 5 < scalars.count && scalars[index + 5] != "年" && scalars[index + 5] != "期"
    }

    /// A year written last in a title, after its words (乡镇工会工作总结2025, 工会工作计划2026):
    /// fan-text sites append it so, and may add their count of versions after it in brackets
    /// (工会下半年工作计划2022(通用5篇)). Four figures at `index` that end the title, or that
    /// only a bracketed note follows to its end, and that follow an ideograph, so neither a
    /// count (共2025) nor a range (2024-2025) is read as one.
    static func yearEndingTitle(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, index + 4 <= scalars.count else { return false }
        if index + 4 < scalars.count {
            guard "(【[".unicodeScalars.contains(scalars[index + 4]), let last = scalars.last, ")】]".unicodeScalars.contains(last)
            else { return false }
        }
        let before = scalars[index - 1]
        return before.properties.isIdeographic && !"共计约余第".unicodeScalars.contains(before)
    }

    /// The year most often written as 20NN年 (or 20NN 年, one space between) in the text (ties
    /// to the later year), less the years of targets (`isTarget`); failing any, the Minguo
    /// year it names most.
    func bodyYear() -> Int? {
        var counts: [Int: Int] = [:]
        let bytes = text.bytes
        let nian: [UInt8] = Array("年".utf8)
        let ideographicSpace: [UInt8] = Array("\u{3000}".utf8)
        var index = 0
        while index + 6 < bytes.count {
            if bytes[index] == 0x32, bytes[index + 1] == 0x30, (0x30...0x39).contains(bytes[index + 2]),
                (0x30...0x39).contains(bytes[index + 3]), index == 0 || !(0x30...0x39).contains(bytes[index - 1])
            {
                var after = index + 4
                if after < bytes.count, bytes[after] == 0x20 {
                    after += 1
                } else if text.matches(ideographicSpace, at: after, end: bytes.count) {
                    after += ideographicSpace.count
                }
                guard text.matches(nian, at: after, end: bytes.count) else {
                    index += 1
                    continue
                }
                let year = 2000 + Int(bytes[index + 2] - 0x30) * 10 + Int(bytes[index + 3] - 0x30)
                if !isTarget(before: index, after: after + nian.count) { counts[year, default: 0] += 1 }
                index += 7
                continue
            }
            index += 1
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? bodyMinguoYear()
    }

    /// Whether the year whose figures start at `start`, and whose 年 ends at `end`, is a
    /// target's: 到2025年, 至2035年 or 2025年前 (by then; not 2025年前三季度), as a plan quotes a policy's goal
    /// (到2025年要实现…) for years it does not plan. A bank union's scheme naming no year
    /// of its own was read as 2025's on one such quotation.
    private func isTarget(before start: Int, after end: Int) -> Bool {
        let bytes = text.bytes
        for word in Self.targetMarks where start >= word.count && text.matches(word, at: start - word.count, end: start) {
            return true
        }
        // 2025年前三季度 (the first three quarters of 2025) is that year's.
        guard text.matches(Self.beforeMark, at: end, end: bytes.count) else { return false }
        let next = end + Self.beforeMark.count
        guard next < bytes.count else { return true }
        let value = text.scalar(at: next).0
        return ChineseNumeral.value(of: value) == nil && !(0x30...0x39).contains(value)
    }

    private static let targetMarks: [[UInt8]] = ["到", "至"].map { Array($0.utf8) }
    private static let beforeMark = Array("前".utf8)
}
