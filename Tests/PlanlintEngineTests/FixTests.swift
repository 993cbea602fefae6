import Foundation
import PlanlintDocument
import PlanlintRules
import Testing

@testable import PlanlintEngine

@Suite struct FixTests {
    // Rare characters (4-byte GB18030 𠀀, €, 〇) around the fixes must come back unchanged.
    static let original = "某公司工会2025年工作计划\r\n一、团结广阔职工，效劳大局。𠀀€〇\r\n二、效劳会员（甲乙）。\r\n"
    static let fixed = "某公司工会2025年工作计划\r\n一、团结广大职工，服务大局。𠀀€〇\r\n二、服务会员（丙丁）。\r\n"

    @Test func gb18030FileIsFixedAndReadBackByteForByte() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", try FixFixture.iconvGB18030(Self.original), mode: 0o640)
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        #expect(result.applied == 4)
        try fixer.write(result)
        #expect(FixFixture.bytes(path) == (try FixFixture.iconvGB18030(Self.fixed)))
        let decoded = try TextDecoder.decode(FixFixture.bytes(path), path: path)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.lineEnding == .crlf)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        // Nothing is left behind in the folder but the plan.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["plan.txt"])
    }

    @Test(arguments: [("BIG5", TextEncoding.big5), ("BIG5-HKSCS", .big5HKSCS)])
    func big5FileIsFixedInItsOwnVariant(iconvName: String, encoding: TextEncoding) throws {
        // 嘅 is HKSCS only: it makes the second file Big5-HKSCS.
        let extra = encoding == .big5HKSCS ? "嘅" : ""
        let original = "某某公司工會2025年工作計劃\r\n一、團結廣大職工，舉辦甲乙活動。\(extra)\r\n"
        let fixed = "某某公司工會2025年工作計劃\r\n一、團結廣大職工，舉辦丙丁活動。\(extra)\r\n"
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", try FixFixture.iconvGB18030(original, target: iconvName))
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        #expect(result.applied == 1)
        try fixer.write(result)
        #expect(FixFixture.bytes(path) == (try FixFixture.iconvGB18030(fixed, target: iconvName)))
        let decoded = try TextDecoder.decode(FixFixture.bytes(path), path: path)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == fixed)
    }

    /// A traditional plan gets its replacements in traditional characters (服務, not 服务),
    /// whatever its encoding: the rules are written in simplified ones.
    @Test func traditionalPlanGetsTraditionalReplacements() throws {
        let original = "某某公司工會2025年工作計劃\n一、效勞會員，團結廣闊職工。\n"
        let fixed = "某某公司工會2025年工作計劃\n一、服務會員，團結廣大職工。\n"
        let scratch = try FixFixture.Scratch()
        let utf8Path = try scratch.file("plan.md", Array(original.utf8))
        #expect(try FixFixture.fixer().fix(path: utf8Path).fixedText == fixed)
        // In Big5, which has no 务 at all, the fix is now possible and written back in Big5.
        let big5Path = try scratch.file("big5.txt", try FixFixture.iconvGB18030(original, target: "BIG5"))
        let result = try FixFixture.fixer().fix(path: big5Path)
        #expect(result.applied == 2)
        try FixFixture.fixer().write(result)
        #expect(FixFixture.bytes(big5Path) == (try FixFixture.iconvGB18030(fixed, target: "BIG5")))
        // A simplified plan keeps simplified replacements, but a traditional stretch pasted
        // into it gets traditional ones.
        let mixed = "# 工会工作计划\n一、效劳会员，团结广大职工，办好职工之家。\n二、效勞會員。\n"
        let simplified = try scratch.file("simplified.md", Array(mixed.utf8))
        #expect(try FixFixture.fixer().fix(path: simplified).fixedText == "# 工会工作计划\n一、服务会员，团结广大职工，办好职工之家。\n二、服務會員。\n")
    }

    /// A replacement's marks, written in ASCII as rules are, take the width of the marks they
    /// replace: a full-width ，， becomes ，, a page written with ASCII marks keeps ,.
    @Test func replacementMarksKeepThePlansWidth() throws {
        let scratch = try FixFixture.Scratch()
        let original = "# 工会工作计划\n一、3月召开职代会，，审议报告；；落实制度。\n二、开展读书,,观影活动。\n"
        let path = try scratch.file("plan.md", Array(original.utf8))
        #expect(try FixFixture.fixer().fix(path: path).fixedText == "# 工会工作计划\n一、3月召开职代会，审议报告；落实制度。\n二、开展读书,观影活动。\n")
    }

    /// 甲己 → 喆: plain Big5 has no 喆 in either script (Big5-HKSCS does, but a Taiwanese
    /// file must not get a character its readers' software cannot show).
    @Test func big5FileIsLeftAloneWhenAReplacementIsNotBig5() throws {
        let scratch = try FixFixture.Scratch()
        let original = try FixFixture.iconvGB18030("某某公司工會2025年工作計劃\n一、甲己會員，團結職工。\n", target: "BIG5")
        let path = try scratch.file("plan.txt", original)
        let error = FixError(path: path, reason: .unencodable(.big5, "喆"))
        #expect(throws: error) { try FixFixture.fixer().fix(path: path) }
        #expect(error.description.contains("「喆」, which Big5 cannot hold; the file is left untouched"))
        #expect(FixFixture.bytes(path) == original)
    }

    /// Writing a new file in place of a hard-linked one would leave its other names with the
    /// old text: the file is refused whole, every name keeping the same bytes.
    @Test func hardLinkedFileIsLeftAlone() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.md", Array("# 计划\n效劳会员。\n".utf8))
        let other = scratch.url.appendingPathComponent("copy.md").path
        try FileManager.default.linkItem(atPath: path, toPath: other)
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        #expect(result.changed)
        #expect(throws: FixError(path: path, reason: .hardLinked(2))) { try fixer.write(result) }
        #expect(FixFixture.bytes(path) == Array("# 计划\n效劳会员。\n".utf8))
        #expect(FixFixture.bytes(other) == FixFixture.bytes(path))
        let error = FixError(path: path, reason: .hardLinked(2))
        #expect(error.message.text(.zh).contains("有 2 个名称（硬链接）"))
        #expect(error.message.text(.en) == error.description)
    }

    /// Pasted pinyin is removed from a GB18030 file, together with a wrong word it splits
    /// (效(xiào)勞 is one), and the file keeps its encoding and line endings.
    @Test func pastedPinyinIsRemovedAroundOtherFixes() throws {
        let rules = FixFixture.rules + """

              - id: test.pinyin
                title: 拼音
                kind: pinyin
                severity: warning
                message: "拼音 {match}"
                message_en: "pinyin {match}"
                basis: 测试
            """
        let decoded = try fixedGB18030("某某公司工會(huì)2025年工作計(jì)劃(huà)\r\n一、團結廣闊(kuò)職(zhí)工，效(xiào)勞大局。\r\n", rules: rules)
        #expect(decoded.text == "某某公司工會2025年工作計劃\r\n一、團結廣大職工，服務大局。\r\n")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.lineEnding == .crlf)
    }

    /// Spaces a PDF put between characters are removed from a GB18030 file with CRLF line
    /// endings, together with a wrong word they split (效 勞), and the file keeps its
    /// encoding and line endings.
    @Test func splitSpacesAreRemovedAroundOtherFixes() throws {
        let rules = FixFixture.rules + """

              - id: test.split
                title: 字间空格
                kind: split-spaces
                severity: warning
                message: "空格 {match}"
                message_en: "spaces {match}"
                basis: 测试
            """
        let decoded = try fixedGB18030("某 某 公 司 工 會 2025 年 工 作 計 劃\r\n一、團　結　廣　闊　職　工 ，效 勞 大 局，推 廣 BIM 技 術。\r\n", rules: rules)
        // Only spaces after an ideograph are the PDF's for sure: those after a figure or a
        // Latin word are left, as a plain plan writes them (全年 3 次, BIM 技术).
        #expect(decoded.text == "某某公司工會2025 年工作計劃\r\n一、團結廣大職工，服務大局，推廣 BIM 技術。\r\n")
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.lineEnding == .crlf)
    }

    /// `original` written as GB18030, fixed with `rules` and read back; a second run must
    /// find nothing left to fix.
    private func fixedGB18030(_ original: String, rules: String) throws -> DecodedText {
        let fixer = FileFixer(runner: LintRunner(linter: Linter(rules: try LintTestSupport.pack(rules)), options: LintOptions()))
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", try FixFixture.iconvGB18030(original))
        try fixer.write(try fixer.fix(path: path))
        #expect(try fixer.fix(path: path).applied == 0)
        return try TextDecoder.decode(FixFixture.bytes(path), path: path)
    }

    @Test func secondRunChangesNothing() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.md", Array("# 计划\n效劳甲乙丁\n".utf8))
        let fixer = try FixFixture.fixer()
        let first = try fixer.fix(path: path)
        // 甲乙 → 丙丁 makes 丙丁丁, itself fixed to 戊 in a second pass of the same run.
        #expect(first.fixedText == "# 计划\n服务戊\n")
        try fixer.write(first)
        let second = try fixer.fix(path: path)
        #expect(!second.changed)
        #expect(second.applied == 0)
    }

    @Test func lineEndingsAndByteOrderMarksAreKept() throws {
        let scratch = try FixFixture.Scratch()
        let mixed = "效劳一\r\n效劳二\n效劳三\r效劳四"
        let expected = "服务一\r\n服务二\n服务三\r服务四"
        let cases: [(String, [UInt8], [UInt8])] = [
            ("crlf.txt", Array(Self.original.utf8), Array(Self.fixed.utf8)),
            ("mixed.txt", Array(mixed.utf8), Array(expected.utf8)),
            ("bom8.md", [0xEF, 0xBB, 0xBF] + Array(Self.original.utf8), [0xEF, 0xBB, 0xBF] + Array(Self.fixed.utf8)),
            ("le.txt", FixFixture.utf16(Self.original, bigEndian: false), FixFixture.utf16(Self.fixed, bigEndian: false)),
            ("be.txt", FixFixture.utf16(Self.original, bigEndian: true), FixFixture.utf16(Self.fixed, bigEndian: true)),
        ]
        let fixer = try FixFixture.fixer()
        for (name, before, after) in cases {
            let path = try scratch.file(name, before)
            try fixer.write(try fixer.fix(path: path))
            #expect(FixFixture.bytes(path) == after, "\(name)")
        }
    }

    @Test func dryRunDiffChangesNothing() throws {
        let scratch = try FixFixture.Scratch()
        let text = "# 计划\n\n一\n二\n三\n四\n效劳会员\n五\n六\n七\n八\n九\n"
        let path = try scratch.file("plan.md", Array(text.utf8))
        let result = try FixFixture.fixer().fix(path: path)
        #expect(FixFixture.bytes(path) == Array(text.utf8))
        #expect(result.diff() == """
            --- a/\(path)
            +++ b/\(path)
            @@ -4,7 +4,7 @@
             二
             三
             四
            -效劳会员
            +服务会员
             五
             六
             七

            """)
    }

    /// The diff of a CRLF (or mixed) file keeps each line's terminator, so patch applies it.
    @Test func dryRunDiffKeepsLineEndings() throws {
        let scratch = try FixFixture.Scratch()
        let text = "标题\r\n效劳会员\r\n中间\n效劳职工\r\n末行效劳"
        let path = try scratch.file("plan.txt", Array(text.utf8))
        let result = try FixFixture.fixer().fix(path: path)
        #expect(result.diff() == "--- a/\(path)\n+++ b/\(path)\n@@ -1,5 +1,5 @@\n 标题\r\n-效劳会员\r\n+服务会员\r\n 中间\n"
            + "-效劳职工\r\n-末行效劳\n\\ No newline at end of file\n+服务职工\r\n+末行服务\n\\ No newline at end of file\n")
    }

    /// A replacement that contains what it replaces would grow the text on every pass (and
    /// on every run): the file is left alone and the reason given.
    @Test func fixesThatNeverSettleAreNotWritten() throws {
        let rules = """
            rules:
              - id: test.grow
                title: 增长
                kind: substitute
                severity: warning
                replace:
                  职工: 广大职工
                # Excepting another phrase gets past the loader, which refuses the pair alone.
                except: [全体职工]
                message: "错词 {wrong}"
                message_en: "wrong {wrong}"
                basis: 测试
            """
        let fixer = FileFixer(runner: LintRunner(linter: Linter(rules: try LintTestSupport.pack(rules)), options: LintOptions()))
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", Array("关心职工。".utf8))
        #expect(throws: FixError(path: path, reason: .unsettled)) { try fixer.fix(path: path) }
        #expect(FixFixture.bytes(path) == Array("关心职工。".utf8))
        #expect(fixer.fix(text: "关心职工。", path: "p.txt", format: .text).settled == false)
        // Fixes that settle within the passes are written as before.
        let settling = FileFixer(runner: LintRunner(linter: Linter(rules: try LintTestSupport.pack(FixFixture.rules)), options: LintOptions()))
        #expect(settling.fix(text: "甲乙丁", path: "p.txt", format: .text).settled)
    }

    @Test func fileChangedOnDiskIsNotOverwritten() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", Array("效劳".utf8))
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        try Data("效劳，编辑器刚保存".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: FixError(path: path, reason: .changedOnDisk)) { try fixer.write(result) }
        #expect(FixFixture.bytes(path) == Array("效劳，编辑器刚保存".utf8))
    }

    /// A plan made read-only is left alone, although the folder would let a rename replace it.
    @Test func readOnlyFileIsNotReplaced() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("plan.txt", Array("效劳".utf8), mode: 0o444)
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        #expect(result.changed)
        #expect(throws: FixError(path: path, reason: .unwritable("the file is read-only; not written"))) { try fixer.write(result) }
        #expect(FixFixture.bytes(path) == Array("效劳".utf8))
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o444)
    }

    @Test func docxIsNeverRewritten() throws {
        let scratch = try FixFixture.Scratch()
        let original = [UInt8](try Data(contentsOf: LintTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/documents/styled.docx")))
        let path = try scratch.file("plan.docx", original)
        #expect(throws: FixError(path: path, reason: .docx)) { try FixFixture.fixer().fix(path: path) }
        #expect(FixFixture.bytes(path) == original)
    }

    @Test func symbolicLinkStaysALink() throws {
        let scratch = try FixFixture.Scratch()
        let target = try scratch.file("real.txt", Array("效劳".utf8))
        let link = scratch.url.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let fixer = try FixFixture.fixer()
        try fixer.write(try fixer.fix(path: link))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(FixFixture.bytes(target) == Array("服务".utf8))
    }

    @Test func overlappingFixesApplyTheFirstOnly() {
        func fix(_ line: Int, _ from: Int, _ to: Int, _ text: String) -> Fix {
            Fix(start: SourcePosition(line: line, column: from), end: SourcePosition(line: line, column: to), replacement: text)
        }
        let (text, applied) = FixApplier.apply([fix(1, 3, 5, "B"), fix(1, 1, 4, "A"), fix(2, 1, 2, "C"), fix(9, 1, 2, "X")], to: "abcdef\r\nxyz")
        #expect(text == "Adef\r\nCyz")
        #expect(applied.count == 2)
        // A leading U+FEFF is not a column of line 1.
        #expect(FixApplier.apply([fix(1, 1, 2, "Z")], to: "\u{FEFF}ab").text == "\u{FEFF}Zb")
    }

    @Test func encoderRoundTripsEveryEncoding() throws {
        let text = "工会𠀀€ abc\r\n"
        for (encoding, bom) in [(TextEncoding.utf8, false), (.utf8, true), (.utf16LittleEndian, true), (.utf16BigEndian, true), (.gb18030, false)] {
            let encoded = try #require(TextEncoder.encode(text, encoding: encoding, byteOrderMark: bom))
            let decoded = try TextDecoder.decode(encoded, path: "x.txt")
            #expect(decoded.text == text)
            #expect(decoded.encoding == encoding)
            #expect(decoded.hasByteOrderMark == bom)
        }
        #expect(TextEncoder.encode(text, encoding: .gb18030, byteOrderMark: false) == (try FixFixture.iconvGB18030(text)))
    }

    @Test func fileStartingWithTwoByteOrderMarksRoundTrips() throws {
        // A UTF-8 BOM followed by a second U+FEFF: decoding keeps the second as text and the
        // document reader drops it, so columns must still line up and the bytes round-trip.
        let scratch = try FixFixture.Scratch()
        let fine = try scratch.file("fine.txt", [0xEF, 0xBB, 0xBF] + Array("\u{FEFF}效劳".utf8))
        let fixer = try FixFixture.fixer()
        try fixer.write(try fixer.fix(path: fine))
        #expect(FixFixture.bytes(fine) == [0xEF, 0xBB, 0xBF] + Array("\u{FEFF}服务".utf8))
    }

    @Test func unchangedFileIsNotRewritten() throws {
        let scratch = try FixFixture.Scratch()
        let path = try scratch.file("clean.txt", Array("服务大局".utf8))
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.01)
        let fixer = try FixFixture.fixer()
        let result = try fixer.fix(path: path)
        #expect(!result.changed)
        try fixer.write(result)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(result.diff() == "")
    }
}
