/// The outcome of one rule that applied to a file: reviewers and JUnit need the passes too.
public struct CheckResult: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        case passed
        case weak
        case missing
        case defect
    }

    public var ruleID: String
    public var theme: String
    public var status: Status
    /// For coverage rules: the items found and missing, by name.
    public var itemsFound: [String]
    public var itemsMissing: [String]

    public init(ruleID: String, theme: String, status: Status, itemsFound: [String] = [], itemsMissing: [String] = []) {
        self.ruleID = ruleID
        self.theme = theme
        self.status = status
        self.itemsFound = itemsFound
        self.itemsMissing = itemsMissing
    }
}
