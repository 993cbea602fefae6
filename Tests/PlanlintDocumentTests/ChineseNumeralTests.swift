import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct ChineseNumeralTests {
    private func parse(_ text: String) -> Int? {
        let scanner = ScalarScanner(bytes: Array(text.utf8))
        return ChineseNumeral.parse(scanner, at: 0, end: scanner.bytes.count)?.value
    }

    @Test(arguments: [
        ("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("十二", 12), ("二十", 20), ("二十三", 23), ("九十九", 99),
        ("一百零五", 105),
    ])
    func parsesNumerals(text: String, value: Int) {
        #expect(parse(text) == value)
    }

    @Test func rejectsMalformedNumerals() {
        #expect(parse("十十") == nil)
        #expect(parse("是") == nil)
    }

    @Test func stopsAtTheFirstNonNumeral() {
        let scanner = ScalarScanner(bytes: Array("十二月份".utf8))
        let parsed = ChineseNumeral.parse(scanner, at: 0, end: scanner.bytes.count)
        #expect(parsed?.value == 12)
        #expect(parsed?.next == 6)
    }

    /// Against the list-based definition (every numeral collected, then combined), on random
    /// runs of numerals, other characters and ends of text.
    @Test func agreesWithCollectingTheNumerals() {
        func reference(_ text: String) -> (Int, Int)? {
            var digits: [Int] = []
            var offset = 0
            for scalar in text.unicodeScalars {
                guard digits.count < 5, let digit = ChineseNumeral.value(of: scalar.value) else { break }
                digits.append(digit)
                offset += scalar.utf8.count
            }
            guard !digits.isEmpty, digits.count == 1 || digits.contains(where: { $0 >= 10 }),
                let value = ChineseNumeral.combine(digits)
            else { return nil }
            return (value, offset)
        }
        let pieces = ["一", "二", "三", "十", "百", "零", "〇", "两", "是", "、", "a", "九"]
        var generator = TestRandom()
        for _ in 0..<2000 {
            let text = RandomText.joined(from: pieces, count: 0...7, using: &generator)
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let parsed = ChineseNumeral.parse(scanner, at: 0, end: scanner.bytes.count)
            let expected = reference(text)
            #expect(parsed?.value == expected?.0 && parsed?.next == expected?.1, "\(text)")
        }
    }

    @Test func digitsAreBoundedInLength() {
        let scanner = ScalarScanner(bytes: Array("2023年".utf8))
        #expect(ChineseNumeral.parseDigits(scanner, at: 0, end: 7, maxDigits: 3) == nil)
        #expect(ChineseNumeral.parseDigits(scanner, at: 0, end: 7, maxDigits: 4)?.value == 2023)
    }
}

@Suite struct ChineseNumeralHeadingTests {
    @Test(arguments: ["五一、端午", "八一建军节", "二〇二五年"])
    func digitByDigitRunsAreNotHeadingNumbers(text: String) {
        let scanner = ScalarScanner(bytes: Array(text.utf8))
        #expect(ChineseNumeral.parse(scanner, at: 0, end: scanner.bytes.count) == nil)
    }

    @Test func tensAreStillHeadingNumbers() {
        let scanner = ScalarScanner(bytes: Array("十一、".utf8))
        #expect(ChineseNumeral.parse(scanner, at: 0, end: scanner.bytes.count)?.value == 11)
    }
}
