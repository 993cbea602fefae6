import Testing
import PlanlintDocument
@testable import PlanlintEngine

/// The whole-document kinds: `document` (plan or summary, one plan or several) and `title`,
/// and `forbid` with `only_other_years`.
@Suite struct DocumentAndTitleKindTests {
    let notAPlan = """
        kind: document
        expect: plan
        summary_terms: [总结如下, 取得了, 圆满完成]
        plan_terms: [将, 力争, 计划]
        min_summary_terms: 2
        summary_titles: [工作总结]
        """

    @Test func summaryTitleIsNotAPlan() throws {
        let report = try LintTestSupport.lint("某某医院工会2024年工作总结\n一、主要工作\n开展了活动。", rule: notAPlan)
        #expect(report.findings.map(\.category) == [.defect])
        #expect(report.findings.first?.start.line == 1)
    }

    @Test func bodyThatReportsThePastIsNotAPlan() throws {
        let text = "工会工作\n现将今年工作总结如下：一是取得了好成绩，二是圆满完成任务，三是取得了进步。"
        #expect(try LintTestSupport.lint(text, rule: notAPlan).findings.count == 1)
        let plan = "工会工作计划\n今年将力争取得了新成绩，计划组织活动，将开展培训。"
        #expect(try LintTestSupport.lint(plan, rule: notAPlan).findings.isEmpty)
    }

    @Test func summaryPartInsideAMultiPlanFile() throws {
        let text = "工会工作计划（精选2篇）\n第一篇\n工会工作计划\n将开展活动。\n第二篇\n医院工会工作总结\n开展了活动。"
        let report = try LintTestSupport.lint(text, rule: notAPlan)
        #expect(report.findings.map(\.start.line) == [6], "\(report.findings.map(\.message.zh))")
    }

    /// A part whose heading reports and then plans (上半年工作总结下半年工作计划 篇一) is a combined
    /// part by design: neither its heading nor the lines after it make it a summary. A part
    /// titled 工作总结 alone still does.
    @Test func aPartThatReportsAndPlansIsNoSummary() throws {
        let combined = "工会工作计划（精选2篇）\n上半年工作总结下半年工作计划 篇一\n标题:上半年工作总结——展望下半年\n将开展活动。\n医院工会工作总结 篇二\n开展了活动。"
        let report = try LintTestSupport.lint(combined, rule: notAPlan)
        #expect(report.findings.map(\.start.line) == [5], "\(report.findings.map(\.message.zh))")
    }

    @Test func severalPlansInOneFile() throws {
        let rule = "kind: document\nmax_parts: 1"
        let text = "局工会工作计划 篇一\n内容。\n局工会工作计划 篇二\n内容。"
        let report = try LintTestSupport.lint(text, rule: rule)
        #expect(report.findings.map(\.start.line) == [3], "\(report.findings.map(\.message.zh))")
        #expect(try LintTestSupport.lint("工会工作计划\n内容。", rule: rule).findings.isEmpty)
    }

    @Test func titleNamesUnitYearAndType() throws {
        let rule = "kind: title\ntype_terms: [工作计划, 工作要点]\nunit_terms: [工会, 委员会]"
        #expect(try LintTestSupport.lint("滨湖中学工会2025年工作计划\n正文。", rule: rule).findings.isEmpty)
        let noYear = try LintTestSupport.lint("滨湖中学工会工作计划\n正文。", rule: rule)
        #expect(noYear.findings.map(\.category) == [.weak])
        #expect(noYear.findings.first?.message.zh.contains("年份") == true)
        let noTitle = try LintTestSupport.lint("一、指导思想\n正文。", rule: rule)
        #expect(noTitle.findings.map(\.category) == [.missing])
    }

    /// Download sites title plans with the year and no 年 (2024社区工会…, 幼儿园工会2023工作计划).
    @Test func titleYearWithoutNian() throws {
        let rule = "kind: title\ntype_terms: [工作计划, 工作规划]\nunit_terms: [工会]\nrequire_year: true"
        for title in ["2024城南社区工会工作计划", "青山幼儿园工会2023工作计划", "工会2025工作规划", "城南小学工会2024-2025学年工作计划"] {
            #expect(try LintTestSupport.lint(title + "\n正文。", rule: rule).findings.isEmpty, "\(title)")
        }
        for title in ["城南社区工会工作计划", "第12工会工作计划"] {
            #expect(try LintTestSupport.lint(title + "\n正文。", rule: rule).findings.map(\.category) == [.weak], "\(title)")
        }
    }

    /// A kind of unit before the unit term (社区, 医院, 总) is no unit's name; a name before the
    /// kind is (城南社区), and a title without `generic_units` accepts any words there.
    @Test func titleNamesAUnitNotAKindOfUnit() throws {
        let rule = "kind: title\ntype_terms: [工作计划]\nunit_terms: [工会]\ngeneric_units: [社区, 医院, 总, 区, 年度, 基层]"
        for title in ["2024年社区工会工作计划", "医院2025年工会工作计划", "2025年总工会年度工作计划", "工会2025年工作计划", "XX年基层工会工作计划", "區總工會2025年工作計劃"] {
            let report = try LintTestSupport.lint(title + "\n正文。", rule: rule)
            #expect(report.findings.map(\.category) == [.weak], "\(title)")
            #expect(report.findings.first?.message.zh.contains("单位名称") == true, "\(title)")
        }
        for title in ["城南社区工会2024年工作计划", "2025年南湖区总工会工作计划", "人民医院2025年工会工作计划"] {
            #expect(try LintTestSupport.lint(title + "\n正文。", rule: rule).findings.isEmpty, "\(title)")
        }
        let lenient = "kind: title\ntype_terms: [工作计划]\nunit_terms: [工会]"
        #expect(try LintTestSupport.lint("2024年社区工会工作计划\n正文。", rule: lenient).findings.isEmpty)
        // A web page's pinyin inside the kind of unit (社(shè)區(qū)) hides no name.
        let annotated = try LintTestSupport.lint("2025年社(shè)區(qū)工會工作計劃\n正文。", rule: rule)
        #expect(annotated.findings.map(\.category) == [.weak])
        #expect(try LintTestSupport.lint("城南社(shè)區(qū)工會2025年工作計劃\n正文。", rule: rule).findings.isEmpty)
    }

    /// A preview copied as the plan stops inside a clause; a plan that ends as written ends
    /// with a full stop, a signature or a short last line, and a text without 。 says nothing.
    @Test func textThatBreaksOffMidSentence() throws {
        let rule = "kind: document\nunfinished_end: true"
        let broken = "一、指导思想\n以职工为中心。\n2、深入群众，倾听和传递职工呼声，重视对职工思想动态的研究，充分发挥工会委员和工会小组长的作用，做好"
        let report = try LintTestSupport.lint(broken, rule: rule)
        #expect(report.findings.map(\.category) == [.defect])
        #expect(report.findings.map(\.start.line) == [3])
        let complete = [
            "一、指导思想\n以职工为中心。\n2、深入群众，倾听和传递职工呼声，重视对职工思想动态的研究，充分发挥工会委员和工会小组长的作用。",
            "一、指导思想\n以职工为中心，重视对职工思想动态的研究，充分发挥工会委员和工会小组长的作用。\n城南社区工会\n2025年1月8日",
            "一、指导思想\n以职工为中心。\n十二月份：年终总结，评选先进",
            "一、指导思想\n以职工为中心，倾听和传递职工呼声，重视对职工思想动态的研究，充分发挥工会委员和工会小组长的作用，做好",
            "一、指导思想\n以职工为中心。\n重视对职工思想动态的研究，充分发挥工会委员和工会小组长的作用，做好各项工作。第1页共3页",
        ]
        for text in complete {
            #expect(try LintTestSupport.lint(text, rule: rule).findings.isEmpty, "\(text)")
        }
        // A line of items cut at their numbers is one paragraph: its short last item breaks
        // off as the line does.
        let glued = "一、主要工作\n2、做好常规工作。⑴开展节日慰问活动。⑵督查提案落实情况。⑶协调劳动关系。⑷协助有关部门,认真做好退休人员管理"
        #expect(try LintTestSupport.lint(glued, rule: rule).findings.map(\.start.line) == [2])
    }

    /// The plan's closing part (保障措施, 工作要求) ending on a whole word is the plan's end with
    /// its 。 left off; ending on 的 or 和, one character after 的, or under a numbered paragraph
    /// that only says 要求 on its way, it still breaks off.
    @Test func aClosingPartThatEndsOnAWordLacksOnlyItsFullStop() throws {
        let rule = "kind: document\nunfinished_end: true"
        let last = "工会主席负总责，各分工会明确分工，每季度检查一次进度，年底由工会办公室对照计划逐项总结全年工作"
        for heading in ["三、保障措施", "四、工作要求", "（五）加强组织领导，强化工作保障"] {
            #expect(try LintTestSupport.lint("一、主要任务\n3月召开职代会。\n\(heading)\n1、加强领导。\n2、\(last)", rule: rule).findings.isEmpty, "\(heading)")
        }
        for text in [
            "一、主要任务\n3月召开职代会。\n三、保障措施\n\(last)的",
            "一、主要任务\n3月召开职代会。\n三、保障措施\n\(last)和",
            // One character after 的: a word cut after its first character (的女 of 的女职工).
            "一、主要任务\n3月召开职代会。\n三、保障措施\n\(last)中表现突出的女",
            "一、主要任务\n3月召开职代会。\n二、做好帮扶工作\n\(last)",
            "一、主要任务\n3月召开职代会。\n1、按照上级工会的要求，做好会员发展和会籍管理工作，确保应入尽入。\n\(last)",
        ] {
            #expect(try LintTestSupport.lint(text, rule: rule).findings.count == 1, "\(text)")
        }
    }

    /// The words of a part can stand in a line that is no such part (2、…为工作重点。): the
    /// part is there when any heading naming it is full enough, weak at the first when none is.
    @Test func sectionPassesOnAnyFullHeading() throws {
        let rule = "kind: section\nheading: [工作重点, 工作措施]\nmin_chars: 12"
        let full = "一、目标\n2、以服务职工为工作重点。\n三、工作措施\n3月召开职代会，审议工会工作报告，由工会主席负责。"
        #expect(try LintTestSupport.lint(full, rule: rule).findings.isEmpty)
        let short = "一、目标\n2、以服务职工为工作重点。\n三、工作措施\n开好职代会。"
        let report = try LintTestSupport.lint(short, rule: rule)
        #expect(report.findings.map(\.category) == [.weak])
        #expect(report.findings.map(\.start.line) == [2])
    }

    @Test func otherYearsOnlyWhenTheyDiffer() throws {
        let rule = "kind: forbid\nmatch: {patterns: ['20[0-9]{2}年(工会)?工作(计划|要点)']}\nonly_other_years: true"
        let text = "某工会2025年工作计划\n根据2023年工作要点安排。\n按2025年工作计划执行。"
        let report = try LintTestSupport.lint(text, rule: rule, year: 2025)
        #expect(report.findings.map(\.start.line) == [2])
    }
}
