/// The opening of a report in a file that names no document type: a news item on a meeting
/// (8月17日下午,公司在会议室召开二届八次工会全委会; 本报讯…12月30日,局机关工会召开…培训会)
/// or a report of the year so far (今年以来,公司工会…; 2021年以来,…支行工会始终…). Such
/// pages are filed under 工会工作计划 by sites and read as plans of unknown kind, while their
/// few past-tense words left `structure.not-a-plan` silent.
///
/// Only the first sentence of each of the opening blocks is read: a plan without its title
/// opens with its guiding ideas or a numbered task, and its schedule (3月8日举办…活动) puts the
/// deed right after the date, where a news item names who held the meeting first.
extension MetadataExtractor {
    /// How many opening blocks are read, and how far into each.
    static let reportLeadBlocks = 6
    static let reportLeadScalars = 200
    /// A first sentence shorter than this is a headline phrase, read on past.
    static let leadInScalars = 16
    /// How far after its date a news item names the meeting's verb.
    static let dateVerbScalars = 60

    /// The first sentence that opens the file as a report, as a byte range.
    func reportLead() -> Range<Int>? {
        for block in blocks.prefix(Self.reportLeadBlocks) {
            var scalars: [Unicode.Scalar] = []
            var index = block.range.lowerBound
            while index < block.range.upperBound, scalars.count < Self.reportLeadScalars {
                let (value, next) = text.scalar(at: index)
                index = next
                // The fillers of hidden pinyin (會(huì)議) are no characters of the sentence.
                if value == UInt32(PinyinAnnotations.filler) { continue }
                let scalar = Unicode.Scalar(value) ?? " "
                // A news item's headline phrase before its first full stop (寒冬送关怀,情暖
                // 职工心。1月7日上午,…) is read through to the sentence after it.
                if scalar == "。", scalars.count >= Self.leadInScalars { break }
                scalars.append(scalar)
            }
            if Self.opensWithSince(scalars) || Self.opensWithRecently(scalars) || Self.opensWithRecentYears(scalars)
                || Self.opensAsAddress(scalars)
                || Self.namesMeetingHeld(scalars)
                || Self.datesMeetingHeld(scalars)
            {
                return text.trimmed(block.range.lowerBound..<index)
            }
        }
        return newsDateline()
    }

    /// A news agency's or paper's dateline (本报讯, 本网讯, 本刊讯, 中工网讯) in the opening blocks,
    /// before or after a site's lead-in: the file is a news item on what was done, whatever
    /// plans it relays. A byline alone (本报记者 王芳) is left: papers print whole plans under
    /// one. The range runs from the dateline to the end of its sentence.
    func newsDateline() -> Range<Int>? {
        for block in blocks.prefix(Self.reportLeadBlocks) {
            var scalars: [Unicode.Scalar] = []
            var starts: [Int] = []
            var index = block.range.lowerBound
            while index < block.range.upperBound, scalars.count < Self.datelineScalars {
                let (value, next) = text.scalar(at: index)
                if value != UInt32(PinyinAnnotations.filler) {
                    scalars.append(Unicode.Scalar(value) ?? " ")
                    starts.append(index)
                }
                index = next
            }
            guard let at = Self.datelineIndex(scalars) else { continue }
            var end = at
            while end < scalars.count, scalars[end] != "。" { end += 1 }
            let upper = end < scalars.count ? starts[end] : index
            return text.trimmed(starts[at]..<upper)
        }
        return nil
    }

    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    /// Whether a reporter's byline in brackets follows `index`: (记者 …), (通讯员 …).
    private static func reporterFollows(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, scalars[next] == " " { next += 1 }
        guard next < scalars.count, scalars[next] == "(" else { return false }
        let rest = scalars[(next + 1)...]
        return ["记者", "通讯员"].contains { rest.starts(with: $0.unicodeScalars) }
    }

    /// How far into an opening block a dateline is looked for: a site's lead-in may come first.
    static let datelineScalars = 400

    /// Where a dateline starts: 讯 after 本报, 本网, 本刊 or a site's name ending in 网
    /// (中工网讯, 人民网讯), followed by a space, a bracket (本报讯(记者 …)), a date or the text,
    /// but not inside a list of media (刊物、网讯、交流会).
    static func datelineIndex(_ scalars: [Unicode.Scalar]) -> Int? {
        var index = 1
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "讯" else { continue }
            let before = scalars[index - 1]
            let start: Int
            if index >= 2, ["本报", "本网", "本刊"].contains(where: { $0.unicodeScalars.elementsEqual(scalars[(index - 2)..<index]) }) {
                start = index - 2
            } else if before == "网", index >= 2, isIdeograph(scalars[index - 2]) {
                // The site's whole name (中工网讯), up to four characters before 网.
                var first = index - 2
                while first > 0, index - first < 5, isIdeograph(scalars[first - 1]) { first -= 1 }
                start = first
            } else if Self.reporterFollows(scalars, after: index) {
                // 某某新闻网5月26日讯(通讯员 …), 某县融媒体中心1月29日讯(通讯员 …): a dateline by
                // its reporter, from where the source's name and date begin.
                var first = index
                while first > 0, index - first < 16, isIdeograph(scalars[first - 1]) || isDigit(scalars[first - 1]) { first -= 1 }
                start = first
            } else {
                continue
            }
            if start > 0, scalars[start - 1] == "、" { continue }
            if index + 1 < scalars.count, scalars[index + 1] == "、" { continue }
            return start
        }
        return nil
    }

    /// 今年以来, 去年以来, 年初以来, 上半年以来, 2021年以来, 11月份以来: how a report of the
    /// year so far opens, after any spaces or lost characters (?).
    static func opensWithSince(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "?" || scalars[index] == "\u{3000}" { index += 1 }
        let rest = scalars[index...]
        for word in ["今年", "去年", "本年", "年初", "上半年"] where rest.starts(with: word.unicodeScalars) {
            return rest.dropFirst(word.unicodeScalars.count).starts(with: since)
        }
        var after = index
        if rest.count >= 5, rest.prefix(4).allSatisfy(isDigit), scalars[index + 4] == "年" {
            after = index + 5
        } else {
            while after < scalars.count, after - index < 2, isDigit(scalars[after]) { after += 1 }
            guard after > index, after < scalars.count, scalars[after] == "月" else { return false }
            after += 1
            if after < scalars.count, scalars[after] == "份" { after += 1 }
        }
        return scalars[after...].starts(with: since)
    }

    private static let since = "以来".unicodeScalars

    /// 近日, and 日前, then a comma: how a news item opens on what was done in the last days
    /// (近日,某镇组织人员参加…推进会; 近日,某分行工会被授予…), also after the purpose it
    /// opens with (为加强…,近日,某街道…联席会议召开). A plan says what it will do 近期 (soon),
    /// never 近日. 会上, then a comma: what was said at the meeting a news item is about
    /// (会上,县总工会副主席总结了…); a plan puts 会上 inside its task (3月召开职代会,会上审议…).
    static func opensWithRecently(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 }
        let rest = scalars[index...]
        let followedByComma: (ArraySlice<Unicode.Scalar>, Int) -> Bool = { slice, count in
            slice.dropFirst(count).first.map { $0 == "," || $0 == "、" } == true
        }
        if ["近日", "日前", "会上"].contains(where: { rest.starts(with: $0.unicodeScalars) && followedByComma(rest, 2) }) { return true }
        // After the opening's purpose: ,近日, or ,日前, in its first sentence.
        var comma = rest.startIndex
        while let found = rest[comma...].firstIndex(of: ",") {
            let after = rest[(found + 1)...]
            if ["近日", "日前"].contains(where: { after.starts(with: $0.unicodeScalars) }), followedByComma(after, 2) { return true }
            comma = found + 1
        }
        return false
    }

    /// 近年来 (近几年来, 多年来), a comma, and a union as the clause's subject (近年来,某院工会
    /// 立足…): a feature on how a union has worked, as a paper prints it. A plan's background
    /// opens on the times (近年来,随着…), not on its union's record, and is left.
    static func opensWithRecentYears(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 }
        let rest = scalars[index...]
        guard let word = ["近年来", "近几年来", "多年来"].first(where: { rest.starts(with: $0.unicodeScalars) }) else { return false }
        let after = rest.dropFirst(word.unicodeScalars.count)
        guard after.first == "," else { return false }
        let clause = after.dropFirst().prefix { $0 != "," && $0 != "。" }
        return !clause.starts(with: "随着".unicodeScalars) && firstIndex(of: union, in: clause) != nil
    }

    private static let union = Array("工会".unicodeScalars)

    /// How a congress's work report opens (各位代表：我受第十五届工会委员会委托，向大会作2024年
    /// 工作报告), how a speech at a meeting does (这次全委会议的主要任务是，…; 向…各位领导表示热烈的
    /// 欢迎) and how a reporter sources a news item (记者从市总工会获悉): what a meeting hears or
    /// a paper prints, not the plan it may adopt. A plan is entrusted
    /// with tasks (受市总工会委托，承办技能竞赛) but reports nothing to a meeting, and says what
    /// the union will do rather than what a meeting is for.
    static func opensAsAddress(_ scalars: [Unicode.Scalar]) -> Bool {
        if let entrusted = firstIndex(of: entrustedWord, in: scalars[...]),
            scalars[max(0, entrusted - addressScalars)..<entrusted].contains("受")
        {
            let after = scalars[(entrusted + entrustedWord.count)..<min(scalars.count, entrusted + entrustedWord.count + addressScalars)]
            if let to = after.firstIndex(of: "向"), firstIndex(of: reportWord, in: after[to...]) != nil { return true }
        }
        // A welcome to the guests (向…各位领导表示热烈的欢迎) opens a speech, and a reporter's
        // source (记者从市总工会获悉) a news item.
        if firstIndex(of: warmWord, in: scalars[...]) != nil { return true }
        if let learnt = firstIndex(of: learntWord, in: scalars[...]), scalars[max(0, learnt - addressScalars)..<learnt].contains("从") {
            return true
        }
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 }
        let rest = scalars[index...]
        guard ["这次", "本次"].contains(where: { rest.starts(with: $0.unicodeScalars) }),
            let task = firstIndex(of: mainTaskWord, in: rest.prefix(addressScalars))
        else { return false }
        return scalars[index..<task].contains("会")
    }

    /// How far 受 may stand before 委托, and 向…报告 after it; how far into the sentence a
    /// meeting's 的主要任务是 is looked for.
    static let addressScalars = 40
    private static let entrustedWord = Array("委托".unicodeScalars)
    private static let reportWord = Array("报告".unicodeScalars)
    private static let mainTaskWord = Array("的主要任务是".unicodeScalars)
    private static let warmWord = Array("表示热烈".unicodeScalars)
    private static let learntWord = Array("获悉".unicodeScalars)

    /// A date (8月17日, 12月18日—19日, then 上午 or 下午) followed, after at least two
    /// characters naming who or where, by 召开, 举行 or 举办 within `dateVerbScalars`, in a
    /// sentence naming a meeting (会, which 工会 also holds) or an event (活动). The
    /// characters before the verb are what part a news item from a plan's schedule.
    static func namesMeetingHeld(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            guard let end = dateEnd(scalars, at: index) else {
                index += 1
                continue
            }
            var after = end
            var timeOfDay = false
            for word in ["上午", "下午", "晚上", "晚"] where scalars[after...].starts(with: word.unicodeScalars) {
                after += word.unicodeScalars.count
                timeOfDay = true
                break
            }
            if after < scalars.count, scalars[after] == "," { after += 1 }
            let window = scalars[after..<min(scalars.count, after + dateVerbScalars)]
            let rest = scalars[after...]
            // The hour of the day is a news item's (6月20日上午,某公司工会组织职工代表…巡视;
            // 1月7日上午,院党委书记…一行看望、慰问了…): after it, what a union did counts as
            // much as a meeting held. A plan's schedule names the day, not its hour; nor does it
            // tell its deeds as done (11月2日,集团工会组织…人员,开展了集中学习活动).
            // Nor does it tell what a meeting or a chair did about the year's work (4月24日,公司
            // 工会副主席…对2017年工会工作做了安排; …作了部署): 做了 and 作了 are done deeds.
            let done = doneVerbs.contains { firstIndex(of: $0, in: window) != nil } || deedVerbs.contains { firstIndex(of: $0 + [Unicode.Scalar("了")], in: window) != nil }
            let verbs = timeOfDay || done ? heldVerbs + deedVerbs + doneVerbs : heldVerbs
            if let verb = verbs.compactMap({ firstIndex(of: $0, in: window) }).min(), verb - after >= 2,
                firstIndex(of: meetingWord, in: rest) != nil || firstIndex(of: eventWord, in: rest) != nil
            {
                return true
            }
            index = end
        }
        return false
    }

    /// A meeting named first and then the day it was held (某区总工会二届十一次全委(扩大)会议
    /// 2月28日召开; …会议于3月5日上午在…举行): a news item's lead. A plan fixes its meeting's
    /// day with 定于, 拟于 or 将于 (会议定于3月5日召开), which this leaves.
    static func datesMeetingHeld(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "会" else {
                index += 1
                continue
            }
            var after = index + 1
            if after < scalars.count, scalars[after] == "议" { after += 1 }
            // Only 于 may stand between (定于, 拟于 and 将于 put a word before it).
            if after < scalars.count, scalars[after] == "于" { after += 1 }
            if let end = dateEnd(scalars, at: after) {
                var rest = scalars[end...]
                for word in ["上午", "下午", "晚上"] where rest.starts(with: word.unicodeScalars) {
                    rest = rest.dropFirst(word.unicodeScalars.count)
                    break
                }
                if rest.first == "在", let verb = heldVerbs.compactMap({ firstIndex(of: $0, in: rest.prefix(20)) }).min() {
                    rest = scalars[verb...]
                }
                if heldVerbs.contains(where: { rest.starts(with: $0) }) { return true }
            }
            index += 1
        }
        return false
    }

    private static let heldVerbs = ["召开", "举行", "举办"].map { Array($0.unicodeScalars) }
    private static let deedVerbs = ["组织", "看望", "慰问", "走访", "开展", "参加"].map { Array($0.unicodeScalars) }
    private static let doneVerbs = ["做了", "作了"].map { Array($0.unicodeScalars) }
    private static let meetingWord = Array("会".unicodeScalars)
    private static let eventWord = Array("活动".unicodeScalars)

    /// The end of a date at `index`: one or two figures, 月, one or two figures, 日, and a
    /// second day after a dash (18日—19日, 22-23日).
    private static func dateEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index == 0 || !isDigit(scalars[index - 1]) else { return nil }
        guard var after = figures(scalars, at: index), after < scalars.count, scalars[after] == "月",
            let day = figures(scalars, at: after + 1)
        else { return nil }
        after = day
        if after < scalars.count, scalars[after] == "日" { after += 1 }
        if after < scalars.count, "-—–~至".unicodeScalars.contains(scalars[after]), let second = figures(scalars, at: after + 1) {
            after = second
            if after < scalars.count, scalars[after] == "日" { after += 1 }
        }
        guard scalars[after - 1] == "日" else { return nil }
        return after
    }

    /// The end of one or two ASCII figures at `index`.
    private static func figures(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var after = index
        while after < scalars.count, after - index < 2, isDigit(scalars[after]) { after += 1 }
        return after > index ? after : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Where `word` first starts in `scalars`, as an index of it.
    static func firstIndex(of word: [Unicode.Scalar], in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard word.count <= scalars.count else { return nil }
        var start = scalars.startIndex
        while start + word.count <= scalars.endIndex {
            if scalars[start..<start + word.count].elementsEqual(word) { return start }
            start += 1
        }
        return nil
    }
}
