import Testing
@testable import PlanlintEngine

/// Numerals that name or rank (`NumeralNames`) are no figure; the counts beside them, and
/// counts written the same way in other places, still are.
@Suite struct NumeralNamesTests {
    private func hasNumber(_ text: String) -> Bool { SignalScanner.hasNumber(Array(text.unicodeScalars)) }

    @Test func ordinalsRankRatherThanCount() {
        #expect(!hasNumber("积极参加区第四届职工运动会"))
        #expect(!hasNumber("做好第六届职代会第二次会议提案答复工作"))
        #expect(!hasNumber("庆祝第25个教师节，慰问教师"))
        #expect(!hasNumber("工作计划【第一篇】做好帮扶"))
        // A week or a day of a timetable dates what is on it.
        #expect(hasNumber("第三周召开教代会"))
        #expect(hasNumber("第1周组织体检"))
        // Counts without 第 are untouched.
        #expect(hasNumber("举办三次读书分享会"))
        #expect(hasNumber("全年评选10名优秀会员"))
    }

    @Test func termsOfOfficeAndSessionsCountNothing() {
        #expect(!hasNumber("深入贯彻党的十八届三中全会精神，开展劳动竞赛"))
        #expect(!hasNumber("传达市总十四届七次全委会议精神"))
        #expect(!hasNumber("召开二届四次教代会，征集提案"))
        #expect(!hasNumber("对新一届工会委员会成员开展培训"))
        #expect(!hasNumber("学习区四届一次党代会精神"))
        #expect(!hasNumber("选树第3届工匠"))
        // A count after the session still counts.
        #expect(hasNumber("召开二届四次教代会，征集提案20件"))
        #expect(hasNumber("召开二届四次教代会，分两场进行"))
    }

    @Test func anniversariesAreOccasions() {
        #expect(!hasNumber("以庆祝建党100周年为契机，开展文体活动"))
        #expect(!hasNumber("纪念建校七十周年，组织联欢"))
        #expect(hasNumber("组织一周年庆活动两场"))
    }

    @Test func aNumeralOpeningAQuotedNameNamesIt() {
        #expect(!hasNumber("开展“三个一”读书活动"))
        #expect(!hasNumber("构建“1+1+2+N”职工志愿服务体系"))
        #expect(!hasNumber("继续开展“365〞工程的捐资帮残活动"))
        #expect(!hasNumber("维护女教职工“四期〞特殊权益"))
        #expect(!hasNumber("把落实教代会\"四项职权\"作为重点"))
        #expect(!hasNumber("协助完成「三万」活动"))
        // A real count quoted at length, a count after the name, or a name opening with a
        // word are counts.
        #expect(hasNumber("开展“三个一”读书活动，每季度评选5名读书之星"))
        #expect(hasNumber("提出“组织三次讲座，每次两小时”的要求"))
        #expect(hasNumber("开展“读书月”活动3次"))
        #expect(hasNumber("开展\"读书\"3次"))
    }

    @Test func principlesAreNoCount() {
        #expect(!hasNumber("劳动竞赛将从六个结合方面努力"))
        #expect(!hasNumber("做到三个必访，关心困难职工"))
        #expect(!hasNumber("推动实现两个全覆盖"))
        #expect(!hasNumber("落实四个聚焦、三项确保"))
        #expect(hasNumber("组建三个班组开展竞赛"))
        #expect(hasNumber("开展五项活动"))
        #expect(hasNumber("面向一老一小两个群体"))
    }

    @Test func onceAsAnAdverbCountsNothing() {
        #expect(!hasNumber("同时再一次对全局干部职工进行普查"))
        #expect(!hasNumber("又一次掀起学习热潮"))
        #expect(!hasNumber("发放一次性慰问品"))
        #expect(hasNumber("每年组织一次体检"))
        #expect(hasNumber("再组织两次体检"))
    }

    @Test func blankYearsCountNothing() {
        #expect(!hasNumber("20__年,我局工会将进一步关心职工生活"))
        #expect(!hasNumber("20_年,我们将继续推进工会组建"))
        #expect(!hasNumber("202_年工会工作要点"))
        #expect(hasNumber("20__年慰问困难职工30户"))
        #expect(hasNumber("参加人数20__人"))
    }

    @Test func aRegimentByItsNumberCountsNothing() {
        #expect(!hasNumber("关爱困难干部职工；121团果品采购等"))
        #expect(!hasNumber("联系农八师143团开展结对帮扶"))
        #expect(hasNumber("慰问困难干部职工12人；143团果品采购等"))
        #expect(hasNumber("组建3个宣讲团，开展宣讲活动"))
    }
}
