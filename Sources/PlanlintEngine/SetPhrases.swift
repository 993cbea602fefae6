/// Political set phrases built on a numeral (三个代表, 四个意识, 八项规定): a plan that
/// writes them counts nothing and sets no target, so they must not pass for the `number`
/// signal that makes a mention concrete ("增强四个意识，做好帮扶工作" is a slogan). The
/// automaton finds them with the pack's terms; `LintContext.satisfies` blanks them before
/// figures are scanned.
enum SetPhrases {
    /// Written in simplified characters: text is normalised before it is matched. Only
    /// phrases whose numeral and measure word would count (三个, 八项, 五位); 一岗双责,
    /// 三会一课 or 一个中心 (the article 一个) count nothing anyway. Not a bare 五个一 or
    /// 三个一: 十五个一线班组 holds them. Nor those `NumeralNames` reads as principles
    /// already (四个坚持, 两个结合, 四个面向, 四个服从).
    static let terms: [String] = [
        "三个代表", "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "两个一百年", "两个百年", "两个基本点",
        "两个毫不动摇", "两个大局", "两个务必", "三个务必", "四个伟大", "五位一体", "三位一体", "四项基本原则",
        "八项规定", "五个一工程", "三个表率", "三个有利于",
        "两个普遍", "三个文明", "两个文明", "四个引路人", "四个相统一", "四个统一", "三个区分开来", "两个责任", "两个至上",
        "四个合格", "三个转变", "两个率先", "三个率先",
        // The union's own: women's 四期 (经期、孕期、产期、哺乳期), 三期 and 五期 protection
        // name the periods, not four or three of anything ("落实女职工四期保护" is a slogan).
        // Bare 四期 stays a figure: 举办培训四期. Quoted (“四期”) it is a name anyway
        // (`NumeralNames`), whatever the quotes.
        "四期保护", "三期保护", "五期保护",
        // The powers of a staff congress (教代会四项职权, 职代会五项职权) and a teacher's basic
        // skills (五项基本功比武): what they are, not how many the plan does.
        "四项职权", "五项职权", "五项基本功",
        // A union's yearly pledge to its members (为职工办好“十件实事”) names a campaign: its
        // numeral counts nothing of the aid or visits the sentence lists beside it.
        "三件实事", "五件实事", "六件实事", "八件实事", "十件实事",
    ]
}
