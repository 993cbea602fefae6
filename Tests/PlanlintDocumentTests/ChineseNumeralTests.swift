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
