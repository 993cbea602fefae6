import PlanlintDocument
import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Each rule kind on small documents: what it reports, where, and what it leaves alone.
@Suite struct RuleKindTests {
    let congress = """
        kind: require
        match: [职代会, 教代会]
        with: [召开, 开好]
        weak_unless: [time]
        weak_scope: sentence
        """

    @Test func requireMissingWeakAndPassed() throws {
        let missing = try LintTestSupport.lint("一、加强民主管理\n推进厂务公开。", rule: congress)
        #expect(missing.findings.map(\.category) == [.missing])
        #expect(missing.checks.first?.status == .missing)

        let weak = try LintTestSupport.lint("一、民主管理\n要开好职代会，发挥作用。", rule: congress)
        #expect(weak.findings.map(\.category) == [.weak])
        #expect(weak.findings.first?.severity == .warning)
        #expect(weak.findings.first?.start == SourcePosition(line: 2, column: 4))
        #expect(weak.findings.first?.message.zh == "消息 职代会")

        let passed = try LintTestSupport.lint("一、民主管理\n3月召开职代会。", rule: congress)
        #expect(passed.findings.isEmpty)
        #expect(passed.checks.first?.status == .passed)
    }

    @Test func requireCoOccurrenceIsPerSentence() throws {
        let apart = try LintTestSupport.lint("职代会是民主管理的基本形式。3月召开会议。", rule: congress)
        #expect(apart.findings.map(\.category) == [.missing])
    }

    @Test func requireTimeFromScheduleMonth() throws {
        let text = "四、工作安排\n一月份：春节慰问。\n二月份：工会委员会。\n三月份：\n召开职代会。"
        let report = try LintTestSupport.lint(text, rule: congress)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message.zh))")
    }

    @Test func requireInSectionsOnlyCountsMentionsThere() throws {
        let rule = "kind: require\nmatch: [培训]\nin_sections: [主要任务]"
        let outside = try LintTestSupport.lint("一、指导思想\n重视培训。\n二、主要任务\n开展活动。", rule: rule)
        #expect(outside.findings.map(\.category) == [.missing])
        let inside = try LintTestSupport.lint("一、指导思想\n思想。\n二、主要任务\n开展培训。", rule: rule)
        #expect(inside.findings.isEmpty)
    }

    /// A mention overlapped by an `except` term is none: the dues collected for the union
    /// (工会经费税务代收, 代收工会经费) are no budget of its own, so the plan that names only
    /// them misses its budget rather than naming it weakly; a mention elsewhere still counts.
    @Test func requireExceptDropsTheMentionsItOverlaps() throws {
        let rule = "kind: require\nmatch: [工会经费, 预算]\nexcept: [经费税务代收, 代收工会经费]\nweak_unless: [amount]"
        let collected = try LintTestSupport.lint("做好工会经费税务代收工作，委托税务代收工会经费。", rule: rule)
        #expect(collected.findings.map(\.category) == [.missing])
        let named = try LintTestSupport.lint("做好工会经费税务代收工作。\n管好用好工会经费。", rule: rule)
        #expect(named.findings.map(\.category) == [.weak])
        #expect(named.findings.first?.start == SourcePosition(line: 2, column: 5))
        let without = try LintTestSupport.lint("做好工会经费税务代收工作。", rule: "kind: require\nmatch: [工会经费]\nweak_unless: [amount]")
        #expect(without.findings.map(\.category) == [.weak])
    }

    @Test func coverageListsFoundAndMissingItems() throws {
        let rule = """
            kind: coverage
            min: 2
            items:
              - {name: 春节, terms: [春节, 新春]}
              - {name: 国庆, terms: [国庆]}
              - {name: 教师节, applies_to: [school]}
            """
        let report = try LintTestSupport.lint("新春佳节开展慰问。", rule: rule, profile: .enterprise)
        #expect(report.findings.count == 1)
        #expect(report.checks.first?.itemsFound == ["春节"])
        #expect(report.checks.first?.itemsMissing == ["国庆"])
        #expect(report.findings.first?.message.zh.contains("国庆") == true)
        let school = try LintTestSupport.lint("春节慰问，国庆活动。", rule: rule, profile: .school)
        #expect(school.findings.isEmpty)
        #expect(school.checks.first?.itemsMissing == ["教师节"])
    }

    /// An item with `year_from` (a day instituted that year) is asked only of plans for that
    /// year or later, and of plans whose year is unknown.
    @Test func coverageItemsFromAYear() throws {
        let rule = """
            kind: coverage
            items:
              - {name: 护士节, terms: [护士节]}
              - {name: 医师节, year_from: 2018}
            """
        let old = try LintTestSupport.lint("5·12护士节表彰优秀护士。", rule: rule, profile: .hospital, year: 2010)
        #expect(old.findings.isEmpty)
        #expect(old.checks.first?.itemsMissing == [])
        let recent = try LintTestSupport.lint("5·12护士节表彰优秀护士。", rule: rule, profile: .hospital, year: 2018)
        #expect(recent.checks.first?.itemsMissing == ["医师节"])
        let undated = try LintTestSupport.lint("5·12护士节表彰优秀护士。", rule: rule, profile: .hospital)
        #expect(undated.checks.first?.itemsMissing == ["医师节"])
    }

    @Test func forbidReportsEachOccurrenceOnceWithPosition() throws {
        let rule = "kind: forbid\nmatch: {terms: [20xx, xx], patterns: ['20[_]{2}']}\nexcept: [xx届]"
        let report = try LintTestSupport.lint("20xx年工作计划\n于20__年召开xx届会议", rule: rule)
        #expect(report.findings.map(\.start) == [SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 2)])
        #expect(report.findings.first?.message.zh == "消息 20xx")
    }

    @Test func substituteCarriesTheFixAndPrefersTheLongerWord() throws {
        let rule = "kind: substitute\nreplace: {广阔: 广大, 广阔职工: 广大职工, 效劳: 服务}"
        let report = try LintTestSupport.lint("为广阔职工效劳。", rule: rule)
        #expect(report.findings.count == 2)
        let first = try #require(report.findings.first?.fix)
        #expect(first.replacement == "广大职工")
        #expect(first.start == SourcePosition(line: 1, column: 2))
        #expect(first.end == SourcePosition(line: 1, column: 6))
    }

    @Test func substituteMatchesTraditionalScript() throws {
        let rule = "kind: substitute\nreplace: {效劳: 服务}"
        let report = try LintTestSupport.lint("為廣大職工效勞。", rule: rule)
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.start.column == 6)
        #expect(report.findings.first?.evidence == "為廣大職工效勞。")
    }

    @Test func sectionMissingWeakAndScheduleAccepted() throws {
        let rule = "kind: section\nheading: [保障措施]\nmin_chars: 20\nweak_unless: [owner]"
        #expect(try LintTestSupport.lint("一、指导思想\n内容。", rule: rule).findings.map(\.category) == [.missing])
        #expect(try LintTestSupport.lint("一、保障措施\n加强领导。", rule: rule).findings.map(\.category) == [.weak])
        let good = "一、保障措施\n成立工作领导小组，由工会主席牵头，各分会主席负责具体落实各项任务，年底考核。"
        #expect(try LintTestSupport.lint(good, rule: rule).findings.isEmpty)
    }

    /// A pattern anchored at the line's start names a heading when it ends in the heading's
    /// words, its number and the line's indentation included; and a paragraph whose line
    /// is indented still opens with what the pattern finds at the line's start.
    @Test func sectionHeadingsMayBeNamedByLineStartPatterns() throws {
        let rule = "kind: section\nheading:\n  patterns: ['^[ \\t]{0,8}(#{1,6} )?[一二三]、\\s{0,4}(加强|开展)', '^[ \\t]{0,8}[^。]{0,20}为指导']\nmin_chars: 10"
        let body = "\n组织全体职工参加技能培训，全年不少于四次，由工会主席负责。"
        for text in ["一、加强组织建设" + body, "  二、开展劳动竞赛" + body, "## 三、加强民主管理" + body, "　　以习近平新时代中国特色社会主义思想为指导，团结职工建功立业。"] {
            let format: DocumentFormat = text.hasPrefix("#") ? .markdown : .text
            #expect(try LintTestSupport.lint(text, rule: rule, format: format).findings.isEmpty, "\(text)")
        }
        // The verb inside the words, not after the number; a body line that opens so is no heading.
        #expect(try LintTestSupport.lint("一、组织建设要加强" + body, rule: rule).findings.map(\.category) == [.missing])
        #expect(try LintTestSupport.lint("一、指导思想\n内容简略。\n为指导", rule: rule).findings.map(\.category) == [.weak])
        // The finding of a weak lead-in points at the words, not at the indentation.
        let weak = try LintTestSupport.lint("　　以此为指导。", rule: rule)
        #expect(weak.findings.map(\.category) == [.weak])
        #expect(weak.findings.first?.start.column == 3)
    }

    @Test func sequenceFindsGapsRepeatsAndEnumerationHoles() throws {
        let rule = "kind: sequence"
        let text = "一、指导思想\n内容。\n二、目标\n内容。\n二、任务\n内容。\n四、保障\n一是学习；三是落实。"
        let report = try LintTestSupport.lint(text, rule: rule)
        let lines = report.findings.map(\.start.line)
        #expect(lines == [5, 7, 8], "\(report.findings.map(\.message.zh))")
    }

    /// Circled numbers are a style of their own: a gap among them is reported, written as it
    /// stands (②、 → ④、), in lines and inside a paragraph, in either script; ① under 1、 and
    /// ① under 2、 are two lists.
    @Test func sequenceFindsGapsAmongCircledNumbers() throws {
        let rule = "kind: sequence"
        let lines = "1、教师队伍建设\n①、师德教育\n②、评选教师\n④、总结事迹\n2、教代会建设\n①、学习规定\n②、完善制度"
        let report = try LintTestSupport.lint(lines, rule: rule)
        #expect(report.findings.map(\.start.line) == [4])
        #expect(report.findings.first?.message.zh.contains("「②、」之后是「④、」") == true, "\(report.findings.map(\.message.zh))")
        let inline = try LintTestSupport.lint("重點做好三項：①師德教育；②業務培訓，④工會宣傳。", rule: rule)
        #expect(inline.findings.map(\.start.column) == [20])
        let parens = try LintTestSupport.lint("2、做好常规工作。⑴开展节日活动。⑵督查提案。⑷协调关系。", rule: rule)
        #expect(parens.findings.count == 1)
        let only = try LintTestSupport.lint(lines, rule: "kind: sequence\nstyles: [arabic]")
        #expect(only.findings.isEmpty)
    }

    @Test func duplicateReportsTheSecondCopy() throws {
        let paragraph = "开展职工技能培训，全年举办培训班四期，培训职工二百人次以上。"
        let report = try LintTestSupport.lint("\(paragraph)\n其他。\n\(paragraph)", rule: "kind: duplicate\nmin_chars: 20")
        #expect(report.findings.map(\.start.line) == [3])
        #expect(report.findings.first?.message.zh.contains("1") == true)
    }

    /// Long paragraphs that share their opening and their end (all the key's hash reads) but
    /// differ in the middle are not duplicates; the same text re-wrapped is.
    @Test func duplicateParagraphsMustAgreeInTheMiddleToo() throws {
        let opening = String(repeating: "组织开展职工文体活动", count: 3)
        let closing = String(repeating: "切实维护职工合法权益", count: 3)
        let first = opening + "春季运动会" + closing
        let second = opening + "秋季运动会" + closing
        let distinct = try LintTestSupport.lint("\(first)\n其他。\n\(second)", rule: "kind: duplicate\nmin_chars: 20")
        #expect(distinct.findings.isEmpty)
        let rewrapped = try LintTestSupport.lint("\(first)\n其他。\n \(first.prefix(20)) \(first.dropFirst(20))", rule: "kind: duplicate\nmin_chars: 20")
        #expect(rewrapped.findings.map(\.start.line) == [3])
        #expect(ParagraphKey(bytes: Array(first.utf8)[...]) != ParagraphKey(bytes: Array(second.utf8)[...]))
        #expect(ParagraphKey(bytes: Array(first.utf8)[...]).hashValue == ParagraphKey(bytes: Array(second.utf8)[...]).hashValue)
    }

    @Test func duplicateKeysAreTheTextWithoutWhiteSpace() {
        let alphabet = Array("工 \t\n\ra、😀".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<500 {
            let text = RandomText.scalars(from: alphabet, length: 0...20, using: &generator)
            let bytes = Array(("前" + text + "后").utf8)
            let slice = bytes[3..<(bytes.count - 3)]
            let stripped = text.unicodeScalars.filter { !" \t\n\r".unicodeScalars.contains($0) }
            let (key, characters) = DuplicateCheck.key(slice)
            #expect(Array(key) == Array(String(String.UnicodeScalarView(stripped)).utf8))
            #expect(characters == stripped.count)
        }
    }

    @Test func yearConditionSkipsRuleWithoutYear() throws {
        let rule = "kind: forbid\nmatch: [十八大]\nwhen: {year_from: 2023}"
        #expect(try LintTestSupport.lint("学习十八大精神", rule: rule, year: 2024).findings.count == 1)
        #expect(try LintTestSupport.lint("学习十八大精神", rule: rule, year: 2013).findings.isEmpty)
        #expect(try LintTestSupport.lint("学习十八大精神", rule: rule).checks.isEmpty)
    }

    /// A rule with `when: {mentions: …}` runs only on plans holding one of the terms; on the
    /// others it neither reports nor counts as checked.
    @Test func mentionsConditionSkipsRuleWithoutTheTopic() throws {
        let rule = "kind: require\nmatch: [职代会]\nwith: [经费审查]\nwith_scope: paragraph\nwhen: {mentions: [职代会, 教代会]}"
        let without = try LintTestSupport.lint("组织职工开展健步走活动。", rule: rule)
        #expect(without.findings.isEmpty)
        #expect(without.checks.isEmpty)
        let bare = try LintTestSupport.lint("3月召开职代会，审议工作报告。", rule: rule)
        #expect(bare.findings.map(\.category) == [.missing])
        #expect(try LintTestSupport.lint("3月召开职代会，审议经费审查报告。", rule: rule).findings.isEmpty)
        // Found the way `match` terms are: in traditional script too, and by a pattern.
        #expect(try LintTestSupport.lint("三月召開教代會。", rule: rule).checks.count == 1)
        let patterned = "kind: forbid\nmatch: [小编]\nwhen: {mentions: {patterns: ['第[0-9]+届']}}"
        #expect(try LintTestSupport.lint("小编整理。第5届会议。", rule: patterned).findings.count == 1)
        #expect(try LintTestSupport.lint("小编整理。", rule: patterned).findings.isEmpty)
    }

    /// A rule with `when: {unless_title: …}` does not run on a plan whose title holds one of
    /// the terms; a term in the body, or a file without a title, leaves it running.
    @Test func unlessTitleConditionSkipsRuleByTheTitle() throws {
        let rule = "kind: require\nmatch: [月份]\nwhen: {unless_title: [要点, 思路]}"
        let keyPoints = try LintTestSupport.lint("城南区总工会2025年工作要点\n一、加强思想引领\n二、维护职工权益", rule: rule)
        #expect(keyPoints.findings.isEmpty)
        #expect(keyPoints.checks.isEmpty)
        #expect(try LintTestSupport.lint("城南區總工會2025年工作要點\n一、加強思想引領", rule: rule).checks.isEmpty)
        let plan = try LintTestSupport.lint("城南区总工会2025年工作计划\n一、落实工作要点\n二、维护职工权益", rule: rule)
        #expect(plan.findings.map(\.category) == [.missing])
        #expect(try LintTestSupport.lint("一、落实全年工作要点。", rule: rule).findings.map(\.category) == [.missing])
    }

    /// 十一 and 5.1 written for 国庆 and 劳动节 date what happens then, as the holidays' names do.
    @Test func holidaysWrittenAsNumbersAreTimes() throws {
        let rule = "kind: require\nmatch: [秋游, 健步走]\nweak_unless: [time]\nweak_scope: sentence"
        #expect(try LintTestSupport.lint("十一期间组织职工秋游。", rule: rule).findings.isEmpty)
        #expect(try LintTestSupport.lint("5.1期间开展健步走。", rule: rule).findings.isEmpty)
        #expect(try LintTestSupport.lint("組織職工秋遊，十一長假前完成報名。", rule: rule).findings.isEmpty)
        #expect(try LintTestSupport.lint("第十一届职工秋游。", rule: rule).findings.map(\.category) == [.weak])
    }

    @Test func ruleTermsAreNormalisedLikeDocuments() throws {
        // A term written in traditional script or full-width forms still matches.
        let rule = "kind: forbid\nmatch: [職代會, （一）]"
        let report = try LintTestSupport.lint("召开职代会\n(一)工作", rule: rule)
        #expect(report.findings.map(\.start.line) == [1, 2])
    }

    @Test func forbidPrefersTheLongestMatchAtOneStart() throws {
        let report = try LintTestSupport.lint("由×××负责", rule: "kind: forbid\nmatch: [××, ×××]")
        #expect(report.findings.map(\.message.zh) == ["消息 ×××"])
    }
}
