import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

@Suite struct NumberingScannerTests {
    private func leading(_ text: String) -> Numbering? {
        let normalized = ScriptNormalizer.normalize(text)
        let scanner = ScalarScanner(bytes: Array(normalized.utf8))
        return NumberingScanner.leadingMarker(scanner, at: 0, end: scanner.bytes.count)?.numbering
    }

    @Test(arguments: [
        ("一、指导思想", NumberingStyle.chinese, 1), ("十二、其他", .chinese, 12), ("三.措施", .chinese, 3),
        ("（二）加强管理", .parenChinese, 2), ("(十一)其他", .parenChinese, 11), ("1、召开会议", .arabic, 1),
        ("12.开展活动", .arabic, 12), ("3．落实", .arabic, 3), ("（4）评比", .parenArabic, 4), ("5)检查", .parenArabic, 5),
        ("第一、学习", .ordinal, 1), ("第三，落实", .ordinal, 3), ("第二部分：主要任务", .ordinal, 2), ("第一章 总则", .ordinal, 1), ("第二篇", .part, 2), ("【第三篇】", .part, 3),
        ("篇四", .part, 4), ("一月份：开会", .month, 1), ("十二月迎新", .month, 12), ("3月：培训", .month, 3),
        ("10月份", .month, 10), ("第一季度：", .month, 13), ("四季度", .month, 16),
        ("一,指导思想", .chinese, 1), ("二，加强管理", .chinese, 2), ("十一，其他", .chinese, 11),
        // An item that opens with a date: 4．4月 is item 4 in April, not 4.4 months.
        ("4．4月组织体检", .arabic, 4), ("2.9月新教职工入会", .arabic, 2), ("5．11月举办比赛", .arabic, 5), ("1．2026年经费预算", .arabic, 1),
        // Items typed with a comma after the figure, as 一, is.
        ("1,开展送温暖活动", .arabic, 1), ("2，組織教工廣播操比賽", .arabic, 2), ("3, 退休教工春游", .arabic, 3),
        ("①、师德教育", .circled, 1), ("⑴学习", .parenArabic, 1), ("⒊落实", .arabic, 3),
    ])
    func recognisesMarkers(text: String, style: NumberingStyle, value: Int) {
        #expect(leading(text) == Numbering(style: style, value: value))
    }

    @Test(arguments: ["1.5万元用于慰问", "2023年工作计划", "一、二年级教师参加", "三、四月份开展", "1、2月份", "3月5日召开", "一是加强学习", "十三月", "第五季度", "第一次会议", "2023、",
        "一,二年级教师参加", "三，四，五月开展", "一,5名代表",
        "1.5个月", "2.13月", "1.202年", "3.25万元",
        // Figures and months listed with a comma; a bare 3, ending a line.
        "7,8月组织疗休养", "1,000元", "2, 3月", "3,"])
    func ignoresLookalikes(text: String) {
        #expect(leading(text) == nil)
    }

    @Test func markerRangeCoversItsPunctuation() throws {
        let scanner = ScalarScanner(bytes: Array("(一)加强".utf8))
        let marker = try #require(NumberingScanner.leadingMarker(scanner, at: 0, end: scanner.bytes.count))
        #expect(marker.range == 0..<5)
    }

    @Test func partMarkersAfterATitle() throws {
        for (text, value, title) in [
            ("局工会工作计划 篇二", 2, "局工会工作计划"), ("工会工作计划【第一篇】", 1, "工会工作计划"),
            ("2023年工会工作方案(三)", 3, "2023年工会工作方案"), ("2022年机关工会工作计划2", 2, "2022年机关工会工作计划"),
            ("医院工会工作计划 篇3", 3, "医院工会工作计划"), ("最新企业工会工作计划 篇12", 12, "最新企业工会工作计划"),
        ] {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            let marker = try #require(NumberingScanner.partMarker(scanner, in: 0..<scanner.bytes.count), "\(text)")
            #expect(marker.numbering == Numbering(style: .part, value: value))
            #expect(String(decoding: scanner.bytes[marker.titleRange!], as: UTF8.self) == title)
        }
        let prose = ScalarScanner(bytes: Array("今年共有6篇论文获奖。第二篇".utf8))
        let figures = ScalarScanner(bytes: Array("全年发表论文20篇100字以上".utf8))
        #expect(NumberingScanner.partMarker(figures, in: 0..<figures.bytes.count) == nil)
        #expect(NumberingScanner.partMarker(prose, in: 0..<prose.bytes.count) == nil)
    }

    /// The plan word before a number is read back from the bytes: the two scalars before it
    /// as the walk reads them, fillers of hidden pinyin passed over, 0 before the block.
    @Test func twoScalarsBeforeANumberAsTheWalkReadsThem() throws {
        let filler = Character(Unicode.Scalar(PinyinAnnotations.filler))
        let text = ScalarScanner(bytes: Array("局工作计\(filler)\(filler)划2".utf8))
        let two = text.bytes.count - 1
        #expect(NumberingScanner.twoScalars(before: two, floor: 0, in: text) == (0x8BA1, 0x5212))  // 计划
        #expect(NumberingScanner.twoScalars(before: two, floor: 9, in: text) == (0x8BA1, 0x5212))  // the block opens at 计
        #expect(NumberingScanner.twoScalars(before: two, floor: 12, in: text) == (0, 0x5212))  // … at the fillers
        #expect(NumberingScanner.twoScalars(before: two, floor: 14, in: text) == (0, 0x5212))  // … at 划
        #expect(NumberingScanner.twoScalars(before: 3, floor: 0, in: text) == (0, 0x5C40))
        #expect(NumberingScanner.twoScalars(before: 0, floor: 0, in: text) == (0, 0))
        // A title holding hidden pinyin still ends in its plan word before the part's number,
        // in either walk.
        let parted = ScalarScanner(bytes: Array("2022年机关工\(filler)\(filler)会工作计划2".utf8))
        let marker = try #require(NumberingScanner.partMarker(parted, in: 0..<parted.bytes.count))
        #expect(marker.numbering == Numbering(style: .part, value: 2))
        #expect(NumberingScanner.partMarker(parted, in: 0..<parted.bytes.count, skippingIdeographs: false) == marker)
    }

    @Test func inlineMarkersExcludeOrdinalsAndMonths() {
        for text in ["第一、学习", "一月份开会", "3月培训", "一，加强学习"] {
            let scanner = ScalarScanner(bytes: Array(text.utf8))
            #expect(NumberingScanner.inlineMarker(scanner, at: 0, end: scanner.bytes.count) == nil, "\(text)")
        }
        let scanner = ScalarScanner(bytes: Array("二、共建和谐".utf8))
        #expect(NumberingScanner.inlineMarker(scanner, at: 0, end: scanner.bytes.count)?.numbering == .init(style: .chinese, value: 2))
    }

    @Test func enumerationsNeedAWordBoundary() {
        let text = "一是学习;二是落实,三是检查。统一是原则,之一是"
        let scanner = ScalarScanner(bytes: Array(text.utf8))
        let found = NumberingScanner.enumerations(scanner, in: 0..<scanner.bytes.count)
        #expect(found.map(\.value) == [1, 2, 3])
    }

    /// The byte search against the definition it replaced: decode every scalar, and take a
    /// numeral 1…10 followed by 是 where the scalar before is punctuation (or none).
    @Test func enumerationSearchAgreesWithAScalarWalk() {
        func walk(_ text: ScalarScanner, in block: Range<Int>) -> [(value: Int, range: Range<Int>)] {
            var found: [(Int, Range<Int>)] = []
            var index = block.lowerBound
            var boundary = true
            while index < block.upperBound {
                let (scalar, next) = text.scalar(at: index)
                if boundary, let value = ChineseNumeral.value(of: scalar), value >= 1, value <= 10, next < block.upperBound,
                    text.scalar(at: next).0 == 0x662F
                {
                    let after = text.scalar(at: next).1
                    found.append((value, index..<after))
                    index = after
                    boundary = false
                    continue
                }
                boundary = NumberingScanner.isPunctuation(scalar)
                index = next
            }
            return found
        }
        let alphabet = Array("一二三十百〇是是是,，。;a1 、“”工😀".unicodeScalars)
        var generator = TestRandom()
        var total = 0
        for _ in 0..<2000 {
            let text = RandomText.scalars(from: alphabet, length: 0...16, using: &generator)
            let bytes = Array(text.utf8)
            let scanner = ScalarScanner(bytes: bytes)
            // A block in the middle of the text too: the scalar before it must not count.
            let blocks = [0..<bytes.count] + (bytes.count > 6 && bytes[3] & 0xC0 != 0x80 ? [3..<bytes.count] : [])
            for block in blocks {
                let expected = walk(scanner, in: block)
                let found = NumberingScanner.enumerations(scanner, in: block)
                #expect(found.map(\.value) == expected.map(\.value) && found.map(\.range) == expected.map(\.range), "\(text)")
                total += expected.count
            }
        }
        #expect(total > 200)
    }
}
