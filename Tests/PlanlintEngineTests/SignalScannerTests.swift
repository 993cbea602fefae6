import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

@Suite struct SignalScannerTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { SignalScanner.scalars(of: Array(text.utf8)[...]) }

    @Test func scalarsDecodeLikeSwift() {
        for text in ["", "a", "工会2025年", "é😀\u{301}𠀀", "￥500元"] {
            #expect(scalars(text) == Array(text.unicodeScalars))
            // A slice that does not start at the array's start, as a sentence of a plan.
            #expect(SignalScanner.scalars(of: Array(("前" + text).utf8)[3...]) == Array(text.unicodeScalars))
        }
    }

    @Test func numbers() {
        #expect(SignalScanner.hasNumber(scalars("全年培训200人次")))
        #expect(SignalScanner.hasNumber(scalars("举办三次讲座")))
        #expect(!SignalScanner.hasNumber(scalars("一是加强学习，进一步统一思想")))
        #expect(!SignalScanner.hasNumber(scalars("1. 做好困难职工帮扶工作")))
        #expect(!SignalScanner.hasNumber(scalars("2、加强民主管理（3）落实制度")))
        #expect(SignalScanner.hasNumber(scalars("1. 全年帮扶2.5万元")))
        #expect(SignalScanner.hasNumber(scalars("覆盖率达到95%")))
    }

    /// "1," at an item's start numbers the item, as 1、 does; elsewhere a comma after digits
    /// is part of a figure.
    @Test func commaListMarkersAreNotFigures() {
        #expect(!SignalScanner.hasNumber(scalars("1,开展送温暖活动,关心困难职工")))
        #expect(!SignalScanner.hasNumber(scalars("  2,做好帮扶工作。\n 3,慰问困难职工")))
        #expect(!SignalScanner.hasNumber(scalars("工作安排:1,开展送温暖活动")))
        #expect(!SignalScanner.hasNumber(scalars("加强学习。12,开展帮扶")))
        #expect(!SignalScanner.hasNumber(scalars("1，开展送温暖活动")))
        #expect(SignalScanner.hasNumber(scalars("1,开展送温暖活动,慰问困难职工30户")))
        #expect(SignalScanner.hasNumber(scalars("全年投入1,000元")))
        #expect(SignalScanner.hasNumber(scalars("帮扶对象5,每户慰问")))
        #expect(SignalScanner.hasNumber(scalars(" 3,4月开展帮扶")))
        #expect(SignalScanner.hasNumber(scalars("2025,开展帮扶")))
    }

    /// A section's number (3.2, 1.1.2) and an item's number closed by a bracket it never
    /// opened (1)…2)…) number items; decimals, dates and bracketed figures are figures.
    @Test func sectionNumbersAndHalfBracketedMarkersNumberItems() {
        #expect(!SignalScanner.hasNumber(scalars("**3.2 技能提升计划**\n定期举办各类技能培训")))
        #expect(!SignalScanner.hasNumber(scalars("2.1工会委员会组织架构")))
        #expect(!SignalScanner.hasNumber(scalars("提高队伍整体素养。1)通过日常教育与班组学习提高素养2)今年将推广新设备")))
        #expect(SignalScanner.hasNumber(scalars("2.5万元用于职工书屋建设")))
        #expect(SignalScanner.hasNumber(scalars("1.5 倍于去年")))
        #expect(SignalScanner.hasNumber(scalars("2024.3.15 召开职代会")))
        #expect(SignalScanner.hasNumber(scalars("组织职工体检(参加人数50)")))
        #expect(SignalScanner.hasNumber(scalars("全年培训职工1.5万人次")))
    }

    @Test func amounts() {
        #expect(SignalScanner.hasAmount(scalars("预算12.5万元")))
        #expect(SignalScanner.hasAmount(scalars("每人500 元")))
        #expect(SignalScanner.hasAmount(scalars("慰问金三千元")))
        #expect(!SignalScanner.hasAmount(scalars("管好用好工会经费")))
        #expect(!SignalScanner.hasAmount(scalars("每年元")))
    }

    /// About so many (二十余户, 十多次) and fractions or percentages written out count; 十分
    /// (very) and a numeral with 余 but no measure word do not.
    @Test func writtenOutApproximationsAndFractions() {
        #expect(SignalScanner.hasNumber(scalars("全年走访困难职工二十余户")))
        #expect(SignalScanner.hasNumber(scalars("组织十多次义诊")))
        #expect(SignalScanner.hasNumber(scalars("三分之一的教职工参加疗休养")))
        #expect(SignalScanner.hasNumber(scalars("入会率达到百分之九十五")))
        #expect(SignalScanner.hasNumber(scalars("建档率百分之百")))
        #expect(!SignalScanner.hasNumber(scalars("这项工作十分重要")))
        #expect(!SignalScanner.hasNumber(scalars("十分之重视帮扶")))
        #expect(!SignalScanner.hasNumber(scalars("业余时间多开展活动")))
        #expect(!SignalScanner.hasNumber(scalars("劳动之余，多关心职工")))
    }

    /// A budget table gives its unit once, in a header, and bare figures in its cells.
    @Test func amountsUnderAUnitLabel() {
        #expect(SignalScanner.hasAmount(scalars("项目 金额(元)\n职工篮球赛 6,500\n读书分享会 1200")))
        #expect(SignalScanner.hasAmount(scalars("支出预算（万元）：12.5")))
        #expect(SignalScanner.hasAmount(scalars("单位:万元\n文体活动 6")))
        #expect(SignalScanner.hasAmount(scalars("单位：元 帮扶 3000")))
        // A label with no figure is a blank form; 单位元旦 is no label.
        #expect(!SignalScanner.hasAmount(scalars("金额(元):____")))
        #expect(!SignalScanner.hasAmount(scalars("本单位元旦联欢，邀请3个科室")))
        #expect(!SignalScanner.hasAmount(scalars("项目 金额(元)\n1. 职工运动会")))
    }

    /// A year counts nothing: the plan's year before a slogan does not make it concrete.
    @Test func yearsAreNotFigures() {
        #expect(!SignalScanner.hasNumber(scalars("2025年，工会要做好困难职工帮扶工作")))
        #expect(!SignalScanner.hasNumber(scalars("20xx年工会还将把关爱职工放在心上")))
        #expect(!SignalScanner.hasNumber(scalars("20XX 年要抓好新建企业的建会工作")))
        #expect(!SignalScanner.hasNumber(scalars("对照2024年度计划查漏补缺")))
        #expect(!SignalScanner.hasNumber(scalars("关心每一位教职工的生活")))
        #expect(SignalScanner.hasNumber(scalars("2025年走访困难职工30户")))
        #expect(SignalScanner.hasNumber(scalars("工作满5年的职工")))
        #expect(SignalScanner.hasNumber(scalars("全年投入2025元")))
        #expect(SignalScanner.hasNumber(scalars("一位专职干部负责")))
        #expect(!SignalScanner.hasAmount(scalars("2025年预算(元)见附表")))
    }

    /// A lone 一 before 个, 项, 批, 支 or 份 is the article: 营造一个良好氛围 is a slogan. A
    /// numeral ending in 一 (十一个) and 一 with other measure words (一次, 一名) count.
    @Test func theArticleOneIsNoFigure() {
        #expect(!SignalScanner.hasNumber(scalars("营造一个温暖和谐的大家庭")))
        #expect(!SignalScanner.hasNumber(scalars("作为一项重要工作来抓")))
        #expect(!SignalScanner.hasNumber(scalars("建设一支高素质的干部队伍，建成一批职工书屋，送上一份温暖")))
        #expect(SignalScanner.hasNumber(scalars("走访十一个困难家庭")))
        #expect(SignalScanner.hasNumber(scalars("每年组织一次体检")))
        #expect(SignalScanner.hasNumber(scalars("每个科室推荐一名代表")))
        #expect(SignalScanner.hasNumber(scalars("建设两个职工书屋")))
        // 一个 before a unit of time is a duration the plan sets.
        #expect(SignalScanner.hasNumber(scalars("会后一个月内书面答复")))
        #expect(SignalScanner.hasNumber(scalars("用一个季度完成整改")))
        #expect(SignalScanner.hasNumber(scalars("一个工作日内办结")))
        #expect(!SignalScanner.hasNumber(scalars("营造一个良好的学习氛围")))
        #expect(!SignalScanner.hasNumber(scalars("不让一个学生因困难而辍学")))
        #expect(SignalScanner.hasNumber(scalars("一个学期内完成培训")))
    }

    /// 人 before 民 is the people of a name (第二人民医院), not a headcount.
    @Test func aHospitalsNameCountsNoOne() {
        #expect(!SignalScanner.hasNumber(scalars("滨湖市第二人民医院工会委员会")))
        #expect(!SignalScanner.hasNumber(scalars("市第一人民医院工会")))
        #expect(SignalScanner.hasNumber(scalars("每科室推荐二人参加")))
        #expect(SignalScanner.hasNumber(scalars("慰问三人，民主评议一次")))
    }

    /// A site masks a plan's figures with stars (帮扶***户): the plan counted something.
    /// Stars that measure nothing (**同志, ***年) are no figure.
    @Test func maskedFiguresCount() {
        #expect(SignalScanner.hasNumber(scalars("全年帮扶困难职工***户")))
        #expect(SignalScanner.hasNumber(scalars("发放慰问金****万元")))
        #expect(!SignalScanner.hasNumber(scalars("由**同志负责宣传")))
        #expect(!SignalScanner.hasNumber(scalars("***年做好法律援助工作")))
    }

    /// Chinese numerals before the units plans count cases, books, rooms and hours in; the
    /// article 一 before them counts nothing (作为一件大事来抓, 读一本好书), nor does 三小
    /// (a school's short name).
    @Test func casesBooksRoomsAndHoursCount() {
        #expect(SignalScanner.hasNumber(scalars("全年办理法律援助案件五十件")))
        #expect(SignalScanner.hasNumber(scalars("职工书屋新增图书五百册")))
        #expect(SignalScanner.hasNumber(scalars("建立工会台账十二本")))
        #expect(SignalScanner.hasNumber(scalars("建成职工休息室三间")))
        #expect(SignalScanner.hasNumber(scalars("每人不少于四十学时")))
        #expect(SignalScanner.hasNumber(scalars("每次活动两小时")))
        #expect(!SignalScanner.hasNumber(scalars("把帮扶工作当作一件大事来抓")))
        #expect(!SignalScanner.hasNumber(scalars("倡导教职工读一本好书")))
        #expect(!SignalScanner.hasNumber(scalars("配合三小开展活动")))
    }

    @Test func timeFigures() {
        #expect(SignalScanner.hasTimeFigure(scalars("3月召开职代会")))
        #expect(SignalScanner.hasTimeFigure(scalars("三月份召开")))
        #expect(SignalScanner.hasTimeFigure(scalars("于15日前完成")))
        #expect(!SignalScanner.hasTimeFigure(scalars("按月考核")))
        // Text converted from a .docx or a PDF spaces its figures.
        #expect(SignalScanner.hasTimeFigure(scalars("3 月召开职代会")))
        #expect(SignalScanner.hasTimeFigure(scalars("于 15 日前完成")))
        #expect(!SignalScanner.hasTimeFigure(scalars("共3 个月度考核")))
    }

    /// A school's calendar (行事历) dates its work by the week of the term: 第3周, 第十八周,
    /// a range of weeks. An anniversary (第三十一周年), an age (周岁) or a cycle (第二周期) is
    /// no week, and neither is a count of weeks without 第 (坚持三周一次).
    @Test func termWeeksAreTimes() {
        #expect(SignalScanner.hasTimeFigure(scalars("第3周召开教代会")))
        #expect(SignalScanner.hasTimeFigure(scalars("第二周：召开教代会，审议学校工作报告")))
        #expect(SignalScanner.hasTimeFigure(scalars("第十八周开展工会工作总结")))
        #expect(SignalScanner.hasTimeFigure(scalars("第1-2周完成会员登记")))
        #expect(SignalScanner.hasTimeFigure(scalars("第一、二周走访新教师")))
        #expect(SignalScanner.hasTimeFigure(scalars("第 5 周组织健步走")))
        #expect(!SignalScanner.hasTimeFigure(scalars("庆祝建会第三十一周年")))
        #expect(!SignalScanner.hasTimeFigure(scalars("第二周期的帮扶工作")))
        #expect(!SignalScanner.hasTimeFigure(scalars("坚持三周一次业务学习")))
        #expect(!SignalScanner.hasTimeFigure(scalars("第3次会议，每周一次")))
    }

    /// Every unified ideograph a scan reads is missing from its quiet table: what the scans'
    /// predicates say of each of the 20,992, not the lists the tables were written from.
    @Test func quietIdeographsAreThoseTheScansDoNotRead() {
        var quietForNumbers = 0
        var quietForTimes = 0
        for value in UInt32(0x4E00)..<0xA000 {
            let scalar = Unicode.Scalar(value)!
            let readByNumbers = SignalScanner.isChineseDigit(scalar) || SignalScanner.isMeasureWord(scalar) || "学课小分余多".unicodeScalars.contains(scalar)
            let readByTimes = SignalScanner.isChineseDigit(scalar) || SignalScanner.isRangeMark(scalar) || "月日号周".unicodeScalars.contains(scalar)
            #expect(QuietIdeographs.forNumbers.holds(scalar) == !readByNumbers, "\(scalar)")
            #expect(QuietIdeographs.forTimes.holds(scalar) == !readByTimes, "\(scalar)")
            if !readByNumbers { quietForNumbers += 1 }
            if !readByTimes { quietForTimes += 1 }
        }
        #expect(quietForNumbers > 20_000 && quietForTimes > 20_000)
        // Outside the ideographs nothing is quiet: the scans read those scalars one by one.
        for scalar in ["〇", "0", "9", "０", " ", "%", "％", "*", "、", "-", "—", "a", "𠀀", "\u{3000}", "㐀"] as [Unicode.Scalar] {
            #expect(!QuietIdeographs.forNumbers.holds(scalar) && !QuietIdeographs.forTimes.holds(scalar), "\(scalar)")
        }
    }

    /// Passing over quiet ideographs answers as reading each does, on texts made of figures
    /// (ASCII, full-width, Chinese numerals, masked), units, dates, weeks of a term, ranges,
    /// names and ranks, list numbers, document numbers and mixed scripts.
    @Test func skippingQuietIdeographsAnswersAsReadingEach() {
        let pieces = [
            "工会", "开展", "职工", "活动", "的", "第", "届", "年", "月", "日", "号", "周", "岁", "期", "至", "、", "-", "~",
            "一", "二", "三", "十", "百", "千", "半", "两", "零", "〇", "每", "个", "次", "人", "民", "名", "项", "元", "万",
            "余", "多", "分", "之", "学", "课", "小", "时", "季度", "星期", "工作日", "学期", "周年", "中全会",
            "1", "2", "3", "20", "2025", "１２", "３月", "*", "**", "x", "X", "_", "＿", " ", "  ", "\n", "。", "，", ",", ".",
            "(", ")", "（", "）", "〔2024〕", "%", "％", "Page", "é", "😀", "𠀀", "а", "“", "”", "三八", "四个意识",
            // Dates and weeks whole, so that times are found often too.
            "3月", "十二月", "15日", "5号", "第3周", "第十八周", "第1-2周", "三月份", "3 月", "半月", "百日",
        ]
        var generator = TestRandom()
        var numbers = 0
        var times = 0
        for _ in 0..<20_000 {
            let text = scalars(RandomText.joined(from: pieces, count: 0...14, using: &generator))
            let number = SignalScanner.hasNumber(text, skippingQuiet: false)
            let time = SignalScanner.hasTimeFigure(text, skippingQuiet: false)
            #expect(SignalScanner.hasNumber(text) == number, "\(String(String.UnicodeScalarView(text)))")
            #expect(SignalScanner.hasTimeFigure(text) == time, "\(String(String.UnicodeScalarView(text)))")
            if number { numbers += 1 }
            if time { times += 1 }
        }
        // Both answers came up often for both scans.
        #expect(numbers > 2_000 && numbers < 18_000, "\(numbers)")
        #expect(times > 1_000 && times < 19_000, "\(times)")
    }
}
