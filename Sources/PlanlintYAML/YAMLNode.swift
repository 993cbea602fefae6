/// A YAML node with the place it starts, so every later error can point at the source.
public struct YAMLNode: Sendable, Equatable {
    public enum ScalarStyle: Sendable, Equatable {
        case plain
        case quoted
        case literal
    }

    /// One key-value pair of a mapping, in source order.
    public struct Pair: Sendable, Equatable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    /// Not `indirect`: the arrays already hold the children out of line, and a box per node
    /// was an allocation per node of every tree the bundled pack decodes at start-up.
    public enum Content: Sendable, Equatable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public var content: Content
    public var mark: YAMLMark
    /// The explicit tag, if the source wrote one (e.g. `!!str`).
    public var tag: String?

    public init(_ content: Content, mark: YAMLMark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// True for a plain scalar that YAML reads as null (`~`, `null`, empty).
    public var isNull: Bool {
        if case .scalar(let text, .plain) = content { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// What the node is, in words, for error messages.
    public var kindName: String {
        switch content {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    /// The value stored under a scalar key, if this is a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }
}
