import PlanlintRules

/// How a pack's findings on labelled plans agree with the reviewers' labels: counts per rule
/// and per review theme, and every label the findings contradict.
public struct CorpusEvaluation: Sendable {
    /// Agreement counts for one rule or theme. A must-fire label that fired is a true
    /// positive, one that did not a false negative; a must-not-fire label that fired is a
    /// false positive, one that did not a true negative.
    public struct Tally: Sendable, Equatable {
        public var truePositives = 0
        public var falseNegatives = 0
        public var falsePositives = 0
        public var trueNegatives = 0

        public init() {}

        /// 1 when nothing labelled was reported (no false alarm was possible).
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        /// 1 when nothing was labelled as must-fire.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        public var labels: Int { truePositives + falseNegatives + falsePositives + trueNegatives }

        public init(truePositives: Int, falseNegatives: Int, falsePositives: Int, trueNegatives: Int) {
            self.truePositives = truePositives
            self.falseNegatives = falseNegatives
            self.falsePositives = falsePositives
            self.trueNegatives = trueNegatives
        }

        mutating func count(expected: Bool, fired: Bool) {
            switch (expected, fired) {
            case (true, true): truePositives += 1
            case (true, false): falseNegatives += 1
            case (false, true): falsePositives += 1
            case (false, false): trueNegatives += 1
            }
        }

        static func + (lhs: Tally, rhs: Tally) -> Tally {
            var sum = lhs
            sum.truePositives += rhs.truePositives
            sum.falseNegatives += rhs.falseNegatives
            sum.falsePositives += rhs.falsePositives
            sum.trueNegatives += rhs.trueNegatives
            return sum
        }
    }

    /// A label the findings contradict.
    public struct Disagreement: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// Labelled must-fire; the rule said nothing (of that category).
            case missed
            /// Labelled must-not-fire; the rule reported it anyway.
            case unwanted
        }

        public var kind: Kind
        /// The plan as the labels file names it.
        public var plan: String
        public var label: FindingLabel
        /// For `unwanted`, the first findings the rule made (at most two), so a reader can
        /// judge them without rerunning.
        public var findings: [Finding]

        public init(kind: Kind, plan: String, label: FindingLabel, findings: [Finding] = []) {
            self.kind = kind
            self.plan = plan
            self.label = label
            self.findings = findings
        }
    }

    /// A plan that could not be read; its labels count for nothing.
    public struct Unreadable: Sendable, Equatable {
        public var plan: String
        public var error: String

        public init(plan: String, error: String) {
            self.plan = plan
            self.error = error
        }
    }

    /// Tallies by rule id, for the rules some label names.
    public var rules: [String: Tally] = [:]
    /// Tallies by review theme (the rules' folders), the figure rule authors gate on.
    public var themes: [String: Tally] = [:]
    public var disagreements: [Disagreement] = []
    public var unreadable: [Unreadable] = []
    /// Plans linted and judged.
    public var plans = 0

    public init() {}

    public var total: Tally { themes.values.reduce(Tally(), +) }

    /// Themes whose precision or recall is below the bounds, in name order.
    public func themes(below minimumPrecision: Double, recall minimumRecall: Double) -> [String] {
        themes.keys.sorted().filter { themes[$0]!.precision < minimumPrecision || themes[$0]!.recall < minimumRecall }
    }
}
