/// The box behind `Rule`'s fields, shared by copies of a rule until one of them changes.
///
/// `@unchecked Sendable`: `fields` is written only through `Rule.update`, which first makes
/// sure the box is not shared, so a box another thread can see is never written.
final class RuleStorage: @unchecked Sendable {
    struct Fields: Equatable {
        var id: String
        var title: String
        var titleEn: String?
        var severity: Severity
        var weakSeverity: Severity
        var message: String
        var messageEn: String
        var weakMessage: String?
        var weakMessageEn: String?
        var suggestion: String?
        var suggestionEn: String?
        var basis: String
        var appliesTo: Set<OrganisationProfile>?
        var condition: RuleCondition
        var theme: String
        var kind: RuleKind
        var examples: RuleExamples
        var location: RuleLocation
    }

    var fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }
}
