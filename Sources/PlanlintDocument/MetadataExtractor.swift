import PlanlintRules

/// Reads what a plan says about itself: its title line, the year it plans for, whether it
/// is a plan or a report, and the kind of organisation it serves.
struct MetadataExtractor {
    let text: ScalarScanner
    let lines: LineTable
    let blocks: [TextBlock]
    let headings: [Heading]
    /// Occurrences of each profile's body words (`ProfileWords.body`) in the first
    /// `ProfileWords.scanLimit` bytes, when the reader's caller counted them; else counted here.
    var bodyScores: [Int]? = nil
    /// The section tree, when the caller built it: an untitled scheme is known by its parts.
    var sections: SectionTree? = nil

    static let titleLength = 60
    static let titleSearchBlocks = 15
    static let profileScanBytes = 256 * 1024

    /// 计画 is 計畫, the Taiwan-standard spelling of 计划, after normalisation (畫 → 画).
    /// 行事历 (行事曆): a school's term plan laid out as a calendar of its weeks or months.
    static let planWords = ["计划", "计画", "要点", "方案", "安排", "规划", "打算", "思路", "行事历"]
    /// 工作报告: the report a union's congress hears, no plan.
    static let summaryWords = ["总结", "述职", "汇报", "工作报告"]
    /// Lines download sites add around a document.
    static let junkWords = [
        "收藏", "上传人", "下载", "文档编号", "精编资料", "温馨提示", "网站客服", "资源描述", "举报", "_第", "页 / 共",
        "版权", "分享", "浏览", "页数", "小编", "仅供参考", "前言导读",
        // A site's breadcrumb and navigation bar (当前位置:首页 > 工作计划 > …, 网站首页 工作总结 …).
        "当前位置", "您的位置", "首页", "我要投稿", "欢迎来到", "欢迎访问",
        // A breadcrumb that names no 首页 (吾爱文书网 >工作计划): no title holds its arrow.
        ">", "›", "»",
    ]
    /// A document type standing alone on its line, as a PDF's title split one word a line
    /// leaves it (2023 / 医院 / 工会 / 年度工作 / 总结): a word of the title, not the title.
    private static let bareTypeWords: Set<String> = Set(planWords + summaryWords)

    /// Whether a line is a document type alone (总结, 计划), as a PDF's split title leaves it, or
    /// a site's category: the type with 工作 before it and a collection's word after it
    /// (工作计划范文, 工作计划大全), which names no unit, year or plan of its own.
    static func namesOnlyAType(_ words: String) -> Bool {
        if bareTypeWords.contains(words) { return true }
        var rest = Substring(words)
        guard rest.hasPrefix("工作") else { return false }
        rest = rest.dropFirst(2)
        for word in CollectionTitle.words where rest.hasSuffix(word) {
            rest = rest.dropLast(word.count)
            break
        }
        return rest.count < words.count - 2 && bareTypeWords.contains(String(rest))
    }

    func metadata() -> PlanMetadata {
        var metadata = PlanMetadata()
        if let title = findTitle() {
            metadata.titleRange = title
            metadata.title = string(title)
            metadata.titleLine = lines.line(of: title.lowerBound)
        }
        let titleText = metadata.title ?? ""
        if let title = metadata.title {
            switch Self.planYear(in: title) {
            case .some(.some(let year)):
                metadata.year = year
                metadata.yearOrigin = .title
            case .some(.none):
                break  // 20xx in the title: a template, no year to trust
            case .none:
                if let year = bodyYear() {
                    metadata.year = year
                    metadata.yearOrigin = .body
                }
            }
        } else if let year = bodyYear() {
            metadata.year = year
            metadata.yearOrigin = .body
        }
        let isSummary = Self.summaryWords.contains { UTF8Search.contains(titleText, $0) }
        let isPlan = Self.namesPlan(titleText)
        metadata.kind = isPlan ? .plan : isSummary ? .summary : .unknown
        metadata.titleNamesReportAndPlan = isPlan && isSummary
        if isSummary, !isPlan { metadata.kind = .summary }
        // A file that names no document type but opens as a news item on a meeting or a
        // report of the year so far is a report.
        if metadata.kind == .unknown, let lead = reportLead() {
            metadata.kind = .summary
            metadata.reportLead = lead
        }
        metadata.kind = schemeKind(metadata.kind, title: titleText, isSummary: isSummary)
        if let profile = profile(title: titleText, titleRange: metadata.titleRange) {
            metadata.profile = profile.0
            metadata.profileOrigin = profile.fromTitle ? .title : .body
        }
        metadata.partCount = max(1, headings.filter { $0.numbering?.style == .part }.count)
        return metadata
    }

    /// `.scheme` for a plan whose title names one activity's scheme (三八节活动方案), or for
    /// an untitled file or a plan whose top-level headings are a scheme's parts (活动主题,
    /// 活动时间, 活动地点, and no task list of a year): `ActivityScheme`. The parts outweigh a
    /// title's 工作计划, which a download site gives a 母亲节 scheme as readily as a plan. A
    /// title that also names a report is left as it reads.
    private func schemeKind(_ kind: DocumentKind, title: String, isSummary: Bool) -> DocumentKind {
        guard !isSummary, kind == .plan || kind == .unknown else { return kind }
        if kind == .plan, ActivityScheme.titleNamesScheme(title) { return .scheme }
        guard let sections,
            ActivityScheme.hasSchemeParts(headings: headings, sections: sections, text: text)
        else { return kind }
        return .scheme
    }

    /// The first short piece of the opening blocks that names a plan or report; a long first
    /// block (a file without line breaks) is searched clause by clause.
    private func findTitle() -> Range<Int>? {
        var quoted: Range<Int>?
        // Whether a block of the text's own sentences came before: a title named only by
        // 工作设想 or 工作重点 stands above them (`namesOnlyProposal`).
        var afterText = false
        for (blockIndex, block) in blocks.prefix(Self.titleSearchBlocks).enumerated() {
            defer { if !afterText { afterText = holdsSentence(block.range) } }
            // A numbered item (二、计划目标…) is no title, though it names a plan; a part
            // (工作计划 篇一) may be.
            if let index = block.headingIndex, let numbering = headings[index].numbering, numbering.style != .part {
                // The plan's text has begun at its first part (一、…): a line after it that names a
                // type (具体活动安排) is one of its headings, no title. A site's notices number
                // their lines 1. 2., which a title may follow.
                if numbering.style == .chinese || numbering.style == .parenChinese { break }
                continue
            }
            if let caption = pageCaptionTitle(atLine: block.line) { return caption }
            let pieces = pieces(of: block.range)
            // A short block is one piece, the whole line less a site's banner glued before it.
            let isWhole = !text.hasScalars(atLeast: Self.titleLength + 1, in: block.range)
            let words = pieces.map { string($0.range) }
            let junk = words.map { Self.junkWordList.anyIn($0) }
            // A paragraph a site wrote (…工作计划能让…，小编为您带来了…) opens with no title.
            let blockHasJunk = !isWhole && junk.contains(true)
            for (position, piece) in pieces.enumerated() {
                // A site's words run into the title they quote (精品文案资料范文分享学校工会计划
                // 范文教育工作计划“2012年学校工会计划范文”…, 下面是小编整理的“…工作计划”): the
                // quoted title is the plan's where the page has no title line of its own (a
                // breadcrumb's or a preamble's quote before one is a piece of it or its copy).
                if junk[position], quoted == nil { quoted = quotedTitle(in: piece.range) }
                // A comma after a site's banner (精编资料,供您参考2023年…计划) does not put the
                // title inside a sentence.
                let afterJunk = position > 0 && junk[position - 1]
                // A clause of a paragraph that follows a sentence of the text is a sentence of
                // that text (…召开。区总工会夯实…三年行动计划,将依托…); a site's sentence before
                // it (…下载。2025年…计划) still leaves it a title.
                let afterSentence = !isWhole && piece.afterSentence && !afterJunk
                guard !junk[position], !afterSentence, !(isWhole && Self.namesOnlyAType(words[position])),
                    !text.hasScalars(atLeast: Self.titleLength + 1, in: piece.range),
                    Self.namesDocumentType(words[position]),
                    !(afterText || afterSentence || position > 0) || !Self.namesOnlyProposal(words[position]),
                    isWhole
                        ? Self.lineReadsAsTitle(words[position])
                        : Self.readsAsTitle(words[position], opensBlock: position == 0 && !blockHasJunk, afterComma: piece.afterComma && !afterJunk)
                else { continue }
                let cut = isWhole ? piece.range : endingAtSpaceAfterType(piece.range)
                // A clause that a full stop closes right after its words is a sentence
                // (某某报告2024年…工作亮点和2025年工作计划。她从…): a title runs into its text
                // without one, after a space at most (1、社区工会总结报告 社区工会关心着…生活。).
                if !isWhole, piece.endsSentence, cut == piece.range { continue }
                let title = withoutFileSuffix(cut)
                if Self.readsAsReport(string(title)) { continue }
                if isWhole, let next = titleOnNextLine(after: blockIndex, first: title) { return next }
                return title
            }
        }
        return quoted
    }

    /// Words of a sentence, which a clause of a paragraph holding them is, and no title: a
    /// site's preamble (一份详细的工作计划可以帮助我们…, 以下是小编整理的…), the plan's own
    /// opening (特制定本年度工作计划, 根据…的总体思路) or a task (印发《…实施方案》); 觉得: a
    /// site's musing (相信许多人会觉得计划很难写).
    static let sentenceWords = [
        "制定", "印发", "根据", "为了", "以下", "下面", "本文", "整理", "收集", "希望", "旨在", "可以", "能够", "帮助", "是", "了", "觉得",
    ]

    /// The words that end a title's type: a document's, or a period's tasks (今后三年…主要任务).
    private static let typeWordScalars = (planWords + summaryWords + taskWords).map { Array($0.unicodeScalars) }
    /// How far a title may run on after its document type: 工作计划(精选5篇), 工作要点范文.
    static let titleTail = 6

    /// Whether a clause cut from a long paragraph reads as a title. A line of its own is taken
    /// as it is; a clause is a title only in a file without line breaks, where the title runs
    /// into the text: it has no word of a sentence, follows no comma (a clause after one is
    /// inside a sentence), and, unless it opens a paragraph free of a site's words, ends with
    /// its document type (a few marks after it at most).
    static func readsAsTitle(_ words: String, opensBlock: Bool, afterComma: Bool) -> Bool {
        guard !afterComma, !sentenceWordList.anyIn(words) else { return false }
        if opensBlock { return true }
        let scalars = Array(words.unicodeScalars)
        for word in typeWordScalars {
            for tail in 0...titleTail where scalars.count - tail >= word.count {
                let end = scalars.count - tail
                if scalars[(end - word.count)..<end].elementsEqual(word) { return true }
            }
        }
        return false
    }

    private static let sentenceWordList = WordList(sentenceWords)

    /// A clause that runs on past its document type, after a space, into the text (交通局工会
    /// 活动工作方案 为切实发挥工会组织的作用…, as a PDF's text runs a title into its first line):
    /// the title ends at that space. A space inside the title (2024 年度工作计划) stays. So
    /// does it where the text's first sentence opens right after the type, or after words
    /// of a site glued to it, with its year or setting (…工会工作要点2015年，全市…; …工作总结
    /// 范文今年以来…; …工会工作计划在新世纪的背景下…), unless another document type follows
    /// (2024年工作总结及2025年工作计划 is one title) or a mark stands between (工作要点(2025年)).
    func endingAtSpaceAfterType(_ range: Range<Int>) -> Range<Int> {
        var values: [Unicode.Scalar] = []
        var starts: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, next) = text.scalar(at: index)
            values.append(Unicode.Scalar(value) ?? " ")
            starts.append(index)
            index = next
        }
        var cut: Int?
        for word in Self.typeWordScalars where word.count <= values.count {
            for start in 0...(values.count - word.count) where values[start..<start + word.count].elementsEqual(word) {
                let after = start + word.count
                if let space = (after..<min(values.count, after + Self.titleTail + 1)).first(where: {
                    values[$0] == " " || values[$0] == "\t"
                }) {
                    cut = min(cut ?? space, space)
                }
                if after < values.count, let year = (after..<min(values.count, after + Self.titleTail + 1)).first(where: {
                    Self.opensSentence(values, at: $0)
                }), values[after..<year].allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }),
                    !Self.typeWordScalars.contains(where: { Self.contains(values[year...], $0) })
                {
                    cut = min(cut ?? year, year)
                }
            }
        }
        guard let cut else { return range }
        return text.trimmed(range.lowerBound..<starts[cut])
    }

    /// The title on the line after a site's category line (乡镇工会工作计划, then 2024年基层
    /// 工会年度工作计划(3篇)): the next block, when it is a short line of its own that reads as
    /// a title and names a document type and a year, and the first names no year. The
    /// category is the site's, and its words (乡镇) gave a hospital's plan a township's
    /// profile. A second title after a first with its own year, or a placeholder's
    /// (20XX年…), leaves the first. Sites print their category more than once (中學工會工作計劃
    /// three times, then 某市第一中學工會2005年下半年工作計劃): copies of the first line are
    /// passed over, a few at most.
    private func titleOnNextLine(after blockIndex: Int, first: Range<Int>) -> Range<Int>? {
        let firstWords = string(first)
        guard Self.year(in: firstWords) == nil else { return nil }
        var nextIndex = blockIndex + 1
        while nextIndex < blocks.count, nextIndex <= blockIndex + Self.repeatedTitles,
            string(withoutFileSuffix(text.trimmed(blocks[nextIndex].range))) == firstWords
        {
            nextIndex += 1
        }
        guard nextIndex < blocks.count else { return nil }
        let next = blocks[nextIndex]
        if let index = next.headingIndex, headings[index].numbering != nil { return nil }
        let range = text.trimmed(next.range)
        let words = string(range)
        guard !range.isEmpty, !text.hasScalars(atLeast: Self.titleLength + 1, in: range), case .some(.some) = Self.year(in: words),
            Self.namesDocumentType(words),
            !Self.junkWordList.anyIn(words), Self.lineReadsAsTitle(words),
            !Self.readsAsReport(words)
        else { return nil }
        return withoutFileSuffix(range)
    }

    /// How many copies of a site's category line may stand over the plan's own title.
    static let repeatedTitles = 3

    /// Whether a sentence opens at `index` with its year (2015年, 今年, 去年, 本年) or its
    /// setting (在…背景下, 为了, 随着, 根据, 按照), or the text's first heading (第一章, 一、).
    static func opensSentence(_ values: [Unicode.Scalar], at index: Int) -> Bool {
        let rest = values[index...]
        for word in ["今年", "去年", "本年", "在", "为了", "随着", "根据", "按照"] where rest.starts(with: word.unicodeScalars) { return true }
        // The text's first heading, glued to the title where a page lost its line breaks
        // (…工作年度计划第一章形势研判…, …工作计划一、指导思想…).
        for word in ["第一章", "第一部分", "第一节", "一、"] where rest.starts(with: word.unicodeScalars) { return true }
        guard rest.count >= 5 else { return false }
        let digits = rest.prefix(4)
        return digits.first == "2" && digits.allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
            && rest.dropFirst(4).first == "年"
    }

    private static func contains(_ values: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        firstIndex(of: word, in: values) != nil
    }

    /// A piece of an opening block: whether a comma came before it, whether a full stop (。!?;)
    /// closes it, and whether one closed the piece before it.
    private typealias Piece = (range: Range<Int>, afterComma: Bool, endsSentence: Bool, afterSentence: Bool)

    /// A short block whole (less a site's banner glued before it, 精选优质文档-倾情为你奉上…),
    /// a long one cut at , 。 ! ? ; 【 】.
    private func pieces(of range: Range<Int>) -> [Piece] {
        if !text.hasScalars(atLeast: Self.titleLength + 1, in: range) {
            let piece = withoutBanner(range)
            return piece.isEmpty ? [] : [(piece, false, false, false)]
        }
        var pieces: [Piece] = []
        var start = range.lowerBound
        var afterComma = false
        var afterSentence = false
        var index = start
        var scanned = 0
        while index < range.upperBound, scanned < 300 {
            let (scalar, next) = text.scalar(at: index)
            if Mark.endsTitle(scalar) || scalar == Mark.leftLenticular || scalar == Mark.rightLenticular {
                let raw = text.trimmed(start..<index)
                let piece = withoutBanner(raw)
                // A banner (精编资料,供您参考…) is no sentence a comma could continue.
                let banner = piece != raw
                let ends = Mark.endsSentence(scalar)
                if !piece.isEmpty { pieces.append((piece, afterComma && !banner, ends && !banner, afterSentence)) }
                afterComma = scalar == 0x2C && !(banner && piece.isEmpty)
                if !piece.isEmpty || ends { afterSentence = ends && !banner }
                start = next
            }
            index = next
            scanned += 1
        }
        return pieces
    }

    /// The text of a range without the fillers of hidden pinyin, so that the title's words
    /// are read whole (`PinyinAnnotations`).
    func string(_ range: Range<Int>) -> String {
        text.bytes.withUnsafeBufferPointer { bytes in
            PinyinAnnotations.readable(UnsafeBufferPointer(rebasing: bytes[range])) { String(decoding: $0, as: UTF8.self) }
        }
    }
}
