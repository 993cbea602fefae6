import PlanlintYAML

/// A problem in a rule file, with the file, line and column it is at.
public struct RuleLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case yamlSyntax
        case wrongType
        case unknownField
        case unknownKind
        case invalidValue
        case invalidRegex
        case riskyRegex
        case unknownVocabulary
        case duplicateVocabulary
        case duplicateId
        case missingField
        case emptyTermList
        case unreadable
    }

    public var kind: Kind
    public var file: String
    public var mark: YAMLMark
    public var message: String

    public init(_ kind: Kind, file: String, mark: YAMLMark, _ message: String) {
        self.kind = kind
        self.file = file
        self.mark = mark
        self.message = message
    }

    /// `Rules/congress.yaml:12:5: unknown field 'severty' (did you mean 'severity'?)`
    public var description: String { "\(file):\(mark.line):\(mark.column): \(message)" }
}

/// Every problem found in a set of rule files; loading reports them all at once.
public struct RuleLoadErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var errors: [RuleLoadError]

    public init(_ errors: [RuleLoadError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
