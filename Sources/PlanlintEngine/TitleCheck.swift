import PlanlintDocument
import PlanlintRules

/// `title`: a plan's title names the unit, the year and the document type
/// (滨湖市实验中学工会2025年工作计划).
struct TitleCheck: RuleCheck {
    let spec: TitleSpec
    /// `genericUnits`' words as the reader's text has them (normalised, ASCII folded), looked
    /// for in the title's few bytes: only there are they asked about (`RulePack.termSets`).
    private let genericWords: [[UInt8]]

    init(spec: TitleSpec) {
        self.spec = spec
        genericWords = (spec.genericUnits?.literals ?? []).map { Self.folded(ScriptNormalizer.normalizedBytes($0)) }.filter { !$0.isEmpty }
    }

    func check(_ rule: Rule, in context: LintContext, into findings: inout [Finding]) -> CheckResult {
        let builder = FindingBuilder(rule: rule, context: context)
        guard let titleRange = context.metadata.titleRange else {
            return CheckResult(rule: rule, appending: builder.finding(.missing, at: context.documentAnchor), to: &findings)
        }
        let title = context.document.text(titleRange)
        var missing: [(zh: String, en: String)] = []
        if let unitTerms = spec.unitTerms, !namesUnit(unitTerms, in: titleRange, context: context) {
            missing.append(("单位名称", "unit"))
        }
        if spec.requireYear && !Self.namesYear(title) {
            missing.append(("年份", "year"))
        }
        // A scheme's title names its own type (活动方案, 运动会实施方案): the reader knew it by
        // that, and asking it for a plan's 工作计划 would ask it to be another document.
        if context.metadata.kind != .scheme, !context.contains(spec.typeTerms, in: titleRange) {
            missing.append(("文种（如工作计划、工作要点）", "document type"))
        }
        guard !missing.isEmpty else { return CheckResult(rule: rule, findings: []) }
        let written = builder.quoted(titleRange, as: .weak)
        let values = FindingBuilder.Values([
            "items": (missing.map(\.zh).joined(separator: "、"), missing.map(\.en).joined(separator: ", ")),
            "match": (written, written),
        ])
        return CheckResult(rule: rule, appending: builder.finding(.weak, at: titleRange, values: values), to: &findings)
    }

    /// Whether the title holds a unit term with a name before it. Download sites title their
    /// templates by a kind of unit (学校工会工作计划, 2024年社区工会工作计划, 总工会年度工作计划):
    /// the words before the first unit term are then only `genericUnits`, a year's figures and
    /// 年/度, numerals, placeholders (XX年) and marks, and the unit is not named.
    private func namesUnit(_ unitTerms: TermSet, in titleRange: Range<Int>, context: LintContext) -> Bool {
        guard let first = context.occurrences(of: unitTerms, in: titleRange).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        guard spec.genericUnits != nil else { return true }
        let prefix = titleRange.lowerBound..<first.lowerBound
        let text = context.document.normalized
        var covered = genericOccurrences(in: prefix, of: text)
        if let patterns = spec.genericUnitPatterns { covered += context.occurrences(of: patterns, in: prefix) }
        var offset = prefix.lowerBound
        while offset < prefix.upperBound {
            let (value, length) = text.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: offset) }
            let scalar = Unicode.Scalar(value) ?? " "
            defer { offset += length }
            guard scalar.properties.isIdeographic || (scalar.isASCII && scalar.properties.isAlphabetic) else { continue }
            if Self.notAName.contains(scalar) { continue }
            if covered.contains(where: { $0.contains(offset) }) { continue }
            return true
        }
        return false
    }

    /// Where `genericWords` occur in `range` of `text` (a title's words before its unit),
    /// stepping over the fillers that hide a web page's pinyin (學(xué)校), as the automaton does.
    private func genericOccurrences(in range: Range<Int>, of text: [UInt8]) -> [Range<Int>] {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for offset in range where text[offset] != PinyinAnnotations.filler {
            bytes.append(text[offset] &- 65 < 26 ? text[offset] + 32 : text[offset])
            offsets.append(offset)
        }
        var found: [Range<Int>] = []
        for word in genericWords where word.count <= bytes.count {
            for start in 0...(bytes.count - word.count) where bytes[start] == word[0] && bytes[start..<start + word.count].elementsEqual(word) {
                found.append(offsets[start]..<offsets[start + word.count - 1] + 1)
            }
        }
        return found
    }

    /// ASCII letters in lower case, as the pack's automaton matches them.
    private static func folded(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { $0 &- 65 < 26 ? $0 + 32 : $0 }
    }

    /// Scalars before a unit term that name no unit: the year's 年 and 度, Chinese numerals
    /// (二〇二五年), placeholders (XX年, 某某).
    private static let notAName = Set("年度〇○零一二三四五六七八九十xX×某".unicodeScalars)

    /// A year in figures (2025年), in Chinese numerals (二〇二五年) or as a placeholder
    /// (20xx年, reported by the placeholder rule instead), or 年度 after a number; or four
    /// figures 20NN straight before a word (2024社区工会…, 幼儿园工会2023工作计划), as download
    /// sites title plans, which name their year as plainly; or those four figures ending the
    /// title after a word (乡镇工会工作总结2025), or before a site's bracketed note that ends it
    /// (工会下半年工作计划2022(通用5篇)), as the reader takes them.
    static func namesYear(_ title: String) -> Bool {
        let scalars = Array(title.unicodeScalars)
        for index in scalars.indices where index + 4 <= scalars.count && scalars[index] == "2" && scalars[index + 1] == "0" {
            let isFigure = { (scalar: Unicode.Scalar) in scalar.isASCII && scalar.properties.numericType != nil }
            guard isFigure(scalars[index + 2]), isFigure(scalars[index + 3]) else { continue }
            if index > 0, isFigure(scalars[index - 1]) { continue }
            let noteEnds = index + 4 < scalars.count && "(【[".unicodeScalars.contains(scalars[index + 4])
                && scalars.last.map { ")】]".unicodeScalars.contains($0) } == true
            if index + 4 == scalars.count || noteEnds {
                if index > 0, scalars[index - 1].properties.isIdeographic { return true }
                continue
            }
            if scalars[index + 4].properties.isIdeographic { return true }
        }
        for (index, scalar) in scalars.enumerated() where scalar == "年" && index >= 2 {
            let before = scalars[max(0, index - 4)..<index]
            let figures = before.filter { $0.properties.numericType != nil || "〇零xX_＿×".unicodeScalars.contains($0) }
            if figures.count >= 2 { return true }
        }
        return false
    }
}
