/// Phrases across which a time word is read by mistake: 年中 (mid-year) in 2025年中心小学,
/// 2020年中国邮政, 20xx年中心工作, 在新的一年中 and 青少年中. Audit of the real pages: 年中
/// matched six times there and never meant mid-year; a competition item passed on
/// 在新的一年中再立新功 (the cadence vocabulary's 年中). A time word or a vocabulary term that
/// lies inside one of these is no evidence (`LintContext.satisfies`). Unlike `SetPhrases`
/// they hold no figure, and are not blanked before figures are scanned: blanking the 年 of
/// 2025年中心 would make 2025 a count.
enum StraddledWords {
    /// Written as normalised text is: simplified characters.
    static let terms: [String] = [
        // A year, then a word opening with 中.
        "年中心", "年中国", "年中华", "年中央", "年中学", "年中小学", "年中层", "年中共",
        // 中 as "in": in a year, among the young.
        "一年中", "少年中",
    ]
}
