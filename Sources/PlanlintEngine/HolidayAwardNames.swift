/// Honours named after a holiday (三八红旗手, 五一劳动奖章): a plan that recommends members
/// for them dates nothing, so the holiday inside the name must not pass for the `time`
/// signal (推荐五一劳动奖章候选人，做好帮扶工作 is a slogan). Found by the automaton with the
/// pack's terms; `LintContext.satisfies` sets aside signal words inside them and blanks
/// them before the text is scanned.
enum HolidayAwardNames {
    /// Written as normalised text is: simplified characters.
    static let terms: [String] = [
        "三八红旗手", "三八红旗集体", "三八红旗", "五一劳动奖章", "五一劳动奖状", "五一巾帼奖", "五一巾帼标兵", "五一先锋号",
    ]
}
