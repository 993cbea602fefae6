/// A YAML document that planlint refuses, with the place the problem starts.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libyaml could not parse the text.
        case syntax
        /// A mapping names the same key twice.
        case duplicateKey
        /// Aliases would expand past the node budget (billion laughs).
        case aliasExpansion
        /// Collections nest deeper than allowed.
        case tooDeep
        /// An explicit tag planlint does not accept.
        case unknownTag
        /// An alias names no anchor.
        case unknownAnchor
    }

    public var kind: Kind
    public var message: String
    public var mark: YAMLMark

    public init(_ kind: Kind, _ message: String, at mark: YAMLMark) {
        self.kind = kind
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}
