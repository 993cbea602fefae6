import PlanlintYAML

/// Reviewers' judgements of a set of plans: for each plan, the rules that must report on it
/// and the rules that must not. Rule authors keep one beside their rules and measure a
/// changed pack against it (`planlint evaluate`) before it reaches the people it judges.
public struct LabelledCorpus: Sendable {
    /// The labels file, as it was named.
    public var path: String
    public var plans: [LabelledPlan]
    /// Plans left out because the folder their `root` names does not exist (a corpus that is
    /// not on this machine), each with that root's name.
    public var skipped: [(plan: String, root: String)]

    public init(path: String, plans: [LabelledPlan], skipped: [(plan: String, root: String)] = []) {
        self.path = path
        self.plans = plans
        self.skipped = skipped
    }
}

/// One plan and what reviewers expect planlint to say about it.
public struct LabelledPlan: Sendable {
    /// Where the plan is, resolved against the labels file's folder or the plan's root.
    public var path: String
    /// The plan as the labels file names it (`root/path`), for reports.
    public var name: String
    public var note: String?
    public var mustFire: [FindingLabel]
    public var mustNotFire: [FindingLabel]
    /// Where the plan's entry starts in the labels file.
    public var mark: YAMLMark

    public init(path: String, name: String, note: String? = nil, mustFire: [FindingLabel], mustNotFire: [FindingLabel], mark: YAMLMark) {
        self.path = path
        self.name = name
        self.note = note
        self.mustFire = mustFire
        self.mustNotFire = mustNotFire
        self.mark = mark
    }
}

/// A rule id, optionally narrowed to the category of finding it must (not) report:
/// `congress.annual` (any finding of the rule), `congress.annual@weak` (a weak one).
public struct FindingLabel: Sendable, Hashable, CustomStringConvertible {
    /// The categories a label may name; the engine's `FindingCategory` raw values.
    public static let categories = ["missing", "weak", "defect"]

    public var ruleID: String
    /// One of `categories`, or nil for any finding of the rule.
    public var category: String?
    public var mark: YAMLMark

    public init(ruleID: String, category: String? = nil, mark: YAMLMark = YAMLMark(line: 1, column: 1)) {
        self.ruleID = ruleID
        self.category = category
        self.mark = mark
    }

    public var description: String { category.map { "\(ruleID)@\($0)" } ?? ruleID }
}
