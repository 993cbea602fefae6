/// Digits that are neither a date nor a figure of the plan, blanked before the signals are
/// scanned: a document's number (工发〔2024〕3号, [2023]5号, 〔〕81号), whose year and serial
/// read as a date (3号) and a count; a page footer left by a converted file or a download
/// site (第 3 页 共 10 页, 第1页 / 共8页, - 3 -, Page 3 of 10); and the plan's own date closing
/// the text asked about (2026年1月8日 on a line of its own under the signature), which the
/// last part's body runs over. Each made a slogan above it look concrete.
enum NonFigureMask {
    /// What the blanked scalars become: no digit, numeral, unit or space, so that nothing
    /// before or after them reads on through them.
    static let blank: Unicode.Scalar = "_"

    /// Blanks document numbers and page footers in `scalars`. Each holds a figure, so only
    /// runs of digits are looked at, and around them: the walk over every scalar that asked
    /// each one whether it opened a bracket cost more than the signal scan it serves.
    /// `closesDocument`: the scalars run to the end of the plan, so that a date alone on
    /// their last line is the plan's own under its signature; elsewhere such a line
    /// (召开职代会 over 2025年3月) dates what stands above it.
    static func blankNonFigures(_ scalars: inout [Unicode.Scalar], closesDocument: Bool = true) {
        if closesDocument, let date = closingDate(scalars) { blank(&scalars, date) }
        var index = 0
        while let run = SignalScanner.digitRun(in: scalars, from: index) {
            if let opening = documentNumberOpening(scalars, beforeDigitsAt: run.lowerBound),
                let numberEnd = documentNumberEnd(scalars, from: opening)
            {
                blank(&scalars, opening..<numberEnd)
                index = numberEnd
            } else if let page = pageNumber(scalars, digits: run) {
                blank(&scalars, page)
                index = page.upperBound
            } else {
                index = run.upperBound
            }
        }
    }

    /// The bracket a document number would open with, for its first figures at `start`: the
    /// year's (〔2024〕3号), or, where the template left the year out, the empty pair's
    /// before the serial (〔〕81号).
    private static func documentNumberOpening(_ scalars: [Unicode.Scalar], beforeDigitsAt start: Int) -> Int? {
        let before = skipSpacesBack(scalars, from: start)
        guard before > 0 else { return nil }
        if isOpeningBracket(scalars[before - 1]) { return before - 1 }
        guard isClosingBracket(scalars[before - 1]) else { return nil }
        let inner = skipSpacesBack(scalars, from: before - 1)
        return inner > 0 && isOpeningBracket(scalars[inner - 1]) ? inner - 1 : nil
    }

    private static func isYearMask(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "x", "X", "×", "*", "＊", "Ｘ", "ｘ": true
        default: false
        }
    }

    private static func blank(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) {
        for index in range { scalars[index] = blank }
    }

    /// The end of a document number opening at `start`: a bracketed year (four digits, 20xx
    /// where a download site masked its end, or none where a template left it out), then the
    /// serial and 号.
    private static func documentNumberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = skipSpaces(scalars, from: start + 1)
        let yearStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        // [20xx]23号: the masked year still opens a document number, whose 23号 is no day.
        if index - yearStart == 2 {
            while index < scalars.count, index - yearStart < 4, isYearMask(scalars[index]) { index += 1 }
        }
        guard index - yearStart == 0 || index - yearStart == 4 else { return nil }
        index = skipSpaces(scalars, from: index)
        guard index < scalars.count, isClosingBracket(scalars[index]) else { return nil }
        index = skipSpaces(scalars, from: index + 1)
        let serialStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        guard index > serialStart else { return nil }
        index = skipSpaces(scalars, from: index)
        guard index < scalars.count, scalars[index] == "号" else { return nil }
        return index + 1
    }

    /// The footer around the digits at `digits`, if they number a page: 第3页 and 共8页 (with
    /// spaces or not), a number between dashes standing alone (- 3 -, — 3 —), Page 3 (and
    /// "of 10" after it).
    private static func pageNumber(_ scalars: [Unicode.Scalar], digits: Range<Int>) -> Range<Int>? {
        let before = skipSpacesBack(scalars, from: digits.lowerBound)
        let after = skipSpaces(scalars, from: digits.upperBound)
        if before > 0, scalars[before - 1] == "第" || scalars[before - 1] == "共", after < scalars.count, scalars[after] == "页" {
            return (before - 1)..<(after + 1)
        }
        if before > 0, isDash(scalars[before - 1]), after < scalars.count, isDash(scalars[after]),
            before - 1 == 0 || isSpaceOrBreak(scalars[before - 2]),
            after + 1 == scalars.count || isSpaceOrBreak(scalars[after + 1])
        {
            return (before - 1)..<(after + 1)
        }
        if before >= 4, before < digits.lowerBound, scalars[before - 1] == "e" || scalars[before - 1] == "E",
            String(String.UnicodeScalarView(scalars[(before - 4)..<before])).lowercased() == "page"
        {
            var end = digits.upperBound
            // Page 3 of 10, Page 3/10: the page count goes with it.
            var next = after
            if next + 1 < scalars.count, scalars[next] == "o" || scalars[next] == "O", scalars[next + 1] == "f" || scalars[next + 1] == "F" {
                next = skipSpaces(scalars, from: next + 2)
            } else if next < scalars.count, scalars[next] == "/" {
                next = skipSpaces(scalars, from: next + 1)
            } else {
                return (before - 4)..<end
            }
            while next < scalars.count, isDigit(scalars[next]) {
                next += 1
                end = next
            }
            return (before - 4)..<end
        }
        return nil
    }

    /// The date on the last non-blank line, when it is all that line holds: 2026年1月8日
    /// (with spaces or not; the day may be left out) or 2026-01-08, 2026.1.8, 2026/1/8, the
    /// year 19xx or 20xx. It is the plan's date under its signature, or a page's stamp; it
    /// dates none of the text above it. Only the last line is read: a dated line that other
    /// lines follow (a schedule's 2025年3月 over its items) may be dating them.
    static func closingDate(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = scalars.count
        while end > 0, isSpaceOrBreak(scalars[end - 1]) || scalars[end - 1] == "\u{3000}" { end -= 1 }
        var start = end
        while start > 0, scalars[start - 1] != "\n", scalars[start - 1] != "\r" { start -= 1 }
        start = skipSpaces(scalars, from: start)
        // Four digits of a year, then 年 or a separator.
        var index = start
        guard end - start >= 6, end - start <= 24 else { return nil }
        for offset in 0..<4 where !isDigit(scalars[start + offset]) { return nil }
        guard (scalars[start] == "1" && scalars[start + 1] == "9") || (scalars[start] == "2" && scalars[start + 1] == "0") else { return nil }
        index = skipSpaces(scalars, from: start + 4)
        guard index < end else { return nil }
        let separator = scalars[index]
        if separator == "年" {
            index = skipSpaces(scalars, from: index + 1)
            guard let monthEnd = digits(scalars, from: index, upTo: end, max: 2) else { return nil }
            index = skipSpaces(scalars, from: monthEnd)
            guard index < end, scalars[index] == "月" else { return nil }
            index = skipSpaces(scalars, from: index + 1)
            if index < end {
                guard let dayEnd = digits(scalars, from: index, upTo: end, max: 2) else { return nil }
                index = skipSpaces(scalars, from: dayEnd)
                guard index < end, scalars[index] == "日" || scalars[index] == "号" else { return nil }
                index += 1
            }
        } else if separator == "-" || separator == "." || separator == "/" {
            guard let monthEnd = digits(scalars, from: index + 1, upTo: end, max: 2), monthEnd < end, scalars[monthEnd] == separator,
                let dayEnd = digits(scalars, from: monthEnd + 1, upTo: end, max: 2)
            else { return nil }
            index = dayEnd
        } else {
            return nil
        }
        // Blanks after `end` were trimmed: skipping spaces may run past it.
        return skipSpaces(scalars, from: index) >= end ? start..<end : nil
    }

    /// The end of one or two digits (at most `max`) at `start`, before `limit`.
    private static func digits(_ scalars: [Unicode.Scalar], from start: Int, upTo limit: Int, max: Int) -> Int? {
        var index = start
        while index < limit, index - start < max, isDigit(scalars[index]) { index += 1 }
        guard index > start, index == limit || !isDigit(scalars[index]) else { return nil }
        return index
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        return index
    }

    private static func skipSpacesBack(_ scalars: [Unicode.Scalar], from end: Int) -> Int {
        var index = end
        while index > 0, scalars[index - 1] == " " || scalars[index - 1] == "\t" { index -= 1 }
        return index
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x30 < 10
    }

    // Full-width brackets are normalised to ASCII ones; 〔〕 and 【】 are kept as written.
    private static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "〔" || scalar == "[" || scalar == "【" || scalar == "("
    }

    private static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "〕" || scalar == "]" || scalar == "】" || scalar == ")"
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "—" || scalar == "–" || scalar == "－"
    }

    private static func isSpaceOrBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
