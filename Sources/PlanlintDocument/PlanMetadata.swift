import PlanlintRules

/// What the plan says about itself: title, year, kind and the organisation it is for.
public struct PlanMetadata: Sendable, Equatable {
    public enum Origin: String, Sendable, Codable {
        case title
        case body
        case override
        case unknown
    }

    public var title: String?
    /// 1-based line of the title.
    public var titleLine: Int?
    /// Byte range of the title in the normalised text.
    public var titleRange: Range<Int>?
    public var year: Int?
    public var yearOrigin: Origin
    public var kind: DocumentKind
    public var profile: OrganisationProfile?
    public var profileOrigin: Origin
    /// Whether the title names a report as well as a plan (工作总结及2025年工作计划, 总结暨计划):
    /// a combined document, whose report part is no mistake.
    public var titleNamesReportAndPlan = false
    /// The sentence that opens a file naming no document type as a report (a news item's
    /// 8月17日下午,公司…召开…; 今年以来,…), byte range in the normalised text: why its kind
    /// is `.summary`.
    public var reportLead: Range<Int>?
    /// How many plans the file holds (篇一, 篇二 … count as one each); 1 for an ordinary plan.
    public var partCount: Int

    /// Whether words name a plan's document type (计划, 要点, 方案, 安排, 打算…), as a title is
    /// read: a part's heading that reports and then plans (上半年工作总结下半年工作计划 篇一).
    public static func namesPlanType(_ words: String) -> Bool {
        MetadataExtractor.planWords.contains { UTF8Search.contains(words, $0) }
    }

    public init(
        title: String? = nil, titleLine: Int? = nil, titleRange: Range<Int>? = nil, year: Int? = nil,
        yearOrigin: Origin = .unknown, kind: DocumentKind = .unknown, profile: OrganisationProfile? = nil,
        profileOrigin: Origin = .unknown, partCount: Int = 1
    ) {
        self.title = title
        self.titleLine = titleLine
        self.titleRange = titleRange
        self.year = year
        self.yearOrigin = yearOrigin
        self.kind = kind
        self.profile = profile
        self.profileOrigin = profileOrigin
        self.partCount = partCount
    }
}
