/// Recognises an activity scheme (活动方案): the plan of one event or one campaign — a
/// 三八 outing, a sports day, an 安康杯 contest, a 读书月 — which unions file beside their
/// annual work plan. It holds its theme, time, place, participants and budget, never the
/// congress, the funds or the holidays a year's plan must hold, so it is a kind of its own
/// (`DocumentKind.scheme`): judged as a year's plan it would miss every requirement.
///
/// A union's whole plan is often called a scheme too (2025年工会工作方案, 年度工作实施方案,
/// 农行工会实施方案): a title that names the union's 工作, or names no activity, stays a plan
/// unless its top-level headings are a scheme's parts. The texts read here are normalised
/// (traditional script is simplified).
enum ActivityScheme {
    /// Types that name an activity's scheme whatever comes before them.
    private static let schemeTypes = [
        "活动方案", "活动实施方案", "活动策划", "策划方案", "竞赛方案", "竞赛实施方案", "比赛方案", "比赛实施方案", "比武方案",
    ]
    /// Types that name an activity's scheme only after an event the title names
    /// (职工趣味运动会实施方案, 三八节活动安排); without one (农行工会实施方案, 工会年度活动计划表,
    /// 具体活动安排) they are a plan's.
    private static let eventTypes = ["实施方案", "活动安排", "活动计划"]
    /// Events, holidays and campaigns a title can name.
    private static let eventWords = [
        "运动会", "比赛", "竞赛", "大赛", "联赛", "比武", "晚会", "联欢", "汇演", "演讲", "征文", "春游", "秋游", "踏青", "登山",
        "徒步", "健步走", "拔河", "趣味", "读书月", "读书节", "送温暖", "慰问", "安康杯", "妇女节", "三八", "劳动节", "五一",
        "母亲节", "儿童节", "六一", "教师节", "护士节", "中秋", "国庆", "元旦", "春节", "端午", "重阳", "联谊",
    ]

    /// Whether a plan's title names an activity's scheme: a scheme type (活动方案, 竞赛方案),
    /// or 实施方案 (活动安排, 活动计划) after a named event — and not the union's work.
    static func titleNamesScheme(_ title: String) -> Bool {
        // A congress's or an election's own 工作方案 (教职工代表大会工作方案, 换届选举工作步骤安排):
        // its 工作 is the meeting's, not the union's year.
        if namesMeetingWork(title) { return true }
        // A title that names the union's 工作 (工作方案, 年度工作实施方案) is its plan for the year.
        guard !UTF8Search.contains(title, "工作") else { return false }
        if schemeTypes.contains(where: { UTF8Search.contains(title, $0) }) { return true }
        if namesCongressScheme(title) || namesElectionScheme(title) { return true }
        return eventTypes.contains { UTF8Search.contains(title, $0) } && eventWords.contains { UTF8Search.contains(title, $0) }
    }

    /// The scheme of one congress meeting (学校教职工代表大会方案, 关于召开第三届教代会的实施
    /// 方案, 职代会筹备方案): its agenda, delegates and motions, never a year's holidays, funds
    /// and care. Audit of the real pages: such a scheme was judged as a year's plan and missed
    /// 27 requirements. (A title naming the union's 工作 has returned a plan before this.)
    private static func namesCongressScheme(_ title: String) -> Bool {
        UTF8Search.contains(title, "方案") && congressWords.contains { UTF8Search.contains(title, $0) }
    }

    /// The congress as titles name it; 代表大会 holds 职工代表大会 and 会员代表大会.
    private static let congressWords = ["代表大会", "教代会", "职代会", "双代会", "两代会"]

    /// An election's scheme or its steps (工会换届选举方案, 换届选举工作步骤安排, 选举办法): the
    /// candidates, the ballot and the meeting that votes, never a year's work. Audit of the
    /// real pages (twenty-second pass): such steps were judged as a year's plan.
    private static func namesElectionScheme(_ title: String) -> Bool {
        electionWords.contains { UTF8Search.contains(title, $0) } && electionTypes.contains { UTF8Search.contains(title, $0) }
    }

    private static let electionWords = ["换届", "选举"]
    private static let electionTypes = ["方案", "安排", "步骤", "程序", "流程", "办法"]

    /// Whether every 工作 of a title is a congress's or an election's (教职工代表大会工作方案,
    /// 职代会工作实施方案, 换届选举工作步骤安排) and the title is one of their schemes: the
    /// union's 工作 (工会工作方案, 2025年工作方案) has none of those words right before it.
    private static func namesMeetingWork(_ title: String) -> Bool {
        guard namesCongressScheme(title) || namesElectionScheme(title) else { return false }
        let owners = congressWords + electionWords
        var rest = Substring(title)
        var found = false
        while let range = rest.range(of: "工作") {
            let before = rest[rest.startIndex..<range.lowerBound]
            guard owners.contains(where: { before.hasSuffix($0) }) else { return false }
            found = true
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// The first words of a scheme's own parts, as its top-level headings give them
    /// (一、活动主题 二、活动时间 三、活动地点 四、参加人员).
    private static let partTitles: OpeningWords = OpeningWords([
        "活动", "时间", "地点", "参加人员", "参加对象", "参赛对象", "参与对象", "参与人员", "参赛人员", "比赛", "竞赛", "主持人",
        "经费预算", "奖项设置", "评奖", "注意事项", "报名",
        // A meeting's arrangements (会议时间及地点, 会议议程, 会议要求), as a notice convening it
        // gives them: one event's, not a year's plan.
        "会议", "参会",
    ])
    /// The part that dates it (活动时间, 时间：3月8日, 比赛时间, 活动时间与地点).
    private static let timeTitles: OpeningWords = OpeningWords(["活动时间", "活动日期", "时间", "比赛时间", "竞赛时间", "会议时间", "会议日期"])
    /// The parts that set it apart from a year's plan with a schedule: where, who, what theme.
    private static let settingTitles: OpeningWords = OpeningWords([
        "活动地点", "地点", "参加人员", "参加对象", "参赛对象", "参与对象", "参与人员", "参赛人员", "活动对象", "活动主题", "比赛地点",
        "会议地点", "参会人员", "参会对象", "会议议程", "会议主要议程",
    ])
    /// The setting a time heading can go on to name (活动时间、地点、对象): where and who.
    private static let combinedSettingWords: [[UInt8]] = ["地点", "对象", "参加人员", "参与人员", "参赛人员"].map { Array($0.utf8) }
    /// How a year's plan heads its tasks: one of them among the top-level headings makes the
    /// document a plan, whatever scheme parts stand beside them.
    private static let taskTitles: OpeningWords = OpeningWords([
        "主要任务", "工作任务", "重点工作", "工作重点", "主要工作", "具体工作", "工作要点", "工作目标", "工作措施", "工作安排",
    ])

    /// Whether the top-level headings are a scheme's parts: a time part, a setting part (place,
    /// participants or theme), scheme parts for at least half of them, and no task heading of
    /// a year's plan. In a file of several parts (篇一, 篇二) the headings under each part
    /// count as top-level.
    static func hasSchemeParts(headings: [Heading], sections: SectionTree, text: ScalarScanner) -> Bool {
        var tops: [Heading] = []
        tops.reserveCapacity(sections.root.children.count)
        for child in sections.root.children {
            guard let index = sections.nodes[child].headingIndex else { continue }
            if headings[index].numbering?.style == .part {
                tops += sections.nodes[child].children.compactMap { sections.nodes[$0].headingIndex.map { headings[$0] } }
            } else {
                tops.append(headings[index])
            }
        }
        // A page cut above its first part keeps the last items of that part (4. 组织一次征文
        // 5. 出版一期专刊) at the top, in another numbering than the parts (二、活动时间): where
        // a time part is numbered, only the headings numbered as it is are the document's parts.
        // Without a time part there is no scheme: most plans are answered by this one look
        // at their headings, not by the three below for each.
        guard let time = tops.first(where: { heading in timeTitles.opens(words(of: heading, in: text)) }) else { return false }
        if let style = time.numbering?.style {
            tops = tops.filter { $0.numbering?.style == style }
        }
        var hasTime = false
        var hasSetting = false
        var schemeParts = 0
        for heading in tops {
            let words = words(of: heading, in: text)
            if taskTitles.opens(words) { return false }
            guard partTitles.opens(words) else { continue }
            schemeParts += 1
            if timeTitles.opens(words) {
                hasTime = true
                // One heading can name the time and the setting together (活动时间、地点、对象;
                // 时间和地点): the setting words after it count as a setting part of their own.
                if combinedSettingWords.contains(where: { UTF8Search.contains(words, $0) }) { hasSetting = true }
            }
            if settingTitles.opens(words) { hasSetting = true }
        }
        return hasTime && hasSetting && schemeParts * 2 >= tops.count
    }

    /// A heading's words, number aside; a heading with its value on its line (活动时间：3月8日)
    /// keeps it in its title.
    private static func words(of heading: Heading, in text: ScalarScanner) -> ArraySlice<UInt8> {
        let start = heading.titleRange.isEmpty ? heading.range.lowerBound : heading.titleRange.lowerBound
        return text.bytes[start..<heading.range.upperBound]
    }
}
