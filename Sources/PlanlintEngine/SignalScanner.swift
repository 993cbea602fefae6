import PlanlintDocument
import PlanlintRules

/// Finds the figures that make a mention concrete — numbers, amounts, months and dates —
/// by scanning Unicode scalars; the literal signal words come from the automaton instead.
/// The scalars come decoded straight from the document's bytes (`scalars(of:)`): making a
/// `String` of each scope and copying its scalars out again was a fiftieth of a run.
enum SignalScanner {
    // Membership by `switch` rather than `Set<Unicode.Scalar>`: these run on every scalar of
    // every mention's sentence, and hashing each scalar was most of their cost.
    static func isChineseDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千", "半": true
        default: false
        }
    }

    /// An Arabic or a Chinese digit: what a numeral opens with.
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isChineseDigit(scalar)
    }

    static func isMeasureWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "次", "个", "项", "名", "人", "场", "期", "批", "家", "届", "户", "位", "元", "万", "%", "％", "天", "周", "所", "支", "篇", "份",
            // Cases and proposals (法律援助五十件, 提案二十件), books (五百册, 台账十二本), rooms,
            // machines and sites (休息室三间, 跑步机两台, 服务站点五处).
            "件", "册", "本", "间", "台", "处":
            true
        default: false
        }
    }

    /// Hours of training or of time (四十学时, 八课时, 两小时): 学, 课 or 小 with 时 after it,
    /// not 三小 (a school's short name) or 五学年.
    private static func isHours(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, scalars[index + 1] == "时" else { return false }
        return scalars[index] == "学" || scalars[index] == "课" || scalars[index] == "小"
    }

    static func isMoneyUnit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "元" || scalar == "万" || scalar == "千" || scalar == "亿"
    }

    /// The scalars of valid UTF-8 `bytes`, without the fillers that hide pasted pinyin or the
    /// spaces splitting a PDF's words (`PinyinAnnotations`, `SplitWordSpaces`): 九月份 is a
    /// month however it was parted.
    /// Written through a buffer of the byte count (no scalar has fewer bytes than one):
    /// appending checked the array's capacity and uniqueness for every character.
    static func scalars(of bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        // Capacity 0 would write into the shared empty-array storage: see `FindingBuilder.Values`.
        guard !bytes.isEmpty else { return [] }
        return bytes.withUnsafeBufferPointer { source in
            [Unicode.Scalar](unsafeUninitializedCapacity: source.count) { target, written in
                var index = 0
                var count = 0
                while index < source.count {
                    let lead = source[index]
                    // Three-byte characters, most of a plan, without the general loop.
                    if lead & 0xF0 == 0xE0, index + 2 < source.count {
                        let value = UInt32(lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6 | UInt32(source[index + 2] & 0x3F)
                        target.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                        count += 1
                        index += 3
                        continue
                    }
                    if lead == PinyinAnnotations.filler {
                        index += 1
                        continue
                    }
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    var value = length == 1 ? UInt32(lead) : UInt32(lead & (0x7F >> length))
                    var next = index + 1
                    while next < min(index + length, source.count) {
                        value = value << 6 | UInt32(source[next] & 0x3F)
                        next += 1
                    }
                    target.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    count += 1
                    index += length
                }
                written = count
            }
        }
    }

    static func has(_ signal: Signal, in text: [Unicode.Scalar]) -> Bool {
        switch signal {
        case .number: hasNumber(text)
        case .amount: hasAmount(text)
        case .time: hasTimeFigure(text)
        case .owner: false
        }
    }

    /// 一 before these is the article, not a count: 营造一个良好氛围, 作为一项重要工作,
    /// 建设一支过硬队伍, 送上一份温暖, 建成一批职工书屋, 当作一件大事来抓, 读一本好书.
    /// 一次, 一场, 一名, 一位 still count.
    private static func isArticleMeasureWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "个", "项", "批", "支", "份", "件", "本", "间", "台", "处": true
        default: false
        }
    }

    /// Whether 个 at `index` measures time (一个月内, 一个季度, 一个星期, 一个工作日): a
    /// duration the plan sets, not the article.
    private static func countsTime(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        guard scalars[index] == "个" else { return false }
        let rest = scalars[(index + 1)...]
        // Whole words: 一个学生 is one pupil, 一个学期 a term.
        return timeUnits.contains { rest.starts(with: $0) }
    }

    private static let timeUnits: [[Unicode.Scalar]] = ["月", "季度", "星期", "周", "工作日", "小时", "学期", "学年"].map { Array($0.unicodeScalars) }

    /// An Arabic figure, or a Chinese numeral followed by a measure word (三次, 两场), also
    /// with 余 or 多 between them (二十余户, 十多次), or a fraction or percentage written out
    /// (三分之一, 百分之九十五). List numbers (1、 2. (3)) and years (2025年) are not figures:
    /// "1. 做好帮扶工作" is still a slogan, and so is "2025年，做好帮扶工作"; nor is 每一位,
    /// nor the article 一个, 一项 (a lone 一: 十一个 counts), nor a numeral that names or
    /// ranks (`NumeralNames`: 第三届, 十八届三中全会, 100周年, “三个一”, 再一次).
    /// `skippingQuiet`: ideographs nothing here reads are passed over in a tight loop (tests
    /// compare with reading each).
    static func hasNumber(_ scalars: [Unicode.Scalar], skippingQuiet: Bool = true) -> Bool {
        let quiet = QuietIdeographs.forNumbers
        var previousWasChineseDigit = false
        // Where the Chinese numeral before the current scalar starts.
        var numeralStart = 0
        var previousWasLoneOne = false
        // A Chinese numeral and then 余 or 多: the measure word may follow.
        var previousWasApproximate = false
        var index = 0
        while index < scalars.count {
            // Ideographs that no rule below reads leave no numeral pending: skipped in a tight
            // loop, they cost a table look-up each instead of the tests below.
            if skippingQuiet, quiet.holds(scalars[index]) {
                index = quiet.runEnd(in: scalars, from: index + 1)
                previousWasChineseDigit = false
                previousWasLoneOne = false
                previousWasApproximate = false
                continue
            }
            let scalar = scalars[index]
            if isDigit(scalar) {
                var end = index
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
                if isFigure(scalars, start: index, end: end) { return true }
                index = end
                previousWasChineseDigit = false
                previousWasApproximate = false
                continue
            }
            // Figures a download site masked (帮扶困难职工***户, ****万元): the plan counted
            // something; the masking is reported as a defect of its own (hygiene.masked-word).
            if scalar == "*" {
                var end = index
                while end < scalars.count, scalars[end] == "*" { end += 1 }
                if end < scalars.count, isMeasureWord(scalars[end]) { return true }
                index = end
                previousWasChineseDigit = false
                previousWasApproximate = false
                continue
            }
            let isArticle = previousWasLoneOne && isArticleMeasureWord(scalar) && !countsTime(scalars, after: index)
            // 人 of 人民 counts no one: 第二人民医院 names a hospital (under a hospital
            // union's signature, it made a slogan part above it look concrete).
            let isPeople = scalar == "人" && index + 1 < scalars.count && scalars[index + 1] == "民"
            if (previousWasChineseDigit && !isArticle || previousWasApproximate) && (isMeasureWord(scalar) || isHours(scalars, at: index))
                && !isPeople,
                previousWasApproximate || !NumeralNames.isName(scalars, numeral: numeralStart..<index)
            {
                return true
            }
            // 分之 between numerals: a fraction (三分之一) or a percentage (百分之百); not
            // 十分 (very), which no 之 and numeral follow.
            if previousWasChineseDigit && scalar == "分", index + 2 < scalars.count, scalars[index + 1] == "之",
                isChineseDigit(scalars[index + 2])
            {
                return true
            }
            previousWasApproximate = previousWasChineseDigit && (scalar == "余" || scalar == "多")
            previousWasLoneOne = scalar == "一" && !previousWasChineseDigit
            if !previousWasChineseDigit { numeralStart = index }
            // 每一位, 每一个: every one, not one.
            previousWasChineseDigit = isChineseDigit(scalar) && !(scalar == "一" && index > 0 && scalars[index - 1] == "每")
            index += 1
        }
        return false
    }

    /// Digits that count or measure something: not an item's number, nor a year, nor a
    /// numeral that names or ranks (第25个, 100周年, “1+1+2+N”).
    static func isFigure(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        !isListNumber(scalars, start: start, end: end) && !isYear(scalars, start: start, end: end)
            && !NumeralNames.isName(scalars, numeral: start..<end)
    }

    /// A year (2025年, 2025 年度, 20xx年 with its last digits left out or masked, 20__年
    /// with a blank to fill in): the plan's year or another, which counts nothing —
    /// "2025年，做好困难职工帮扶工作" is a slogan.
    private static func isYear(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard end - start >= 2 && end - start <= 4 else { return false }
        let century = scalars[start] == "1" && scalars[start + 1] == "9" || scalars[start] == "2" && scalars[start + 1] == "0"
        guard century else { return false }
        var next = end
        if end - start < 4 {
            // 20xx, 20XX, 20××, 20**, 202x: the digits left out, one mark each.
            while next < scalars.count, next - start < 4, isYearPlaceholder(scalars[next]) { next += 1 }
            // 20__, 20_, 202__: a blank drawn for the year, of any length.
            let marked = next
            while next < scalars.count, next - start < 8, isYearBlank(scalars[next]) { next += 1 }
            guard next - start >= 4 || next > marked else { return false }
        }
        if next < scalars.count, scalars[next] == " " { next += 1 }
        return next < scalars.count && scalars[next] == "年"
    }

    private static func isYearBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "＿"
    }

    private static func isYearPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "x", "X", "×", "*", "＊", "Ｘ", "ｘ": true
        default: false
        }
    }

    /// An ASCII digit (full-width digits are normalised to ASCII before rules see the text).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x30 < 10
    }

    /// Digits that number an item: followed by 、, by a full stop that is not a decimal
    /// point, or enclosed in brackets; or one or two digits and a comma where an item starts
    /// ("1,开展送温暖活动", as plans pasted from the web write it, 1， normalised to 1,), which
    /// is not a thousands separator (1,000) or a list of figures (3,4月).
    /// Also a section's number at an item's start (3.2 技能提升计划, **1.1 加强组织建设**) and
    /// an item's number closed by a bracket it never opened (1)通过日常教育…2)今年…).
    private static func isListNumber(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        if isSectionNumber(scalars, start: start, end: end) { return true }
        guard end < scalars.count else { return false }
        let next = scalars[end]
        if next == "、" { return true }
        if next == "." || next == "．" { return end + 1 >= scalars.count || !isDigit(scalars[end + 1]) }
        if next == ")" || next == "）" {
            if start > 0 && (scalars[start - 1] == "(" || scalars[start - 1] == "（") { return true }
            return end - start <= 2 && !isInsideBrackets(scalars, before: start)
        }
        if next == "," || next == "，" {
            return end - start <= 2 && (start == 0 || startsItem(after: scalars[start - 1]))
                && (end + 1 >= scalars.count || !isDigit(scalars[end + 1]))
        }
        return false
    }

    /// Whether the digits are part of a section's number, 3.2 or 1.1.2: dotted runs of
    /// digits where an item starts (after a line break, a space or markdown's ** and #),
    /// followed by a space or a word — not by a unit (2.5万元, 1.5 倍, 3.5%).
    private static func isSectionNumber(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        var first = start
        while first >= 2, scalars[first - 1] == ".", isDigit(scalars[first - 2]) {
            first -= 1
            while first > 0, isDigit(scalars[first - 1]) { first -= 1 }
        }
        var last = end
        while last + 1 < scalars.count, scalars[last] == ".", isDigit(scalars[last + 1]) {
            last += 1
            while last < scalars.count, isDigit(scalars[last]) { last += 1 }
        }
        guard first < start || last > end else { return false }
        // A date written 2024.3.15 opens with its year: no section is numbered so.
        var firstRunEnd = first
        while firstRunEnd < scalars.count, isDigit(scalars[firstRunEnd]) { firstRunEnd += 1 }
        guard firstRunEnd - first <= 2 else { return false }
        guard first == 0 || startsItem(after: scalars[first - 1]) || scalars[first - 1] == "*" || scalars[first - 1] == "#" else {
            return false
        }
        var next = last
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\u{3000}" { next += 1 }
        guard next < scalars.count else { return false }
        let word = scalars[next]
        return word.value >= 0x4E00 && word.value <= 0x9FFF && !isMeasureWord(word) && !isMoneyUnit(word) && word != "倍"
    }

    /// Whether an opening bracket stands unclosed within a few characters before `start`, on
    /// its line: (参加人数50) and (见附件5) close their own bracket; 2)今年… closes none.
    private static func isInsideBrackets(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
        var index = start - 1
        while index >= 0, start - index <= 16 {
            switch scalars[index] {
            case "(", "（": return true
            case ")", "）", "\n", "\r": return false
            default: index -= 1
            }
        }
        return false
    }

    /// Whether an item can start after this scalar: a line break, a space or the end of a
    /// sentence or clause heading (：).
    private static func startsItem(after scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", " ", "\t", "\u{3000}", "。", "；", ";", "：", ":", "！", "!", "？", "?": true
        default: false
        }
    }

    /// The first run of ASCII digits at or after `start`.
    static func digitRun(in scalars: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        var index = start
        while index < scalars.count, !isDigit(scalars[index]) { index += 1 }
        guard index < scalars.count else { return nil }
        var end = index
        while end < scalars.count, isDigit(scalars[end]) { end += 1 }
        return index..<end
    }

    /// A month or a day: 3月, 三月份, 15日, 5号; or a week of a school's term by its number
    /// (第3周, 第十八周, 第1-2周), as a school's 行事历 dates its work: not 第三十一周年 (an
    /// anniversary), 周岁 or 第二周期.
    static func hasTimeFigure(_ text: [Unicode.Scalar], skippingQuiet: Bool = true) -> Bool {
        let quiet = QuietIdeographs.forTimes
        var previousWasDigit = false
        var previousWasChineseDigit = false
        // Whether the figure before began right after 第 (an ordinal: 第3, 第十八, 第1-2).
        var ordinal = false
        var index = 0
        while index < text.count {
            // As in `hasNumber`: an ideograph that is no figure, unit or range mark ends
            // whatever figure came before it.
            if skippingQuiet, quiet.holds(text[index]) {
                index = quiet.runEnd(in: text, from: index + 1)
                previousWasDigit = false
                previousWasChineseDigit = false
                ordinal = false
                continue
            }
            let scalar = text[index]
            defer { index += 1 }
            if scalar == "月" && (previousWasDigit || previousWasChineseDigit) { return true }
            if (scalar == "日" || scalar == "号") && previousWasDigit { return true }
            if scalar == "周" && ordinal && (previousWasDigit || previousWasChineseDigit) {
                let next = index + 1 < text.count ? text[index + 1] : " "
                if next != "年" && next != "岁" && next != "期" { return true }
            }
            // Text converted from a .docx or a PDF puts spaces around figures (3 月 15 日).
            if scalar == " " && previousWasDigit { continue }
            let isFigure = isDigit(scalar) || isChineseDigit(scalar)
            if isFigure {
                ordinal = ordinal || follows(index, "第", in: text)
            } else if !(ordinal && isRangeMark(scalar)) {
                ordinal = false
            }
            previousWasDigit = isDigit(scalar)
            previousWasChineseDigit = isChineseDigit(scalar) && scalar != "半" && scalar != "百" && scalar != "千"
        }
        return false
    }

    /// Whether `word` stands right before `index`, spaces between them left out (第 5 周).
    private static func follows(_ index: Int, _ word: Unicode.Scalar, in text: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0, text[before] == " " { before -= 1 }
        return before >= 0 && text[before] == word
    }

    /// What joins two figures of a range (第1-2周, 第3至4周, 第一、二周).
    static func isRangeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "—", "–", "~", "至", "、": true
        default: false
        }
    }
}
