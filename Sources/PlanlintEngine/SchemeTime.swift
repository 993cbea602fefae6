import PlanlintDocument

/// The text an activity scheme's own time heading dates. A scheme (活动方案) gives its time
/// once, under a heading of its own — 一、活动主题 二、活动时间：3月1日至3月8日 三、活动内容 —
/// and what its other parts plan happens then: a mention under 活动内容 is no slogan for
/// lacking a month of its own.
///
/// The heading must stand among the scheme's other parts (a sibling titled 活动主题,
/// 活动内容, 参加人员…): an annual plan's 时间安排 heads a month-by-month schedule of many
/// items, which `MonthSchedule` reads entry by entry, and must not date the whole plan.
enum SchemeTime {
    /// Titles of a heading that gives the scheme's time (text is normalised).
    private static let timeTitles: [[UInt8]] = ["活动时间", "活动日期", "时间安排", "比赛时间", "时间地点", "时间和地点", "时间与地点"].map { Array($0.utf8) }
    /// Titles of the other parts that make the heading's siblings a scheme.
    private static let schemeTitles: [[UInt8]] = ["活动", "参加人员", "参加对象", "参赛对象", "参与对象", "比赛项目", "比赛地点"].map { Array($0.utf8) }

    /// The extents of the sections (or the whole document) whose scheme has a time heading
    /// with a month or day under it or on its line.
    static func datedExtents(in document: PlanDocument) -> [Range<Int>] {
        var extents: [Range<Int>] = []
        let nodes = document.sections.nodes
        for (nodeIndex, node) in nodes.enumerated() {
            guard let headingIndex = node.headingIndex, let parent = node.parent,
                title(of: document.headings[headingIndex], in: document, startsWithAnyOf: timeTitles)
            else { continue }
            let hasSchemeSibling = nodes[parent].children.contains { sibling in
                guard sibling != nodeIndex, let siblingHeading = nodes[sibling].headingIndex else { return false }
                return title(of: document.headings[siblingHeading], in: document, startsWithAnyOf: schemeTitles)
                    && !title(of: document.headings[siblingHeading], in: document, startsWithAnyOf: timeTitles)
            }
            guard hasSchemeSibling else { continue }
            // The heading's line and its own text, up to its first sub-heading.
            let timeText = document.headings[headingIndex].range.lowerBound..<max(document.sections.leadEnd(of: nodeIndex), document.headings[headingIndex].range.upperBound)
            guard SignalScanner.hasTimeFigure(SignalScanner.scalars(of: document.normalized[timeText])) else { continue }
            extents.append(nodes[parent].extent)
        }
        return extents
    }

    private static func title(of heading: Heading, in document: PlanDocument, startsWithAnyOf prefixes: [[UInt8]]) -> Bool {
        // The title's words; a heading with its time on the line (活动时间：3月8日) keeps them
        // in its range.
        let start = heading.titleRange.isEmpty ? heading.range.lowerBound : heading.titleRange.lowerBound
        let text = document.normalized[start..<heading.range.upperBound]
        return prefixes.contains { text.starts(with: $0) }
    }
}
