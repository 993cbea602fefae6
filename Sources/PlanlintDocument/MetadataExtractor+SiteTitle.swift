/// Titles as download sites print them: a shop's page caption (…工作计划_第1页), a file name
/// with its type (….docx), a title quoted in the site's own words (下面是小编整理的“…计划”),
/// and the site's banner glued to a title (精编资料,供您参考2023年…计划).
extension MetadataExtractor {
    /// A title a shop printed as its file's name (…工作总结暨工作计划.docx), without the type,
    /// and without the shop's tag glued after it in capitals (幼儿园工会方案.docxVIP).
    func withoutFileSuffix(_ range: Range<Int>) -> Range<Int> {
        if let start = fileSuffixStart(endingAt: range.upperBound, in: range) {
            return text.trimmed(range.lowerBound..<start)
        }
        var tagStart = range.upperBound
        while tagStart > range.lowerBound, range.upperBound - tagStart < Self.shopTagLength, (0x41...0x5A).contains(text.bytes[tagStart - 1]) {
            tagStart -= 1
        }
        if tagStart < range.upperBound, let start = fileSuffixStart(endingAt: tagStart, in: range) {
            return text.trimmed(range.lowerBound..<start)
        }
        return range
    }

    /// Where a file type (`fileSuffixes`) ending at `end` starts, after some words of `range`.
    private func fileSuffixStart(endingAt end: Int, in range: Range<Int>) -> Int? {
        for suffix in Self.fileSuffixes where end - range.lowerBound > suffix.count {
            let start = end - suffix.count
            if text.bytes[start..<end].elementsEqual(suffix, by: { $0 | 0x20 == $1 }) { return start }
        }
        return nil
    }

    /// The longest tag in capitals a shop glues after a file's type (VIP).
    static let shopTagLength = 4

    /// The title a document shop's page list gives on line `line` (2025年某某小学工会工作计划_第1页,
    /// 某某幼兒園工會計劃_第1頁; also …计划.docx_第1页), without the page marker and file type, when
    /// it reads as a title. Those captions are the shop's, but the title they repeat is the
    /// plan's, while the text under them often runs that title into its first heading.
    func pageCaptionTitle(atLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= lines.count else { return nil }
        let range = text.trimmed(lines.byteRange(ofLine: line))
        let bytes = text.bytes
        // Backwards from the end: 页, then figures, then _第.
        let page = Array("页".utf8)
        let mark = Array("_第".utf8)
        guard range.count > page.count + mark.count, text.matches(page, at: range.upperBound - page.count, end: range.upperBound)
        else { return nil }
        var index = range.upperBound - page.count
        while index > range.lowerBound, (0x30...0x39).contains(bytes[index - 1]) { index -= 1 }
        guard index < range.upperBound - page.count, index - mark.count > range.lowerBound,
            text.matches(mark, at: index - mark.count, end: index)
        else { return nil }
        let title = withoutFileSuffix(text.trimmed(range.lowerBound..<(index - mark.count)))
        let words = string(title)
        guard !title.isEmpty, !text.hasScalars(atLeast: Self.titleLength + 1, in: title),
            !Self.junkWordList.anyIn(words),
            Self.namesDocumentType(words),
            Self.lineReadsAsTitle(words)
        else { return nil }
        return title
    }

    /// The first title a site's words quote in `range` (“…”, or 《…》 as a document shop names
    /// the file it offers: 《xx年某某中心工会的工作计划》由会员上传分享…): a short piece that
    /// names a document type and reads as a title of its own line.
    func quotedTitle(in range: Range<Int>) -> Range<Int>? {
        var open: (start: Int, closer: UInt32)?
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, next) = text.scalar(at: index)
            if scalar == Mark.leftDoubleQuote || scalar == Mark.leftTitleMark {
                open = (next, scalar == Mark.leftDoubleQuote ? Mark.rightDoubleQuote : Mark.rightTitleMark)
            } else if let (start, closer) = open, scalar == closer {
                open = nil
                let quoted = text.trimmed(start..<index)
                let words = string(quoted)
                if !quoted.isEmpty, !text.hasScalars(atLeast: Self.titleLength + 1, in: quoted),
                    Self.namesDocumentType(words),
                    !Self.junkWordList.anyIn(words), Self.lineReadsAsTitle(words),
                    !Self.readsAsReport(words)
                {
                    return quoted
                }
            }
            index = next
        }
        return nil
    }

    /// File types a shop's caption names before its page marker, in lowercase.
    static let fileSuffixes: [[UInt8]] = [".docx", ".doc", ".pdf", ".wps"].map { Array($0.utf8) }

    /// A site banner glued to the title of a file without line breaks, before it (供您参考2023年
    /// …计划) or after it (学校工会工作计划范文仅供参考,自行编辑使用…: the title is read without it,
    /// else the piece holds a site's words and the plan has no title, nor kind).
    func withoutBanner(_ piece: Range<Int>) -> Range<Int> {
        for banner in Self.bannerPrefixes where text.matches(banner, at: piece.lowerBound, end: piece.upperBound) {
            return text.trimmed(piece.lowerBound + banner.count..<piece.upperBound)
        }
        for banner in Self.bannerSuffixes where piece.count > banner.count
            && text.matches(banner, at: piece.upperBound - banner.count, end: piece.upperBound)
        {
            return text.trimmed(piece.lowerBound..<piece.upperBound - banner.count)
        }
        return piece
    }

    static let bannerSuffixes: [[UInt8]] = ["仅供参考", "供您参考"].map { Array($0.utf8) }

    /// The longer banners first: a document site's 精选优质文档-倾情为你奉上 before its title.
    static let bannerPrefixes: [[UInt8]] = ["精选优质文档-倾情为你奉上", "精选优质文档-倾情为您奉上", "供您参考", "仅供参考", "精编资料", "免费下载"]
        .map { Array($0.utf8) }
}
