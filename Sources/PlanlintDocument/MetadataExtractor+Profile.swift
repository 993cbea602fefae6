import PlanlintRules

/// The kind of organisation a plan serves, from the words of its title and body.
extension MetadataExtractor {
    /// Weighted words per profile: title words count heavily, body words by occurrence.
    static let profileWords: [(OrganisationProfile, title: [String], body: [String])] = [
        (
            // Bare 教育 is no school's word in a body: every plan 教育引导s its members and
            // holds 理想信念教育 (a provincial federation's plan scored 5 for a school on it).
            // The education system's own compounds are.
            .school, ["学校", "中学", "小学", "幼儿园", "幼稚园", "大学", "学院", "教育", "校"],
            ["学校", "教师", "教职工", "教代会", "校园", "教育局", "教育系统", "学生", "教学", "校务", "幼儿园", "幼稚园"]
        ),
        (
            .hospital, ["医院", "卫生院", "医疗", "卫生", "保健院", "疾控", "疾病预防控制", "血站", "门诊"],
            // 疾控, 卫健 and 卫生监督: a disease-control centre names itself so in its news.
            ["医院", "卫生院", "医疗", "医护", "患者", "病人", "护理", "医务", "院党委", "我院", "全院", "疾控", "卫健", "卫生监督"]
        ),
        (
            // Utilities, mines and railway units name themselves without 公司: 电业局, 矿业, 机务段.
            // A 供电局 or 铁路局 is a company, not an office: its title words outweigh the 局
            // of agencies and the 局工会 its own title adds to their body words.
            .enterprise, ["公司", "企业", "集团", "厂", "银行", "支行", "分行", "保险", "证券", "信用社", "煤矿", "电力", "供电",
                          "电业", "矿业", "铁路", "机务段", "车务段", "工务段", "电务段", "项目部", "电业局", "供电局", "铁路局"],
            // 我行 (our bank), 银行, 支行 and 供电 (power supply) speak for a bank's or a utility's plan.
            ["公司", "集团", "车间", "生产", "员工", "班组", "企业工会", "我行", "银行", "支行", "供电"]
        ),
        (
            .agency, ["机关", "局", "委", "办公室", "政府", "单位", "法院", "检察院", "文化馆", "图书馆", "博物馆"],
            // A tax bureau's pages name it 国税/地税, 区局 and its staff 全局干部, 税务干部;
            // bare 税务 is no office's word (a federation's plan has 税务代收 its dues).
            ["机关", "机关工会", "局工会", "我局", "政府", "事业单位", "局党组", "机关党委",
             "税务局", "税务干部", "国税", "地税", "区局", "全局干部", "全局职工"]
        ),
        // A 社区 or 村 union serves its own members. A 镇, 乡 or 街道 union (总工会 or not) leads
        // the unions of its area's firms (普遍建会, 区域性集体合同, its 社区工会 under it), so it is a
        // federation by the rules that fit it: its title's 镇工会 or 街道工会 and its body's 镇工会,
        // 镇党委 count for the federation, and 镇 or 街道 inside them not for the community.
        (.community, ["社区", "街道", "乡镇", "村", "镇"], ["社区", "街道", "乡镇", "居民", "村民"]),
        // A 街道 or 乡镇 总工会 (and a 工会联合会 of a district or park) leads the unions of its
        // area: a federation, which its second title word makes outweigh 街道 or 镇. So does a
        // 街道工委 (the street's union working committee), against 街道 and the 委 of agencies;
        // a 机关工委 stays an agency on 机关 and 委.
        (
            // So does a 街道工会联合会 or 乡镇工会联合会 (a 社区工会联合会 stays the community's);
            // 工联会 is a federation's short name (香港工联会, 社区工联会 of a street's firms).
            .federation, ["总工会", "市总", "区总", "县总", "街道总工会", "镇总工会", "乡总工会", "工会联合会", "工委", "街道工委",
                          "街道工会联合会", "镇工会联合会", "工联会", "镇工会", "乡工会", "街道工会"],
            // 全区工会 (全市, 全县): a district's unions as a whole, which only a federation plans for
            // (a district federation's plan that also plans for its 机关事业工会).
            // Founding unions in the area's firms (非公企业, 新建企业工会, 建会率) is a federation's work.
            ["总工会", "市总", "区总", "县总", "各级工会", "基层工会组织", "全区工会", "全市工会", "全县工会",
             "非公企业", "新建工会", "新建企业工会", "工会组建", "组建工会", "建会率", "新就业形态",
             // A province's federation: 全省工会, 全省职工, 省总 (its own short name).
             "工联会", "省总", "全省工会", "全省职工", "我省工会",
             // A township's or a street's union (乡镇工会 takes 乡镇 from the community as 街道工会
             // takes 街道), and the town's party committee it answers to.
             "镇工会", "乡工会", "乡镇工会", "街道工会", "镇党委", "乡党委",
             // 机关事业工会: the offices' and institutions' unions a district federation leads (an
             // office's own union is its 机关工会), so its 机关 is no office's word.
             "机关事业工会"]
        ),
    ]

    func profile(title: String) -> (OrganisationProfile, fromTitle: Bool)? {
        // Counted here only when the reader's caller did not (the automaton steps over the
        // fillers of hidden pinyin; this count reads the text without them).
        let bodyScores = self.bodyScores ?? Self.bodyScores(
            text.bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller)
                ? ScalarScanner(bytes: text.bytes.withUnsafeBufferPointer(PinyinAnnotations.withoutFillers), holdsFillers: false) : text,
            limit: Self.profileScanBytes)
        var best: (OrganisationProfile, Int, Bool)?
        var scored: [(OrganisationProfile, Int)] = []
        let ranked = bodyScores.sorted(by: >)
        let bestBody = ranked.first ?? 0
        // Only a body that is one unit's plan overrules the collection's title: a collection
        // of several units' plans (a town's, a school's, a city's under a 医院 title) is the
        // title's by what the site filed it as.
        let isCollection = CollectionTitle.names(title) && bestBody >= Self.collectionBodyRatio * (ranked.dropFirst().first ?? 0)
        for (index, entry) in Self.profileWords.enumerated() {
            // A site's collection title over a body that names another unit far more often
            // than the title's (a company's plan under 机关工会工作计划(汇总33篇)) is the site's
            // category: its words count as a few body words. Where the body backs the title's
            // unit (a collection of 局工会 plans, one of them a long school's), it stays the title.
            let discounted = isCollection && bestBody >= Self.collectionBodyRatio * bodyScores[index]
            let wordScore = discounted ? Self.collectionTitleWordScore : Self.titleWordScore
            let titleScore = entry.title.reduce(0) { $0 + (Self.titleNames(title, $1) ? 1 : 0) } * wordScore
            let score = titleScore + bodyScores[index]
            if score > 0 { scored.append((entry.0, score)) }
            // A discounted title's words are the origin only where they outweigh the body's.
            let fromTitle = titleScore > 0 && (!discounted || titleScore > bodyScores[index])
            if score > (best?.1 ?? 2) { best = (entry.0, score, fromTitle) }
        }
        if let best { return (best.0, best.2) }
        // Thin but uncontested: two words of one kind and none of any other (a site's page
        // whose first plan names its 机关工会 twice, or its 公司 and 员工, under a title naming no
        // unit). One word alone, or words of two kinds, say too little.
        if scored.count == 1, scored[0].1 >= Self.uncontestedScore { return (scored[0].0, false) }
        return nil
    }

    /// What a word of the plan's own title counts: it names the plan's unit, against any body.
    static let titleWordScore = 100
    /// What a word of a site's collection title counts (`CollectionTitle`): a few body words.
    /// It names the site's category, which a site gives another unit's plan; over a plan
    /// whose body names no unit it still decides (3 is above the least score that wins).
    static let collectionTitleWordScore = 3
    /// How many times as often the body must name another unit than the collection title's
    /// for the title to count as a few body words; the body's own unit words, when it names
    /// none, are 0, so any body that names a unit outweighs the title's.
    static let collectionBodyRatio = 3

    /// The least score a profile needs when no other profile has any word (`profile(title:)`).
    static let uncontestedScore = 2

    /// Title words that name no office inside a longer word: a 事业单位 (a public institution:
    /// a school, a hospital, a works) is no agency by its 单位; its other words or its body
    /// decide. A shop's 事业单位 title over a salt works' plan read as an agency's.
    ///
    /// A 镇, 乡镇 or 街道 inside 镇工会, 乡镇工会 or 街道工会 names a federation (`profileWords`), no
    /// community. A 学院 inside 医学院, 临床学院 or 肿瘤学院 may be a school or the hospital that
    /// teaches for a university (a cancer hospital's 肿瘤学院工会 plans for 我院's 职代会): the
    /// body decides. So does the 大学 or 学院 of a unit attached to one (大学附属医院, 学院附属中学):
    /// the hospital's 医院 or the school's 中学 names it, and a 附属医院 read as a school on its
    /// first listed profile's tie.
    private static let titleWordsWithin: [String: [String]] = [
        "单位": ["事业单位"], "镇": ["镇工会"], "乡镇": ["乡镇工会"], "街道": ["街道工会"],
        "学院": ["医学院", "临床学院", "肿瘤学院", "学院附属"], "大学": ["大学附属"],
    ]

    /// Whether `title` holds `word` other than inside one of its `titleWordsWithin`.
    static func titleNames(_ title: String, _ word: String) -> Bool {
        guard UTF8Search.contains(title, word) else { return false }
        guard let longer = titleWordsWithin[word] else { return true }
        let inside = longer.reduce(0) { $0 + occurrences(of: $1, in: title) * occurrences(of: word, in: $1) }
        return occurrences(of: word, in: title) > inside
    }

    /// How often `word` occurs in `text` (a title: a few dozen scalars).
    private static func occurrences(of word: String, in text: String) -> Int {
        let needle = Array(word.unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return 0 }
        return (0...(scalars.count - needle.count)).filter { scalars[$0..<$0 + needle.count].elementsEqual(needle) }.count
    }

    /// Body words grouped by first scalar, so one pass over the text counts them all; `slots[scalar]` is the group's index plus
    /// one (0: no word starts there). A flat table over the BMP, because this lookup runs for
    /// many Chinese characters of a plan and hashing each was a tenth of reading. `prefixes`
    /// holds one bit per (lead byte, second byte) of the words' first characters: most
    /// characters are passed over on that bit, without decoding them or touching the 128 KB
    /// table.
    static let bodyWordTables = BodyWordTables(profileWords.map(\.body))

    struct BodyWordTables {
        /// A word after its first character: its second character's three bytes (every
        /// body word has one, all three-byte), then the rest as a range of `tails`.
        struct Entry {
            var second: UInt32
            var tail: Range<Int>
            var profile: Int
            /// The word's place in its profile's list.
            var word: Int
        }

        /// The words of group `g` (one first character) are `entries[groups[g]]`.
        var groups: [Range<Int>] = []
        var entries: [Entry] = []
        var tails: [UInt8] = []
        var slots = [UInt16](repeating: 0, count: 0x10000)
        /// Bit `second & 0x3F` of `prefixes[lead & 0x0F]`, for three-byte first characters.
        var prefixes = [UInt64](repeating: 0, count: 16)

        init(_ words: [[String]]) {
            var byFirst: [Int: [(bytes: [UInt8], profile: Int, word: Int)]] = [:]
            var order: [Int] = []
            for (profile, list) in words.enumerated() {
                for (index, word) in list.enumerated() {
                    let bytes = Array(word.utf8)
                    let scalars = Array(word.unicodeScalars)
                    precondition(
                        scalars.count >= 2 && bytes.count >= 6 && scalars.prefix(2).allSatisfy { $0.value >= 0x800 && $0.value < 0x10000 },
                        "profile words start with two three-byte characters")
                    let first = Int(scalars[0].value)
                    if byFirst[first] == nil { order.append(first) }
                    byFirst[first, default: []].append((bytes, profile, index))
                }
            }
            for first in order {
                let start = entries.count
                for (bytes, profile, index) in byFirst[first]! {
                    let second = UInt32(bytes[3]) | UInt32(bytes[4]) << 8 | UInt32(bytes[5]) << 16
                    entries.append(
                        Entry(second: second, tail: tails.count..<tails.count + bytes.count - 6, profile: profile, word: index))
                    tails += bytes[6...]
                    prefixes[Int(bytes[0] & 0x0F)] |= 1 << UInt64(bytes[1] & 0x3F)
                }
                groups.append(start..<entries.count)
                slots[first] = UInt16(groups.count)
            }
        }
    }

    /// Occurrences of each profile's body words in the first `limit` bytes
    /// (`ProfileWords.scores`).
    static func bodyScores(_ text: ScalarScanner, limit: Int) -> [Int] {
        var counts = profileWords.map { [Int](repeating: 0, count: $0.body.count) }
        let end = min(limit, text.bytes.count)
        // The tables are bound once: a `static let` read inside the loop checked that it was
        // initialised on every character.
        let tables = bodyWordTables
        tables.prefixes.withUnsafeBufferPointer { prefixes in
            tables.slots.withUnsafeBufferPointer { slots in
                tables.entries.withUnsafeBufferPointer { entries in
                    tables.tails.withUnsafeBufferPointer { tails in
                        text.bytes.withUnsafeBufferPointer { bytes in
                            var index = 0
                            while index < end {
                                let lead = bytes[index]
                                guard lead >= 0xE0 else {
                                    index += 1
                                    continue
                                }
                                // Three bytes: a BMP character (valid UTF-8 always has the two
                                // that follow); longer sequences start no word.
                                guard lead < 0xF0 else {
                                    index = text.scalar(at: index).1
                                    continue
                                }
                                let second = bytes[index + 1]
                                if prefixes[Int(lead & 0x0F)] >> UInt64(second & 0x3F) & 1 != 0,
                                    index + 6 <= bytes.count
                                {
                                    let scalar = Int(lead & 0x0F) << 12 | Int(second & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                                    let slot = Int(slots[scalar])
                                    if slot > 0 {
                                        let next = UInt32(bytes[index + 3]) | UInt32(bytes[index + 4]) << 8 | UInt32(bytes[index + 5]) << 16
                                        for entry in entries[tables.groups[slot - 1]] where entry.second == next {
                                            let tailStart = index + 6
                                            guard tailStart + entry.tail.count <= bytes.count else { continue }
                                            var equal = true
                                            for offset in 0..<entry.tail.count where bytes[tailStart + offset] != tails[entry.tail.lowerBound + offset] {
                                                equal = false
                                                break
                                            }
                                            if equal { counts[entry.profile][entry.word] += 1 }
                                        }
                                    }
                                }
                                index += 3
                            }
                        }
                    }
                }
            }
        }
        return ProfileWords.scores(wordCounts: counts)
    }

    /// The body words, for tests.
    static var bodyWords: [[String]] { profileWords.map(\.body) }
}
