/// A plan titled by what it proposes for a period rather than by a formal type: 城南社区工会
/// 2025年工作设想, 市总工会2025年工作重点. 工作设想 and 工作重点 also run in any sentence of a
/// report (…就部门工会2026年工作设想开展讨论, 对于2015年的工作重点,会议要求…, 部署2026年工作
/// 重点): taken as a type wherever they stand, they made two news reports plans with a
/// sentence for a title. So they name a plan only in words shaped as a title (unit, period,
/// the word last) and on a line no sentence of the text comes before (`findTitle`).
extension MetadataExtractor {
    /// Words that name a plan's matter and are a type only in a title's shape.
    static let proposalWords = ["工作设想", "工作重点"]

    /// Periods a title may name instead of a year in figures (学校工会新学期工作设想).
    static let proposalPeriods = ["明年", "新学期", "新学年", "新年度", "下半年", "上半年", "今后"]

    /// Words of a sentence, which no unit's or period's name before the type holds: a meeting
    /// (召开, 会议), its acts (部署, 谋划, 讨论, 明确, 确定, 通过, 提出, 开展, 落实, 要求, 聚焦,
    /// 布置, 商讨, 研讨, 举行), a lead's time (近日), a topic's preposition (对于) or 的 (对于
    /// 2015年的工作重点: the noun of a sentence, where a title writes 2025年工作重点).
    static let proposalSentenceWords = [
        "召开", "会议", "部署", "谋划", "讨论", "明确", "确定", "通过", "提出", "开展", "落实", "要求", "聚焦", "布置", "商讨", "研讨", "举行",
        "近日", "对于", "的",
    ]

    /// Whether `words` are a title whose type is a proposal word: the word ends them (a
    /// bracketed note after it at most: 工作设想(草案)), a year or a period ahead is named, and
    /// nothing before the word is a sentence's (`proposalSentenceWords`, `sentenceWords`,
    /// `reportWords`, a comma or full stop).
    static func namesProposal(_ words: String) -> Bool {
        let scalars = Array(words.unicodeScalars)
        guard let end = proposalEnd(scalars) else { return false }
        let head = String(scalars: scalars[..<end])
        guard !head.unicodeScalars.contains(where: { Mark.endsTitle($0.value) || $0 == ":" || $0 == "：" }) else { return false }
        let sentence = proposalSentenceWords + sentenceWords + reportWords
        guard !sentence.contains(where: { UTF8Search.contains(head, $0) }) else { return false }
        if case .some = year(in: head) { return true }
        return proposalPeriods.contains { UTF8Search.contains(head, $0) }
    }

    /// Where the proposal word ending `scalars` ends, before a bracketed note closing them or
    /// a site's collection words (工作设想范文, 工作重点篇1, 工作设想范本(精选5篇)).
    private static func proposalEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        var end = scalars.count
        if let last = scalars.last, ")）】]".unicodeScalars.contains(last),
            let open = scalars.lastIndex(where: { "(（【[".unicodeScalars.contains($0) })
        {
            end = open
        }
        for word in proposalWordScalars where word.count <= end {
            if scalars[(end - word.count)..<end].elementsEqual(word) { return end }
            // A collection's tail: a few characters, all the site's (范文, 7篇, 篇一).
            for tail in 1...collectionTail where word.count + tail <= end {
                let wordEnd = end - tail
                guard scalars[(wordEnd - word.count)..<wordEnd].elementsEqual(word) else { continue }
                let rest = String(scalars: scalars[wordEnd..<end])
                if CollectionTitle.names(rest), rest.unicodeScalars.allSatisfy({ collectionScalars.contains($0) }) { return wordEnd }
            }
        }
        return nil
    }

    /// How long a site's collection words after the type may run (范文, 范本, 精选5篇).
    private static let collectionTail = 6
    /// The characters of a collection's tail: its words, figures, 篇 and spaces.
    private static let collectionScalars = Set((CollectionTitle.words.joined() + "0123456789一二三四五六七八九十篇 ").unicodeScalars)

    /// Whether an opening block is a sentence of the text (a news item's lead, 2025年11月19日,
    /// 某某工会召开…会议。) rather than a title, a site's line or a heading: free of a site's
    /// words, it closes with a full stop or runs longer than a title.
    func holdsSentence(_ range: Range<Int>) -> Bool {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return false }
        let words = string(trimmed)
        guard !Self.junkWordList.anyIn(words) else { return false }
        let (last, _) = text.scalar(at: text.previous(before: trimmed.upperBound, floor: trimmed.lowerBound))
        return Mark.endsSentence(last) || text.hasScalars(atLeast: Self.titleLength + 1, in: trimmed)
    }

    private static let proposalWordScalars = proposalWords.map { Array($0.unicodeScalars) }

    /// Whether `words` name a document type only by a proposal word: such a title is taken
    /// only where no sentence of the text has come before it.
    static func namesOnlyProposal(_ words: String) -> Bool {
        guard namesProposal(words) else { return false }
        return !planWords.contains { UTF8Search.contains(words, $0) } && !namesPeriodTasks(words)
            && !summaryWords.contains { UTF8Search.contains(words, $0) }
    }
}
