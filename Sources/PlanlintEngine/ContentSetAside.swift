import PlanlintRules

/// Why the rules that judge what a plan holds (`require`, `coverage`, `section`) were set
/// aside for a file. Its checks then cover only how it is written, so a reporter must not
/// score it against plans: a 总结 whose only checks are its typos would look more complete
/// than any real plan.
public enum ContentSetAside: Sendable, Equatable {
    /// Another office's plan filed under a union title (a rule's `subject_terms`).
    case offTopic
    /// A document of another kind where plans are expected: a 总结 or a report, titled or
    /// not (a rule's `expect`), or an activity scheme (`flag_kind`).
    case documentKind(DocumentKind)

    /// The name machine-readable reports give it: `off-topic`, `summary`, `scheme`.
    public var name: String {
        switch self {
        case .offTopic: "off-topic"
        case .documentKind(let kind): kind.rawValue
        }
    }
}
