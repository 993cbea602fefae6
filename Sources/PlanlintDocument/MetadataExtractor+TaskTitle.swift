/// A plan titled by its tasks for a period rather than by a document type: 乡镇工会今后三年工作的
/// 指导思想和主要任务, 2025年工会工作主要任务. The tasks of a period ahead are what a plan sets
/// out; a title naming them is a plan's, though it writes no 计划, 要点 or 规划 (a three-year
/// task list filed as a plan read as a file of no kind, untitled).
extension MetadataExtractor {
    /// Words that name a list of tasks as a document's matter.
    static let taskWords = ["主要任务", "工作任务", "重点任务", "目标任务"]

    /// The periods ahead a task list is for, besides a year (2025年, `year(in:)`): the years to
    /// come. Not 三年来 (the three years past, a report's) nor a bare 三年.
    static let comingYearsWords = [
        "今后两年", "今后三年", "今后五年", "今后几年", "未来两年", "未来三年", "未来五年", "未来几年", "两年内", "三年内", "五年内",
    ]

    /// Whether `words` name the tasks of a period ahead: a task word together with a year or
    /// the years to come. A task word alone is a section's heading (主要任务), not a title.
    static func namesPeriodTasks(_ words: String) -> Bool {
        guard taskWords.contains(where: { UTF8Search.contains(words, $0) }) else { return false }
        if comingYearsWords.contains(where: { UTF8Search.contains(words, $0) }) { return true }
        if case .some(.some) = year(in: words) { return true }
        return false
    }

    /// Whether `words` name a plan: a plan's document type, a period's tasks or a title's proposal
    /// (`namesProposal`).
    static func namesPlan(_ words: String) -> Bool {
        planWords.contains { UTF8Search.contains(words, $0) } || namesPeriodTasks(words) || namesProposal(words)
    }

    /// Whether `words` name a document type a title may hold: a plan's or a report's.
    static func namesDocumentType(_ words: String) -> Bool {
        namesPlan(words) || summaryWords.contains { UTF8Search.contains(words, $0) }
    }
}
