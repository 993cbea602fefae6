import PlanlintRules

/// Finds the figures that make a mention concrete — numbers, amounts, months and dates —
/// by scanning Unicode scalars; the literal signal words come from the automaton instead.
enum SignalScanner {
    private static let chineseDigits: Set<Unicode.Scalar> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "千", "半"]
    private static let measureWords: Set<Unicode.Scalar> = [
        "次", "个", "项", "名", "人", "场", "期", "批", "家", "届", "户", "位", "元", "万", "%", "％", "天", "周", "所", "支", "篇", "份",
    ]
    private static let moneyUnits: Set<Unicode.Scalar> = ["元", "万", "千", "亿"]

    static func has(_ signal: Signal, in text: Substring.UnicodeScalarView) -> Bool {
        switch signal {
        case .number: hasNumber(text)
        case .amount: hasAmount(text)
        case .time: hasTimeFigure(text)
        case .owner: false
        }
    }

    /// An Arabic figure, or a Chinese numeral followed by a measure word (三次, 两场).
    static func hasNumber(_ text: Substring.UnicodeScalarView) -> Bool {
        var previousWasChineseDigit = false
        for scalar in text {
            if scalar.properties.numericType != nil, scalar.isASCII || scalar.value >= 0xFF10 && scalar.value <= 0xFF19 {
                return true
            }
            if previousWasChineseDigit && measureWords.contains(scalar) { return true }
            previousWasChineseDigit = chineseDigits.contains(scalar)
        }
        return false
    }

    /// A figure followed by a money unit: 500元, 2.5万元, 三千元.
    static func hasAmount(_ text: Substring.UnicodeScalarView) -> Bool {
        var previousWasFigure = false
        for scalar in text {
            if previousWasFigure && moneyUnits.contains(scalar) { return true }
            if scalar == "￥" || scalar == "¥" { return true }
            let isDigit = scalar.isASCII && scalar.properties.numericType != nil
            previousWasFigure = isDigit || chineseDigits.contains(scalar) || (previousWasFigure && (scalar == "." || scalar == " "))
        }
        return false
    }

    /// A month or a day: 3月, 三月份, 15日, 5号.
    static func hasTimeFigure(_ text: Substring.UnicodeScalarView) -> Bool {
        var previousWasDigit = false
        var previousWasChineseDigit = false
        for scalar in text {
            if scalar == "月" && (previousWasDigit || previousWasChineseDigit) { return true }
            if (scalar == "日" || scalar == "号") && previousWasDigit { return true }
            previousWasDigit = scalar.isASCII && scalar.properties.numericType != nil
            previousWasChineseDigit = chineseDigits.contains(scalar) && scalar != "半" && scalar != "百" && scalar != "千"
        }
        return false
    }
}
