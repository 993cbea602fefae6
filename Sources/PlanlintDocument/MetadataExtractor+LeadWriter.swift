/// Who writes a file whose title names no unit: the union its opening sentence names as the
/// one acting (为深入学习…,城关区总工会坚持…; 近日,青山小学工会组织…). A district federation's
/// report on the 职工之家 it built in the 社区 it serves named the 社区 more often than itself,
/// and read as a community union's; the writer is who the file is by, what it talks about is
/// what the body's words count.
extension MetadataExtractor {
    /// How much a profile word of the writer's name counts: more than a few body words, less
    /// than a title's (`titleWordScore`), which no file with a lead writer has.
    static let leadWriterWordScore = 10
    /// How far into the first sentence, and how long a name before its 工会.
    static let leadWriterScalars = 200
    static let leadWriterNameScalars = 20

    /// Words that open a clause in which the union named is not the one acting: where, on
    /// whose word, for whom (在区总工会的领导下, 根据县总工会要求, 由街道总工会牵头, 为). Not
    /// the one-character words that open place names too (和平区, 向阳街道, 经开区, 从化区).
    private static let clauseOpeners: [[Unicode.Scalar]] = [
        "在", "根据", "按照", "依据", "依照", "遵照", "围绕", "结合", "贯彻", "落实", "为", "受", "对", "把", "与", "及", "由", "以", "据",
        "关于", "通过", "随着", "配合", "协助", "联合", "会同", "上级", "各",
    ].map { Array($0.unicodeScalars) }
    /// What follows a union's name when it is no subject: 的 (区总工会的领导) or a list
    /// (区总工会和街道…). A compound (公司工会委员会, 学校工会工作) still names the unit.
    private static let notSubjectAfter: Set<Unicode.Scalar> = ["的", "和", "与", "及", "、"]

    /// Whether a clause that ends in 工会 is a union's name: a unit's word (`profileWords`'
    /// title words) ends it, before its 工会 (青山小学工会, 华阳集团工会) or with it (城关区总工会,
    /// 青山镇工会). A clause that tells what is done with a union's money or work before its
    /// 工会 (推广委托税务代收工会经费, …召开职工大会和工会…) names no one.
    /// A single character before 工会 (局工会, 校工会) refers back to a unit named before,
    /// which may be another profile's (玉屏供电局…, then 局工会主席): no name.
    ///
    /// Unions founded are the federation's work, not their writers (新建企业工会20家, 推进非公
    /// 企业组建工会): a founding verb before the 工会 makes it the object.
    static func namesUnit(_ name: String) -> Bool {
        let stem = String(scalars: name.unicodeScalars.dropLast(2))
        guard stem.unicodeScalars.count >= 2, !foundingVerbs.contains(where: { UTF8Search.contains(stem, $0) }) else { return false }
        return profileWords.contains { entry in entry.title.contains { name.hasSuffix($0) || stem.hasSuffix($0) } }
    }

    static let foundingVerbs = ["新建", "组建", "筹建", "建立", "成立", "建会"]

    /// The name of the union the first sentence of the file's first text block (after its
    /// title) names as acting, from its clause's start to its 工会 (城关区总工会, 青山小学工会):
    /// a unit's word ends the name (`namesUnit`), the clause opens with no word of place or
    /// cause, and 的 or a list does not follow. Nil when no clause so names one.
    func leadWriter(after title: Range<Int>?) -> String? {
        let gonghui: [Unicode.Scalar] = ["工", "会"]
        for block in blocks.prefix(Self.reportLeadBlocks) {
            if let title, block.range.overlaps(title) || block.range.upperBound <= title.lowerBound { continue }
            if block.headingIndex != nil { continue }
            var clause: [Unicode.Scalar] = []
            var read = 0
            var index = block.range.lowerBound
            var sawText = false
            while index < block.range.upperBound, read < Self.leadWriterScalars {
                let (value, next) = text.scalar(at: index)
                index = next
                if value == UInt32(PinyinAnnotations.filler) { continue }
                read += 1
                let scalar = Unicode.Scalar(value) ?? " "
                // 、 too: a name is read from the start of its item in a list (杨明勇、局工会委员会成员…).
                let endsClause =
                    scalar == "," || scalar == "，" || scalar == ";" || scalar == ":" || scalar == " " || scalar == "。" || scalar == "、"
                if !endsClause { clause.append(scalar) }
                if endsClause || clause.count > Self.leadWriterNameScalars + 2 {
                    // The clause so far has no union's name at its start within the name's length.
                    if endsClause { clause = [] }
                    if scalar == "。" { break }
                    continue
                }
                sawText = true
                guard clause.count >= 3, clause.suffix(2).elementsEqual(gonghui) else { continue }
                // Its name ends at 工会; what follows it says whether it acts.
                let after = index < block.range.upperBound ? Unicode.Scalar(text.scalar(at: index).0) : nil
                // A count after it (…工会20家) makes it the object of what is counted.
                if let after, Self.notSubjectAfter.contains(after) || ("0"..."9").contains(after) { continue }
                if Self.clauseOpeners.contains(where: { clause.starts(with: $0) }) { continue }
                let name = String(scalars: clause)
                // A site's words run into it (下载后可任意编辑乡镇…工会): no one's name.
                if Self.junkWordList.anyIn(name) { continue }
                if Self.namesUnit(name) { return name }
            }
            // Only the first block with text: a plan's opening sentence, a news item's lead.
            if sawText { return nil }
        }
        return nil
    }
}
