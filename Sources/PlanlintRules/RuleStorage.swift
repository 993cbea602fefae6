/// The box behind `Rule`'s fields, shared by every copy of the rule.
final class RuleStorage: Sendable {
    struct Fields: Equatable {
        let id: String
        let title: String
        let titleEn: String?
        let severity: Severity
        let weakSeverity: Severity
        let message: String
        let messageEn: String
        let weakMessage: String?
        let weakMessageEn: String?
        let suggestion: String?
        let suggestionEn: String?
        let basis: String
        let appliesTo: Set<OrganisationProfile>?
        let condition: RuleCondition
        let theme: String
        let kind: RuleKind
        let examples: RuleExamples
        let location: RuleLocation
    }

    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }
}
