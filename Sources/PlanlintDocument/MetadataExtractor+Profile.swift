import PlanlintRules

/// The kind of organisation a plan serves, from the words of its title and body.
extension MetadataExtractor {
    /// Weighted words per profile: title words count heavily, body words by occurrence.
    static let profileWords: [(OrganisationProfile, title: [String], body: [String])] = [
        (
            // Bare 教育 is no school's word in a body: every plan 教育引导s its members and
            // holds 理想信念教育 (a provincial federation's plan scored 5 for a school on it).
            // The education system's own compounds are.
            // 高中 (a senior high school), 中专 and 职高 (vocational schools) and a 托儿所 name
            // themselves without 学校 or 中学; so do Taiwan's 国小 and 国中.
            // A school named by its number (城南一中, 实验二中) or as attached to a university
            // (附中, 附小), and a junior middle school (初中): `numberedSchools`.
            .school, ["学校", "中学", "小学", "幼儿园", "幼稚园", "大学", "学院", "教育", "校", "高中", "中专", "职高", "托儿所", "国小", "国中",
                      "初中", "附中", "附小"] + numberedSchools,
            ["学校", "教师", "教职工", "教代会", "校园", "教育局", "教育系统", "学生", "教学", "校务", "幼儿园", "幼稚园",
             // A school's terms and classes (本学期, 每学年, 各班级), its staff as 教工, and the
             // school naming itself and its organs (我校, 全校, 校团委): no other unit's words.
             // (A student body's volunteer plan read as a community's on the 社区 it served.)
             "学期", "学年", "班级", "教工", "我校", "全校", "本校", "校工会", "校党委", "校团委", "校领导", "校长"]
        ),
        (
            .hospital, ["医院", "卫生院", "医疗", "卫生", "保健院", "疾控", "疾病预防控制", "血站", "门诊", "急救中心", "急救站"],
            // 疾控, 卫健 and 卫生监督: a disease-control centre names itself so in its news.
            // 医患 and 门诊: a hospital's patients and clinics, which no school plans for.
            ["医院", "卫生院", "医疗", "医护", "患者", "病人", "护理", "医务", "院党委", "我院", "全院", "疾控", "卫健", "卫生监督",
             "医患", "门诊",
             // A hospital's own openness channel, its clinical front line, its nurses and
             // doctors (护士节, 医师节) and its medical ethics (医德医风), as 校务公开 and 师德 are
             // a school's.
             "院务公开", "临床", "护士", "医生", "医师", "医德"]
        ),
        (
            // Utilities, mines and railway units name themselves without 公司: 电业局, 矿业, 机务段.
            // A 供电局 or 铁路局 is a company, not an office: the 局 inside them counts for no
            // agency (`titleWordsInside`).
            .enterprise, ["公司", "企业", "集团", "厂", "银行", "支行", "分行", "保险", "证券", "信用社", "煤矿", "电力", "供电",
                          "电业", "矿业", "铁路", "机务段", "车务段", "工务段", "电务段", "项目部", "电业局", "供电局", "铁路局",
                          // Firms that name themselves by their trade alone: hotels, shops, farms,
                          // estate managers, airports, transit and fuel and heat suppliers.
                          "酒店", "宾馆", "饭店", "商场", "超市", "农场", "物业", "机场", "地铁", "公交", "燃气", "热力", "石油", "石化", "油田"],
            // 我行 (our bank), 银行, 支行 and 供电 (power supply) speak for a bank's or a utility's plan.
            ["公司", "集团", "车间", "生产", "员工", "班组", "企业工会", "我行", "银行", "支行", "供电"]
        ),
        (
            .agency, ["机关", "局", "委", "办公室", "政府", "单位", "法院", "检察院", "文化馆", "图书馆", "博物馆", "海关", "派出所"],
            // A tax bureau's pages name it 国税/地税, 区局 and its staff 全局干部, 税务干部;
            // bare 税务 is no office's word (a federation's plan has 税务代收 its dues).
            ["机关", "机关工会", "局工会", "我局", "政府", "事业单位", "局党组", "机关党委",
             "税务局", "税务干部", "国税", "地税", "区局", "全局干部", "全局职工",
             // Civil servants: only an office's staff are.
             "公务员"]
        ),
        // A 社区 or 村 union serves its own members. A 镇, 乡 or 街道 union (总工会 or not) leads
        // the unions of its area's firms (普遍建会, 区域性集体合同, its 社区工会 under it), so it is a
        // federation by the rules that fit it: 镇, 乡镇 and 街道 are the federation's words, in a
        // title (where they yield to another unit's word: `placeTitleWords`) and in a body (a
        // town's plan 围绕乡镇中心工作 and 构建和谐乡镇 read as a community's on its 乡镇).
        // A residents' or villagers' committee (居委会, 村委会) is the community's, not an
        // office's by the 委 inside it.
        (.community, ["社区", "村", "居委会", "村委会", "居民委员会", "村民委员会"], ["社区", "居民", "村民"]),
        // A 街道 or 乡镇 总工会 (and a 工会联合会 of a district or park) leads the unions of its
        // area: a federation, which its second title word makes outweigh 街道 or 镇. So does a
        // 街道工委 (the street's union working committee), against 街道 and the 委 of agencies;
        // a 机关工委 stays an agency on 机关 and 委.
        (
            // So does a 街道工会联合会 or 乡镇工会联合会 (a 社区工会联合会 stays the community's);
            // 工联会 is a federation's short name (香港工联会, 社区工联会 of a street's firms).
            .federation, ["总工会", "市总", "区总", "县总", "街道总工会", "镇总工会", "乡总工会", "工会联合会", "工委", "街道工委",
                          "街道工会联合会", "镇工会联合会", "工联会", "镇工会", "乡工会", "街道工会", "街道", "乡镇", "镇"],
            // 全区工会 (全市, 全县): a district's unions as a whole, which only a federation plans for
            // (a district federation's plan that also plans for its 机关事业工会).
            // Founding unions in the area's firms (非公企业, 新建企业工会, 建会率) is a federation's work.
            ["总工会", "市总", "区总", "县总", "各级工会", "基层工会组织", "全区工会", "全市工会", "全县工会",
             "非公企业", "新建工会", "新建企业工会", "工会组建", "组建工会", "建会率", "新就业形态",
             // A province's federation: 全省工会, 全省职工, 省总 (its own short name).
             "工联会", "省总", "全省工会", "全省职工", "我省工会",
             // A township's or a street's union and the town's party committee it answers to;
             // 乡镇 and 街道 themselves (全街道, 我街道, 乡镇经济).
             "镇工会", "乡工会", "街道工会", "镇党委", "乡党委", "乡镇", "街道",
             // 机关事业工会: the offices' and institutions' unions a district federation leads (an
             // office's own union is its 机关工会), so its 机关 is no office's word.
             "机关事业工会"]
        ),
    ]

    func profile(title: String, titleRange: Range<Int>? = nil) -> (OrganisationProfile, fromTitle: Bool)? {
        // The text without the fillers of hidden pinyin, read only when needed: the count
        // below, the title's repetitions and a site's words.
        var plainText: ScalarScanner?
        func plain() -> ScalarScanner {
            if let plainText { return plainText }
            let plainBytes =
                text.bytes.withUnsafeBufferPointer(PinyinAnnotations.holdsFiller)
                ? ScalarScanner(bytes: text.bytes.withUnsafeBufferPointer(PinyinAnnotations.withoutFillers), holdsFillers: false) : text
            plainText = plainBytes
            return plainBytes
        }
        // Counted here only when the reader's caller did not (the automaton steps over the
        // fillers of hidden pinyin; this count reads the text without them).
        var bodyScores = self.bodyScores ?? Self.bodyScores(plain(), limit: Self.profileScanBytes)
        // The title repeated in the body (over each piece of a site's collection, in its
        // preamble 下面是小编整理的局工会工作计划) is the title's evidence, which its title words
        // count once: its unit's words there are no body words that would back it.
        if let core = Self.repeatedCore(of: title) {
            let coreScores = Self.bodyScores(ScalarScanner(bytes: Array(core.utf8)), limit: Int.max)
            if coreScores.contains(where: { $0 > 0 }) {
                let times = Self.occurrences(of: Array(core.utf8), in: plain(), limit: Self.profileScanBytes)
                bodyScores = zip(bodyScores, coreScores).map { max(0, $0 - times * $1) }
            }
        }
        var best: (profile: OrganisationProfile, score: Int, fromTitle: Bool, hasTitleWords: Bool)?
        var scored: [(OrganisationProfile, Int)] = []
        let ranked = bodyScores.sorted(by: >)
        let bestBody = ranked.first ?? 0
        let titleWords = Self.titleWordCounts(title)
        // A title naming no unit leaves who writes to the union the opening sentence names
        // as acting (`leadWriter`): its words outweigh a few of the body's.
        let leadWords = titleWords.allSatisfy({ $0 == 0 }) ? leadWriter(after: titleRange).map(Self.titleWordCounts) : nil
        // Only a body that is one unit's plan overrules a site's title: a collection of
        // several units' plans (a town's, a school's, a city's under a 医院 title) is the
        // title's by what the site filed it as. A site's title is a collection's
        // (`CollectionTitle`), or any title of a page that holds a site's words (`SitePage`):
        // the site names its page, and files a street union's plan under 机关工会工作计划.
        let isSitesTitle =
            titleWords.contains(where: { $0 > 0 }) && bestBody >= Self.siteTitleBodyMinimum
            && bestBody >= Self.collectionBodyRatio * (ranked.dropFirst().first ?? 0)
            // Whether it is a site's title counts only for a title word of a unit the body
            // names far less often than its own (`discounted` below): a title that names the
            // body's unit, as most do, is not looked for on its page (fifteen searches of it).
            && titleWords.indices.contains(where: { titleWords[$0] > 0 && bestBody >= Self.collectionBodyRatio * bodyScores[$0] })
            && (CollectionTitle.names(title) || SitePage.holdsSiteWords(plain(), limit: Self.profileScanBytes))
        for (index, entry) in Self.profileWords.enumerated() {
            // A site's title over a body that names another unit far more often than the
            // title's (a company's plan under 机关工会工作计划(汇总33篇)) is the site's category:
            // its words count as a few body words. Where the body backs the title's unit (a
            // collection of 局工会 plans, one of them a long school's), it stays the title.
            let discounted = isSitesTitle && bestBody >= Self.collectionBodyRatio * bodyScores[index]
            let wordScore = discounted ? Self.collectionTitleWordScore : Self.titleWordScore
            let titleScore = titleWords[index] * wordScore
            let score = titleScore + bodyScores[index] + (leadWords?[index] ?? 0) * Self.leadWriterWordScore
            if score > 0 { scored.append((entry.0, score)) }
            // A discounted title's words are the origin only where they outweigh the body's.
            let fromTitle = titleScore > 0 && (!discounted || titleScore > bodyScores[index])
            // A tie goes to the title's unit: a site's 局工会 title over three words of the
            // hospitals a health bureau's union plans for stays the bureau's.
            let beats = score > (best?.score ?? 2) || (best.map { score == $0.score && titleScore > 0 && !$0.hasTitleWords } ?? false)
            if beats { best = (entry.0, score, fromTitle, titleScore > 0) }
        }
        if let best { return (best.profile, best.fromTitle) }
        // Thin but uncontested: two words of one kind and none of any other (a site's page
        // whose first plan names its 机关工会 twice, or its 公司 and 员工, under a title naming no
        // unit). One word alone, or words of two kinds, say too little.
        if scored.count == 1, scored[0].1 >= Self.uncontestedScore { return (scored[0].0, false) }
        return nil
    }

    /// What a word of the plan's own title counts: it names the plan's unit, against any body.
    static let titleWordScore = 100
    /// What a word of a site's title counts (`CollectionTitle`, `SitePage`): a few body words.
    /// It names the site's category, which a site gives another unit's plan; over a plan
    /// whose body names no unit it still decides (3 is above the least score that wins).
    static let collectionTitleWordScore = 3
    /// How many times as often the body must name another unit than the site title's for
    /// the title to count as a few body words; the body's own unit words, when it names none
    /// (its title's repetitions aside), are 0, so any body that names a unit outweighs the
    /// title's. Four, not three: a 局工会 collection of six plans, three of them the bureau's
    /// (我局工会 thirty times), one a long school's (a hundred school words), is the bureau's.
    static let collectionBodyRatio = 4

    /// How many words the body must name its unit with to overrule a site's title: a few 员工
    /// (staff, in every kind of plan) under a site's 医院工会工作计划 name no firm.
    static let siteTitleBodyMinimum = 6

    /// The least score a profile needs when no other profile has any word (`profile(title:)`).
    static let uncontestedScore = 2

    /// Title words that name no office inside a longer word: a 事业单位 (a public institution:
    /// a school, a hospital, a works) is no agency by its 单位; its other words or its body
    /// decide. A shop's 事业单位 title over a salt works' plan read as an agency's.
    ///
    /// A 镇, 乡镇 or 街道 inside 镇工会, 乡镇工会 or 街道工会 is counted once, by the longer word.
    /// A 学院 inside 医学院, 临床学院 or 肿瘤学院 may be a school or the hospital that
    /// teaches for a university (a cancer hospital's 肿瘤学院工会 plans for 我院's 职代会): the
    /// body decides. So does the 大学 or 学院 of a unit attached to one (大学附属医院, 学院附属中学):
    /// the hospital's 医院 or the school's 中学 names it, and a 附属医院 read as a school on its
    /// first listed profile's tie.
    ///
    /// Besides these, a word inside another profile's longer title word is that word's: the
    /// 局 of 供电局 or 铁路局 (a company) names no office, the 委 of 工委 (a street's union
    /// working committee) none either (`titleWordsInside`).
    private static let titleWordsWithin: [String: [String]] = [
        "单位": ["事业单位"], "镇": ["镇工会"], "乡镇": ["乡镇工会"], "街道": ["街道工会"],
        "学院": ["医学院", "临床学院", "肿瘤学院", "学院附属"], "大学": ["大学附属"],
        // 高中 inside 提高中 (提高中层干部素质) or 高中级 (高中级职称), 中专 inside 集中专 (集中专项
        // 整治), 国中 and 国小 inside 全国 or 中国 (中国中铁, 全国中小学) name no school.
        "高中": ["提高中", "高中级"], "中专": ["集中专"], "国中": ["全国中", "中国中"], "国小": ["全国小", "中国小"],
    ].merging(numberedSchoolsWithin) { $0 + $1 }

    /// Middle schools named by their number: 一中 to 十中 (十一中 and 二十一中 hold them).
    static let numberedSchools = Array("一二三四五六七八九十").map { "\($0)中" }

    /// A numbered 中 that names no school: a centre (第一中心医院), an intermediate court
    /// (第一中级人民法院, 二中院), a hospital of Chinese medicine (第一中医院), a party plenum
    /// (三中全会) or a squadron (消防二中队).
    private static let numberedSchoolsWithin: [String: [String]] = Dictionary(
        uniqueKeysWithValues: numberedSchools.map { word in (word, ["心", "级", "院", "医", "全会", "队"].map { word + $0 }) })

    /// `titleWordsWithin`, and for each title word the longer title words of other profiles
    /// that hold it.
    private static let titleWordsInside: [String: [String]] = {
        var inside = titleWordsWithin
        // Every pair of title words is compared (tens of thousands, in every process before
        // its first plan is read), on the words' bytes laid end to end in one buffer: each
        // word's bytes made once, and no (profile, word, bytes) tuple copied for each pair,
        // which retained and released its string and array (most of the table's 1.6 M
        // instructions).
        let words = profileWords.enumerated().flatMap { index, entry in entry.title.map { (profile: index, word: $0) } }
        let profiles = words.map(\.profile)
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(words.count)
        for word in words {
            let start = bytes.count
            bytes += word.word.utf8
            bounds.append(start..<bytes.count)
        }
        // A longer word lacking a byte of the shorter one cannot hold it (`ByteBloom`): most
        // pairs are passed over without a search.
        let blooms = bounds.map { ByteBloom(bytes[$0]) }
        bytes.withUnsafeBufferPointer { all in
            for inner in words.indices {
                let needle = UnsafeBufferPointer(rebasing: all[bounds[inner]])
                for outer in words.indices where profiles[outer] != profiles[inner] && bounds[outer].count > needle.count
                    && blooms[outer].mayHold(blooms[inner])
                    && UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: all[bounds[outer]])) != nil
                    && !(inside[words[inner].word] ?? []).contains(words[outer].word)
                {
                    inside[words[inner].word, default: []].append(words[outer].word)
                }
            }
        }
        return inside
    }()

    /// Place names among the federation's title words: a 镇's or a 街道's union is a
    /// federation, but a 镇 or 街道 beside another unit's word is where that unit is (青山镇
    /// 中心小学, 城西街道社区, 青山镇机关): those words count only in a title that names no other
    /// profile's word, so that no body word breaks a tie between the place and the unit.
    static let placeTitleWords: Set<String> = ["街道", "乡镇", "镇"]

    /// How many of each profile's title words `title` names (`titleNames`), the federation's
    /// places only where no other profile's word is named (`placeTitleWords`).
    static func titleWordCounts(_ title: String) -> [Int] {
        // Read from one table of the words' bytes (`TitleWordTable`), most words turned away
        // by a byte the title lacks.
        var text = title
        var (counts, places) = text.withUTF8 { titleWordTable.counts(in: $0) }
        if let federation = profileWords.firstIndex(where: { $0.0 == .federation }),
            counts.indices.allSatisfy({ $0 == federation || counts[$0] == 0 })
        {
            counts[federation] += places
        }
        return counts
    }

    /// Every profile's title words, with what `titleWordCounts` needs of each.
    static let titleWordTable = TitleWordTable(
        titles: profileWords.map(\.title), places: placeTitleWords, inside: titleWordsInside)

    /// Whether `title` holds `word` other than inside one of its `titleWordsInside`.
    static func titleNames(_ title: String, _ word: String) -> Bool {
        UTF8Search.contains(title, word) && namesOutsideLongerWords(title, word)
    }

    /// For a `word` that `title` holds: whether it holds it other than inside one of its
    /// `titleWordsInside`.
    private static func namesOutsideLongerWords(_ title: String, _ word: String) -> Bool {
        guard let longer = titleWordsInside[word] else { return true }
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

    /// The part of a title a site repeats over its pieces and in its preamble: from its first
    /// unit word to the end of the first document type after it (2024社区工会工作计划范文(精选
    /// 27篇) → 社区工会工作计划, over 2024社区工会工作计划范文 篇1; 202X年机关工会工作计划 →
    /// 机关工会工作计划, in 下面是本站整理的2020年机关工会工作计划). Nil for a title that names no
    /// unit, or no type after it.
    static func repeatedCore(of title: String) -> String? {
        // On the bytes (a word found in well-formed UTF-8 starts at a character), with the
        // words' bytes made once: scalar arrays of the title and of each word, made for every
        // plan, were most of guessing its profile.
        // A word with a byte the title lacks is not searched for (`ByteBloom`): most of the
        // 150 words are turned away so.
        var title = title
        return title.withUTF8 { text -> String? in
            let held = ByteBloom(text)
            func firstIndex(of word: [UInt8], bloom: ByteBloom, from start: Int) -> Int? {
                guard held.mayHold(bloom) else { return nil }
                return word.withUnsafeBufferPointer { UTF8Search.firstIndex(of: $0, in: UnsafeBufferPointer(rebasing: text[start...])) }
                    .map { start + $0 }
            }
            var start: Int?
            for (word, bloom) in zip(unitWordBytes, unitWordBlooms) {
                if let found = firstIndex(of: word, bloom: bloom, from: 0), found < (start ?? .max) { start = found }
            }
            var end: Int?
            if let start {
                for (type, bloom) in zip(typeWordBytes, typeWordBlooms) {
                    if let found = firstIndex(of: type, bloom: bloom, from: start), found + type.count < (end ?? .max) {
                        end = found + type.count
                    }
                }
            }
            guard let start, let end else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        }
    }

    /// Every profile's title words, and the document types, as bytes (`repeatedCore`).
    private static let unitWordBytes = profileWords.flatMap(\.title).map { Array($0.utf8) }
    private static let typeWordBytes = (planWords + summaryWords).map { Array($0.utf8) }
    /// The bytes of each word of `unitWordBytes` and `typeWordBytes`, in their order.
    private static let unitWordBlooms = unitWordBytes.map(ByteBloom.init)
    private static let typeWordBlooms = typeWordBytes.map(ByteBloom.init)

    /// Occurrences of `needle` starting in the first `limit` bytes of `text`.
    static func occurrences(of needle: [UInt8], in text: ScalarScanner, limit: Int) -> Int {
        guard !needle.isEmpty else { return 0 }
        return text.bytes.withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { needle in
                let end = min(bytes.count, limit + needle.count - 1)
                var count = 0
                var start = 0
                while start < end,
                    let found = UTF8Search.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                {
                    count += 1
                    start += found + needle.count
                }
                return count
            }
        }
    }
}
