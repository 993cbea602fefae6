/// The kind of organisation a plan is written for; rules use it to decide whether they apply.
public enum OrganisationProfile: String, CaseIterable, Sendable, Codable, Comparable {
    case school
    case hospital
    case enterprise
    case agency
    case community
    case federation

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The Chinese name reviewers use for the profile.
    public var chineseName: String {
        switch self {
        case .school: "学校/教育工会"
        case .hospital: "医院/卫生工会"
        case .enterprise: "企业工会"
        case .agency: "机关/事业单位工会"
        case .community: "社区/街道/乡镇工会"
        case .federation: "总工会/局工会"
        }
    }
}

/// Whether a document plans future work or reports on past work.
public enum DocumentKind: String, Sendable, Codable {
    /// 计划、要点、方案、安排.
    case plan
    /// 总结、述职、汇报: a report on work already done.
    case summary
    /// 活动方案: the scheme of one event or campaign (三八节活动方案, 职工运动会实施方案), not
    /// a union's plan for the year.
    case scheme
    case unknown
}
