// libyaml's C types stay inside this module: its API is the node tree, not the events.
internal import CYAML

/// Parses YAML text into `YAMLNode` trees with libyaml's event API.
///
/// libyaml does the scanning; this type only assembles nodes, keeps each node's start mark
/// and enforces the limits that make hostile input safe: aliases are expanded against a node
/// budget, nesting is bounded, duplicate keys and unknown tags are errors.
public struct YAMLParser: Sendable {
    /// Most nodes a document may hold after aliases are expanded.
    public var nodeBudget: Int
    /// Deepest nesting of collections allowed.
    public var maxDepth: Int

    public init(nodeBudget: Int = 100_000, maxDepth: Int = 64) {
        self.nodeBudget = nodeBudget
        self.maxDepth = maxDepth
    }

    /// The first document of `text`, or nil when the text holds none (empty or only comments).
    public func parse(_ text: String) throws -> YAMLNode? {
        try parseAll(text).first
    }

    /// Every document of `text`.
    public func parseAll(_ text: String) throws -> [YAMLNode] {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                throw YAMLError(.syntax, "cannot initialise the YAML parser", at: YAMLMark(line: 1, column: 1))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(nodeBudget: nodeBudget, maxDepth: maxDepth)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw Self.syntaxError(parser)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(event)
            }
            return builder.documents
        }
    }

    private static func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = YAMLMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let message = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(.syntax, "YAML syntax error: \(message)", at: mark)
    }
}

/// Assembles nodes from parser events.
private struct TreeBuilder {
    /// An open collection. Frames are mutated in place on the stack (appending never copies
    /// the collection) and long mappings keep a set of their scalar keys, so a flat mapping of
    /// n keys costs O(n), not O(n²), to build and check for duplicates.
    private struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var keys: Set<String> = []
        var pendingKey: YAMLNode?
        var mark: YAMLMark
        var tag: String?
        var anchor: String?
        /// Nodes in this subtree, for alias accounting.
        var size = 1
    }

    private static let acceptedTags: Set<String> = [
        "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
    ]

    let nodeBudget: Int
    let maxDepth: Int
    private(set) var documents: [YAMLNode] = []
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0

    init(nodeBudget: Int, maxDepth: Int) {
        self.nodeBudget = nodeBudget
        self.maxDepth = maxDepth
    }

    mutating func consume(_ event: yaml_event_t) throws {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors = [:]
            nodeCount = 0
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
            let tag = try checkedTag(scalar.tag, at: mark)
            let style: YAMLNode.ScalarStyle
            switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .literal
            default: style = .quoted
            }
            try count(1, at: mark)
            try add(YAMLNode(.scalar(text, style), mark: mark, tag: tag), size: 1, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw YAMLError(.unknownAnchor, "alias '*\(name)' names no anchor", at: mark)
            }
            try count(anchored.size, at: mark)
            try add(anchored.node, size: anchored.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            try push(
                Frame(isMapping: false, mark: mark, tag: try checkedTag(start.tag, at: mark), anchor: Self.string(start.anchor)),
                at: mark)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            try push(
                Frame(isMapping: true, mark: mark, tag: try checkedTag(start.tag, at: mark), anchor: Self.string(start.anchor)),
                at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try pop()
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at mark: YAMLMark) throws {
        guard stack.count < maxDepth else {
            throw YAMLError(.tooDeep, "collections nest deeper than \(maxDepth) levels", at: mark)
        }
        try count(1, at: mark)
        stack.append(frame)
    }

    private mutating func pop() throws {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        try add(YAMLNode(content, mark: frame.mark, tag: frame.tag), size: frame.size, anchor: frame.anchor)
    }

    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?) throws {
        if let anchor { anchors[anchor] = (node, size) }
        guard !stack.isEmpty else {
            documents.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        guard let key = stack[top].pendingKey else {
            stack[top].pendingKey = node
            return
        }
        if let name = key.scalar, Self.isDuplicate(name, in: &stack[top]) {
            throw YAMLError(.duplicateKey, "duplicate key '\(name)'", at: key.mark)
        }
        stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
        stack[top].pendingKey = nil
    }

    /// Whether a mapping already has the key, noting it if not. Most mappings of a rule file
    /// have a handful of keys, which are compared in place; a set of them is made only past
    /// `keysCompared` (a `replace:` list of two hundred pairs), so that a long mapping costs
    /// O(n) and a short one no set and no hashing of its keys. Static: a method of the
    /// builder would hold a copy of it, and the frame's arrays would be copied on write.
    private static func isDuplicate(_ name: String, in frame: inout Frame) -> Bool {
        if frame.pairs.count < Self.keysCompared {
            return frame.pairs.contains { $0.key.scalar == name }
        }
        if frame.keys.isEmpty { frame.keys = Set(frame.pairs.compactMap(\.key.scalar)) }
        return !frame.keys.insert(name).inserted
    }

    private static let keysCompared = 16

    private mutating func count(_ nodes: Int, at mark: YAMLMark) throws {
        nodeCount += nodes
        guard nodeCount <= nodeBudget else {
            throw YAMLError(
                .aliasExpansion, "document expands to more than \(nodeBudget) nodes (aliases nested too far?)",
                at: mark)
        }
    }

    private func checkedTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, at mark: YAMLMark) throws -> String? {
        guard let tag = Self.string(pointer) else { return nil }
        guard Self.acceptedTags.contains(tag) else {
            throw YAMLError(.unknownTag, "unsupported tag '\(tag)'", at: mark)
        }
        return tag
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
