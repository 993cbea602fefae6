/// Money: the `amount` signal.
extension SignalScanner {
    /// A figure followed by a money unit: 500元, 2.5万元, 三千元; or figures whose unit is
    /// given once for all of them, as a budget table does in its header (金额（元）,
    /// 单位：万元) with the figures in its cells.
    static func hasAmount(_ text: [Unicode.Scalar]) -> Bool {
        var previousWasFigure = false
        for scalar in text {
            if previousWasFigure && isMoneyUnit(scalar) { return true }
            if scalar == "￥" || scalar == "¥" { return true }
            previousWasFigure = isDigit(scalar) || isChineseDigit(scalar) || (previousWasFigure && (scalar == "." || scalar == " "))
        }
        return hasMoneyUnitLabel(text) && hasArabicFigure(text)
    }

    /// A money unit written as a label: (元) （万元） or 单位：元, 单位:万元.
    private static func hasMoneyUnitLabel(_ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count {
            let scalar = text[index]
            var next = index + 1
            if scalar == "(" || scalar == "（" {
                if next < text.count, text[next] == "万" || text[next] == "千" { next += 1 }
                if next + 1 < text.count, text[next] == "元", text[next + 1] == ")" || text[next + 1] == "）" { return true }
            } else if scalar == "位", index > 0, text[index - 1] == "单", next < text.count, text[next] == ":" || text[next] == "：" {
                // With its colon: 本单位元旦联欢 is no label.
                next += 1
                while next < text.count, text[next] == " " { next += 1 }
                if next < text.count, text[next] == "万" || text[next] == "千" { next += 1 }
                if next < text.count, text[next] == "元", next + 1 >= text.count || text[next + 1] != "旦" { return true }
            }
            index += 1
        }
        return false
    }

    /// Arabic digits that are not an item's number.
    private static func hasArabicFigure(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while let run = digitRun(in: scalars, from: index) {
            if isFigure(scalars, start: run.lowerBound, end: run.upperBound) { return true }
            index = run.upperBound
        }
        return false
    }
}
