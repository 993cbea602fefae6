/// Reads the numbers headings are written with: 一 … 九十九 (and 百 forms), 〇/零, and ASCII digits.
enum ChineseNumeral {
    /// The digit value of a Chinese numeral character, 10 for 十 and 100 for 百.
    @inline(__always)
    static func value(of scalar: UInt32) -> Int? {
        switch scalar {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00: return 1  // 一
        case 0x4E8C: return 2  // 二
        case 0x4E09: return 3  // 三
        case 0x56DB: return 4  // 四
        case 0x4E94: return 5  // 五
        case 0x516D: return 6  // 六
        case 0x4E03: return 7  // 七
        case 0x516B: return 8  // 八
        case 0x4E5D: return 9  // 九
        case 0x5341: return 10  // 十
        case 0x767E: return 100  // 百
        default: return nil
        }
    }

    /// Parses a heading's Chinese numeral starting at `start`; returns its value and the byte offset after it.
    static func parse(_ text: ScalarScanner, at start: Int, end: Int) -> (value: Int, next: Int)? {
        // One numeral alone (一、 第三 十是), most of them, without making a list: its own value.
        guard start < end else { return nil }
        let (first, afterFirst) = text.scalar(at: start)
        guard let firstDigit = value(of: first) else { return nil }
        if afterFirst >= end || value(of: text.scalar(at: afterFirst).0) == nil { return (firstDigit, afterFirst) }
        var index = start
        var digits: [Int] = []
        digits.reserveCapacity(5)
        while index < end, digits.count < 5 {
            let (scalar, next) = text.scalar(at: index)
            guard let digit = value(of: scalar) else { break }
            digits.append(digit)
            index = next
        }
        // Heading numbers past nine are written with 十 (十一, 二十三); a digit-by-digit run is
        // a name or a year instead (五一 for May Day, 八一, 二〇二五).
        guard !digits.isEmpty, digits.count == 1 || digits.contains(where: { $0 >= 10 }),
            let value = combine(digits)
        else { return nil }
        return (value, index)
    }

    /// Parses ASCII digits (at most `maxDigits`) starting at `start`.
    static func parseDigits(_ text: ScalarScanner, at start: Int, end: Int, maxDigits: Int = 3) -> (value: Int, next: Int)? {
        var index = start
        var value = 0
        while index < end, text.bytes[index] >= 0x30, text.bytes[index] <= 0x39 {
            value = value * 10 + Int(text.bytes[index] - 0x30)
            index += 1
            if index - start > maxDigits { return nil }
        }
        return index > start ? (value, index) : nil
    }

    /// 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105, 二〇二三 → 2023 (digit by digit).
    static func combine(_ digits: [Int]) -> Int? {
        if !digits.contains(where: { $0 >= 10 }) {
            // Digit-by-digit form, as in 二〇二三年.
            return digits.reduce(0) { $0 * 10 + $1 }
        }
        var total = 0
        var current = -1
        var lastUnit = 1000
        for digit in digits {
            if digit >= 10 {
                guard digit < lastUnit else { return nil }
                total += (current < 0 ? 1 : current) * digit
                current = -1
                lastUnit = digit
            } else {
                guard current < 0 || current == 0 else { return nil }
                current = digit
            }
        }
        if current > 0 { total += current }
        return total
    }
}
