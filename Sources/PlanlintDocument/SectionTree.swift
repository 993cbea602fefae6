/// The plan's sections as a tree: each heading opens a section that runs until the next
/// heading at the same or a higher level. Node 0 is the whole document.
public struct SectionTree: Sendable {
    public struct Node: Sendable, Equatable {
        /// Index into `PlanDocument.headings`; nil for the root.
        public var headingIndex: Int?
        /// Bytes covered by the section, its heading included.
        public var range: Range<Int>
        public var parent: Int?
        public var children: [Int]
        public var depth: Int

        public init(headingIndex: Int?, range: Range<Int>, parent: Int?, children: [Int], depth: Int) {
            self.headingIndex = headingIndex
            self.range = range
            self.parent = parent
            self.children = children
            self.depth = depth
        }
    }

    public private(set) var nodes: [Node]

    public init(nodes: [Node]) {
        precondition(!nodes.isEmpty, "a section tree has at least its root")
        self.nodes = nodes
    }

    /// Builds the tree from headings already given their depth.
    public init(headings: [Heading], textLength: Int) {
        var nodes = [Node(headingIndex: nil, range: 0..<textLength, parent: nil, children: [], depth: 0)]
        var open: [Int] = [0]
        for (index, heading) in headings.enumerated() {
            let depth = max(1, heading.depth)
            while open.count > 1, nodes[open[open.count - 1]].depth >= depth {
                let closing = open.removeLast()
                nodes[closing].range = nodes[closing].range.lowerBound..<heading.range.lowerBound
            }
            let parent = open[open.count - 1]
            let node = Node(
                headingIndex: index, range: heading.range.lowerBound..<textLength, parent: parent, children: [],
                depth: depth)
            nodes.append(node)
            nodes[parent].children.append(nodes.count - 1)
            open.append(nodes.count - 1)
        }
        self.nodes = nodes
    }

    public var root: Node { nodes[0] }

    /// Indices of the nodes that contain `offset`, outermost first, root excluded.
    public func path(containing offset: Int) -> [Int] {
        var path: [Int] = []
        var current = 0
        while true {
            let children = nodes[current].children
            guard let next = children.last(where: { nodes[$0].range.lowerBound <= offset }),
                nodes[next].range.contains(offset)
            else { break }
            path.append(next)
            current = next
        }
        return path
    }

    /// The innermost section containing `offset` (the root when no heading precedes it).
    public func innermost(containing offset: Int) -> Int {
        // The walk of `path(containing:)`, keeping only where it ends.
        var current = 0
        while let next = nodes[current].children.last(where: { nodes[$0].range.lowerBound <= offset }),
            nodes[next].range.contains(offset)
        {
            current = next
        }
        return current
    }
}
