/// What every finding of one rule says alike: its id, theme, legal basis and suggestion.
///
/// Findings hold one reference to this instead of a copy of each string: every finding
/// made, copied or freed retained or released them all, and both cores did so on the same
/// rule's strings. The compiled pack makes one per rule (`CompiledPack.findingRule(for:)`).
public final class FindingRule: Sendable {
    public let id: String
    public let theme: String
    public let basis: String
    public let suggestion: LocalizedText?
    /// The rule's message templates, for its findings and for its weak findings, shared by
    /// their messages; nil in one made from the public parts alone (its builder makes them).
    let message: LocalizedText.Templates?
    let weakMessage: LocalizedText.Templates?

    public init(id: String, theme: String, basis: String, suggestion: LocalizedText?) {
        self.id = id
        self.theme = theme
        self.basis = basis
        self.suggestion = suggestion
        message = nil
        weakMessage = nil
    }

    init(
        id: String, theme: String, basis: String, suggestion: LocalizedText?, message: LocalizedText.Templates?,
        weakMessage: LocalizedText.Templates?
    ) {
        self.id = id
        self.theme = theme
        self.basis = basis
        self.suggestion = suggestion
        self.message = message
        self.weakMessage = weakMessage
    }
}
