import PlanlintDocument
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import PlanlintYAML

/// Hand-built reports with realistic Chinese plans. Paths, versions and positions are fixed,
/// so every reporter's output over them is stable enough for golden files.
enum ReportFixtures {
    static let toolVersion = "1.2.0"

    static let schoolText = """
    某中学工会2025年工作计划
    一、指导思想
    以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党的二十大精神。
    二、主要工作
    （一）加强组织建设，做好会员发展工作，全年发展新会员15人。
    （二）关心职工生活，做好送温暖工作。
    （三）开展“职工之家”建设，丰富教职工文体活动。
    三、经费管理
    严格执行工会经费收支管理办法，规范财务帐户管理。
    四、工作安排
    3月：召开教代会预备会议。
    9月：组织教职工秋季运动会。
    """

    static let hospitalText = """
    # 市人民医院工会2025年工作要点
    ## 一、民主管理
    召开七届三次职代会，审议院务公开工作报告和年度财务预算。
    ## 二、关爱职工
    开展“关爱医护人员”行动，为一线医护人员提供心理疏导服务。
    做好困难职工帮扶，走访慰问<退休>职工 & 家属。
    ## 三、维权服务
    """

    static func rule(_ id: String, _ title: String, _ titleEn: String, theme: String, severity: Severity, message: String, messageEn: String, suggestion: String? = nil) -> Rule {
        Rule(
            id: id, title: title, titleEn: titleEn, severity: severity, message: message, messageEn: messageEn,
            suggestion: suggestion, suggestionEn: suggestion.map { _ in "See the Chinese suggestion." },
            basis: "《中华人民共和国工会法》《基层工会经费收支管理办法》", theme: theme, kind: .sequence(SequenceSpec()),
            location: RuleLocation(file: "Rules/\(theme).yaml", mark: YAMLMark(line: 1, column: 1))
        )
    }

    static let rules = RulePack(rules: [
        rule("structure.schedule-months", "工作安排覆盖全年", "Schedule covers the year", theme: "structure", severity: .info,
             message: "工作安排只覆盖少数月份", messageEn: "The schedule covers only a few months"),
        rule("democracy.workers-congress", "召开职代会（教代会）", "Workers' congress", theme: "democracy", severity: .error,
             message: "缺少职代会（教代会）审议年度工作报告和重大事项的安排", messageEn: "No workers' congress to review the annual report",
             suggestion: "写明职代会召开时间及审议事项，如“3月召开四届二次教代会，审议学校年度工作报告”。"),
        rule("welfare.warmth-detail", "送温暖写明对象和标准", "Winter care names recipients and standards", theme: "welfare", severity: .warning,
             message: "送温暖工作仅有口号，未写明对象、时间和标准", messageEn: "Winter care is a slogan without recipients, dates or standards",
             suggestion: "写明慰问对象范围、时间节点和慰问标准。"),
        rule("welfare.culture-sports", "文体活动", "Cultural and sports activities", theme: "welfare", severity: .info,
             message: "未安排文体活动", messageEn: "No cultural or sports activities"),
        rule("funds.budget", "经费预算编制与审查", "Budget drafting and review", theme: "funds", severity: .error,
             message: "未说明工会经费预算的编制和经审会审查", messageEn: "No budget drafting or audit-committee review",
             suggestion: "补充“编制年度经费预算，报经审会审查后执行”。"),
        rule("rights.legal-aid", "法律援助与劳动争议调解", "Legal aid and mediation", theme: "rights", severity: .error,
             message: "维权服务部分为空，缺少法律援助或劳动争议调解安排", messageEn: "The rights section is empty"),
        rule("organisation.member-development", "会员发展", "Member recruitment", theme: "organisation", severity: .warning,
             message: "未提及会员发展", messageEn: "No member recruitment"),
        rule("hygiene.zhanghu", "规范用字：账户", "Use 账户", theme: "hygiene", severity: .warning,
             message: "“帐户”应写作“账户”", messageEn: "Write 账户, not 帐户", suggestion: "改为“账户”。"),
    ])

    static func finding(
        _ ruleID: String, _ severity: Severity, _ category: FindingCategory, theme: String, zh: String, en: String,
        suggestion: String? = nil, line: Int, column: Int, endLine: Int? = nil, endColumn: Int, evidence: String,
        evidenceColumn: Int, section: [String] = [], fix: Fix? = nil, range: Range<Int> = 0..<1
    ) -> Finding {
        Finding(
            ruleID: ruleID, severity: severity, category: category, theme: theme, message: LocalizedText(zh: zh, en: en),
            suggestion: suggestion.map { LocalizedText(zh: $0, en: "See the Chinese suggestion.") },
            basis: "《基层工会经费收支管理办法》", start: SourcePosition(line: line, column: column),
            end: SourcePosition(line: endLine ?? line, column: endColumn), range: range, sectionPath: section,
            evidence: evidence, evidenceColumn: evidenceColumn, evidenceLength: max((endLine ?? line) == line ? endColumn - column : 1, 1),
            fix: fix
        )
    }

    static func schoolReport(withDocument: Bool = true) -> FileReport {
        let path = "plans/2025年某中学工会工作计划.txt"
        let findings = [
            finding("democracy.workers-congress", .error, .missing, theme: "democracy",
                    zh: "缺少职代会（教代会）审议年度工作报告和重大事项的安排", en: "No workers' congress to review the annual report",
                    suggestion: "写明职代会召开时间及审议事项。", line: 1, column: 1, endColumn: 15,
                    evidence: "某中学工会2025年工作计划", evidenceColumn: 1, range: 0..<34),
            finding("welfare.warmth-detail", .warning, .weak, theme: "welfare",
                    zh: "送温暖工作仅有口号，未写明对象、时间和标准", en: "Winter care is a slogan without recipients, dates or standards",
                    suggestion: "写明慰问对象范围、时间节点和慰问标准。", line: 6, column: 11, endColumn: 18,
                    evidence: "（二）关心职工生活，做好送温暖工作。", evidenceColumn: 11, section: ["二、主要工作"]),
            finding("funds.budget", .error, .missing, theme: "funds",
                    zh: "未说明工会经费预算的编制和经审会审查", en: "No budget drafting or audit-committee review",
                    line: 8, column: 1, endColumn: 7, evidence: "三、经费管理", evidenceColumn: 1, section: ["三、经费管理"]),
            finding("hygiene.zhanghu", .warning, .defect, theme: "hygiene", zh: "“帐户”应写作“账户”", en: "Write 账户, not 帐户",
                    suggestion: "改为“账户”。", line: 9, column: 20, endColumn: 22,
                    evidence: "严格执行工会经费收支管理办法，规范财务帐户管理。", evidenceColumn: 20, section: ["三、经费管理"],
                    fix: Fix(start: SourcePosition(line: 9, column: 20), end: SourcePosition(line: 9, column: 22), replacement: "账户")),
            finding("structure.schedule-months", .info, .defect, theme: "structure", zh: "工作安排只覆盖 2 个月", en: "The schedule covers only 2 months",
                    line: 11, column: 1, endColumn: 13, evidence: "3月：召开教代会预备会议。", evidenceColumn: 1, section: ["四、工作安排"]),
        ]
        let checks = [
            CheckResult(ruleID: "structure.schedule-months", theme: "structure", status: .defect),
            CheckResult(ruleID: "democracy.workers-congress", theme: "democracy", status: .missing),
            CheckResult(ruleID: "welfare.warmth-detail", theme: "welfare", status: .weak),
            CheckResult(
                ruleID: "welfare.culture-sports", theme: "welfare", status: .passed, itemsFound: ["文体活动", "职工之家"],
                satisfiedAt: CheckResult.Place(start: SourcePosition(line: 7, column: 6), evidence: "（三）开展“职工之家”建设，丰富教职工文体活动。")),
            CheckResult(ruleID: "funds.budget", theme: "funds", status: .missing, itemsMissing: ["预算编制", "经审会审查"]),
            CheckResult(ruleID: "rights.legal-aid", theme: "rights", status: .passed),
            CheckResult(ruleID: "organisation.member-development", theme: "organisation", status: .passed, itemsFound: ["会员发展"]),
            CheckResult(ruleID: "hygiene.zhanghu", theme: "hygiene", status: .defect),
        ]
        let metadata = PlanMetadata(title: "某中学工会2025年工作计划", titleLine: 1, titleRange: 0..<34, year: 2025, yearOrigin: .title, kind: .plan, profile: .school, profileOrigin: .title)
        return FileReport(
            path: path, metadata: metadata, format: .text, findings: findings, checks: checks,
            document: withDocument ? DocumentReader.document(text: schoolText, path: path) : nil
        )
    }

    static func hospitalReport(withDocument: Bool = true) -> FileReport {
        let path = "plans/市人民医院工会2025年工作要点.md"
        let findings = [
            finding("welfare.warmth-detail", .info, .weak, theme: "welfare",
                    zh: "困难职工帮扶未写明帮扶标准", en: "Hardship aid has no standard",
                    line: 6, column: 3, endColumn: 9, evidence: "做好困难职工帮扶，走访慰问<退休>职工 & 家属。", evidenceColumn: 3,
                    section: ["二、关爱职工"]),
            finding("rights.legal-aid", .error, .missing, theme: "rights",
                    zh: "维权服务部分为空，缺少法律援助或劳动争议调解安排", en: "The rights section is empty",
                    line: 7, column: 4, endColumn: 10, evidence: "## 三、维权服务", evidenceColumn: 4, section: ["三、维权服务"]),
        ]
        let checks = [
            CheckResult(
                ruleID: "democracy.workers-congress", theme: "democracy", status: .passed,
                satisfiedAt: CheckResult.Place(start: SourcePosition(line: 3, column: 7), evidence: "召开七届三次职代会，审议院务公开工作报告和年度财务预算。")),
            CheckResult(ruleID: "welfare.warmth-detail", theme: "welfare", status: .weak),
            CheckResult(ruleID: "welfare.culture-sports", theme: "welfare", status: .passed),
            CheckResult(ruleID: "funds.budget", theme: "funds", status: .passed, itemsFound: ["年度财务预算"]),
            CheckResult(ruleID: "rights.legal-aid", theme: "rights", status: .missing),
            CheckResult(ruleID: "hygiene.zhanghu", theme: "hygiene", status: .passed),
        ]
        let metadata = PlanMetadata(title: "市人民医院工会2025年工作要点", titleLine: 1, year: 2025, yearOrigin: .title, kind: .plan, profile: .hospital, profileOrigin: .title)
        return FileReport(
            path: path, metadata: metadata, format: .markdown, findings: findings, checks: checks,
            document: withDocument ? DocumentReader.document(text: hospitalText, path: path, format: .markdown) : nil
        )
    }

    static func unreadableReport() -> FileReport {
        .failure(path: "plans/损坏的计划.docx", error: "plans/损坏的计划.docx: 不是有效的 .docx 文件（ZIP 结构损坏）")
    }

    /// Two plans and one file that could not be read.
    static func reports(withDocuments: Bool = true) -> [FileReport] {
        [schoolReport(withDocument: withDocuments), hospitalReport(withDocument: withDocuments), unreadableReport()]
    }

    static func options(language: Language = .zh, color: Bool = false, failOn: Severity? = .error, quiet: Bool = false) -> ReportOptions {
        ReportOptions(language: language, color: color, toolVersion: toolVersion, rules: rules, failOn: failOn, quiet: quiet)
    }
}
