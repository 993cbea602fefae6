/// A download site's page: the site's words around a plan (下面是小编整理的…, 仅供参考, 当前位置:
/// 首页 > 工作计划, 文档编号). Such a page's title is the site's name for it, which the site
/// chooses as it files the page, as a collection's title is (`CollectionTitle`): a street
/// union's plan under 202X年机关工会工作计划, a school's under 医院工会工作计划. So its unit
/// words are weak evidence of the plan's organisation, and a body that names another unit
/// far more often outweighs them (`MetadataExtractor.profile(title:)`).
enum SitePage {
    /// Words only a site puts on a page (normalised). Not 下载 or 分享, which a plan may say
    /// (下载学习强国, 分享经验).
    static let words = [
        "小编", "本站", "仅供参考", "供大家参考", "供您参考", "上传人", "文档编号", "精编资料", "精品文档", "网站客服",
        "资源描述", "当前位置", "您的位置", "我要投稿", "前言导读",
    ].map { Array($0.utf8) }

    /// Whether the first `limit` bytes of `text` (normalised) hold a site's word.
    static func holdsSiteWords(_ text: ScalarScanner, limit: Int) -> Bool {
        text.bytes.withUnsafeBufferPointer { bytes in
            let scanned = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, limit)])
            return words.contains { UTF8Search.contains(scanned, $0) }
        }
    }
}
