/// Numerals that name or rank something rather than count it, so that they must not pass
/// for the `number` signal: an ordinal (第三届运动会, 第25个教师节, 第一次会议), a term of
/// office and its session (十八届三中全会, 二届四次教代会, 新一届委员会), an anniversary
/// (建党100周年), the numeral that opens a quoted slogan (“三个一”活动, “1+1+2+N”服务体系,
/// “365”工程), and 一次 as an adverb (再一次, 一次性). Audit of the real pages: each of
/// these made a slogan-only mention look concrete ("贯彻十八届三中全会精神，开展劳动竞赛").
/// Counts stay counts: 举办三次, 评选10名, 开展“三个一”活动每季度一次 (the cadence counts).
/// `SignalScanner.hasNumber` asks these with the numeral's place; they look only at its
/// neighbours, so they cost nothing on text without figures.
enum NumeralNames {
    /// Whether the numeral at `numeral` (Chinese or Arabic, the whole run), followed by
    /// the scalar at its end (a measure word, or what follows digits), names or ranks rather
    /// than counts.
    static func isName(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        isOrdinal(scalars, numeral: numeral) || isTermOfOffice(scalars, numeral: numeral)
            || isAnniversary(scalars, after: numeral.upperBound) || opensQuotedName(scalars, numeral: numeral)
            || isAdverbialOnce(scalars, numeral: numeral) || namesPrinciples(scalars, after: numeral.upperBound)
            || namesRegiment(scalars, numeral: numeral)
    }

    /// Two or more figures and 团: a regiment of the 兵团 by its number (221团葡萄采购, 农八师
    /// 121团), a unit's name and no count — no plan counts its delegations in figures so.
    /// Audit of the real pages: "关爱困难干部职工；221团葡萄采购等" passed for counted aid.
    private static func namesRegiment(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        numeral.count >= 2 && numeral.upperBound < scalars.count && scalars[numeral.upperBound] == "团"
            && ("0"..."9").contains(scalars[numeral.lowerBound])
    }

    /// N个 or N项 before a principle or a pledge (六个结合, 三个必访, 三个到位, 两个全覆盖,
    /// 四个聚焦, 三个确保): a slogan's list of principles, not things the plan counts.
    /// 三个班组, 五项活动 and 两个群体 count.
    private static func namesPrinciples(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < scalars.count, scalars[end] == "个" || scalars[end] == "项" else { return false }
        let rest = scalars[(end + 1)...]
        return principleWords.contains { rest.starts(with: $0) }
    }

    private static let principleWords: [[Unicode.Scalar]] = [
        "结合", "必访", "到位", "全覆盖", "坚持", "确保", "聚焦", "突出", "服从", "面向", "走在",
    ].map { Array($0.unicodeScalars) }

    /// 第 before the numeral ranks it: 第三届, 第一次会议, 第二篇, 第25个. Not a week or a day
    /// of a school's timetable (第三周, 第1周, 第2天), which dates what is on it.
    private static func isOrdinal(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        guard numeral.lowerBound > 0, scalars[numeral.lowerBound - 1] == "第" else { return false }
        guard numeral.upperBound < scalars.count else { return true }
        let next = scalars[numeral.upperBound]
        return next != "周" && next != "天"
    }

    /// 届 after a numeral is a term of office (十八届, 新一届, 二届), and the numeral right
    /// after 届 its session (十四届七次全委会议, 二届四次教代会): neither counts the work.
    /// A congress rule that wants the session says so with its own vocabulary.
    private static func isTermOfOffice(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        if numeral.upperBound < scalars.count, scalars[numeral.upperBound] == "届" { return true }
        return numeral.lowerBound > 0 && scalars[numeral.lowerBound - 1] == "届"
    }

    /// 周年 after the numeral: an anniversary (建党100周年, 成立七十五周年), the occasion of an
    /// activity and no figure of it.
    private static func isAnniversary(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        end + 1 < scalars.count && scalars[end] == "周" && scalars[end + 1] == "年"
    }

    /// A numeral inside a short quoted name that opens with a numeral, the quote closing
    /// within a few characters: a slogan or a brand (“三个一”, “四项职权”, “1+1+2+N”,
    /// “365”工程), not a count. A quoted phrase that runs on (“组织三次讲座，每次……”) or opens
    /// with a word (“读书月”3次) is left as it is.
    private static func opensQuotedName(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        var opening = numeral.lowerBound - 1
        while opening >= 0, numeral.lowerBound - opening <= maximumNameLength {
            let scalar = scalars[opening]
            if isOpeningQuote(scalar) { break }
            if isClosingQuote(scalar) || isClauseEnd(scalar) { return false }
            opening -= 1
        }
        guard opening >= 0, isOpeningQuote(scalars[opening]), opening + 1 < scalars.count,
            SignalScanner.isNumeral(scalars[opening + 1])
        else { return false }
        var index = numeral.upperBound
        let limit = min(scalars.count, opening + 1 + maximumNameLength)
        while index < limit {
            let scalar = scalars[index]
            if isClosingQuote(scalar) { return true }
            if isClauseEnd(scalar) { return false }
            index += 1
        }
        return false
    }

    /// A slogan's name in quotes runs to eight characters or so (“三个一”, “1+1+2+N”).
    private static let maximumNameLength = 9

    /// 一次 as an adverb: 再一次 (once more), 又一次, and 一次性 (all at once, one-off).
    private static func isAdverbialOnce(_ scalars: [Unicode.Scalar], numeral: Range<Int>) -> Bool {
        guard numeral.count == 1, scalars[numeral.lowerBound] == "一", numeral.upperBound < scalars.count,
            scalars[numeral.upperBound] == "次"
        else { return false }
        if numeral.lowerBound > 0, scalars[numeral.lowerBound - 1] == "再" || scalars[numeral.lowerBound - 1] == "又" {
            return true
        }
        return numeral.upperBound + 1 < scalars.count && scalars[numeral.upperBound + 1] == "性"
    }

    /// ASCII " counts as opening here: the closing quote must follow within the name anyway.
    private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "「", "『", "〝", "‘", "\"": true
        default: false
        }
    }

    private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "」", "』", "〞", "〟", "’", "\"": true
        default: false
        }
    }

    private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "。", "；", ";", "、", "：", ":", "\n", "\r": true
        default: false
        }
    }
}
