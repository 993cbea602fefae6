/// The plan's sections as a tree: each heading opens a section that runs until the next
/// heading at the same or a higher level. Node 0 is the whole document.
///
/// A section whose heading announces a numbered list (具体工作安排如下：) reaches over the
/// list even where the outline made the items its siblings: its `extent` then runs past its
/// `range` (see `IntroducedList`). The tree itself keeps the outline's shape, so finding
/// the section around an offset is unchanged.
public struct SectionTree: Sendable {
    public struct Node: Sendable, Equatable {
        /// Index into `PlanDocument.headings`; nil for the root.
        public var headingIndex: Int?
        /// Bytes covered by the section, its heading included.
        public var range: Range<Int>
        public var parent: Int?
        public var children: [Int]
        public var depth: Int
        /// The end of the list the heading announces, when that runs past `range`.
        public var listEnd: Int?

        public init(headingIndex: Int?, range: Range<Int>, parent: Int?, children: [Int], depth: Int, listEnd: Int? = nil) {
            self.headingIndex = headingIndex
            self.range = range
            self.parent = parent
            self.children = children
            self.depth = depth
            self.listEnd = listEnd
        }

        /// The text the section speaks for: its range, or on to the end of the list its heading
        /// announces.
        public var extent: Range<Int> {
            guard let listEnd, listEnd > range.upperBound else { return range }
            return range.lowerBound..<listEnd
        }
    }

    public private(set) var nodes: [Node]
    /// The announced lists, in text order of their intros.
    public private(set) var lists: [IntroducedList] = []

    public init(nodes: [Node]) {
        precondition(!nodes.isEmpty, "a section tree has at least its root")
        self.nodes = nodes
    }

    /// Builds the tree from headings already given their depth.
    public init(headings: [Heading], textLength: Int) {
        var nodes = [Node(headingIndex: nil, range: 0..<textLength, parent: nil, children: [], depth: 0)]
        nodes.reserveCapacity(headings.count + 1)
        var open: [Int] = [0]
        open.reserveCapacity(16)
        // Children are listed once every node's parent is known, each list made at its size:
        // appended as the headings came, every list grew a few times.
        var childCounts = [Int](repeating: 0, count: headings.count + 1)
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
            childCounts[parent] += 1
            open.append(nodes.count - 1)
        }
        for index in nodes.indices where childCounts[index] > 0 { nodes[index].children.reserveCapacity(childCounts[index]) }
        for index in nodes.indices.dropFirst() {
            if let parent = nodes[index].parent { nodes[parent].children.append(index) }
        }
        self.nodes = nodes
    }

    public var root: Node { nodes[0] }

    /// Records the lists announced in the plan; a list whose intro is a section's heading (or
    /// that heading's whole body) extends that section's `extent`.
    public mutating func attach(_ lists: [IntroducedList]) {
        self.lists = lists
        for list in lists {
            guard let owner = list.owner, owner < nodes.count else { continue }
            nodes[owner].listEnd = max(nodes[owner].listEnd ?? 0, list.items.upperBound)
        }
    }

    /// Where a section's own text ends: at its first subsection, or with the section when it
    /// has none. The heading and this text are what the heading itself titles; what its
    /// subsections say belongs to their headings.
    public func leadEnd(of node: Int) -> Int {
        nodes[node].children.first.map { nodes[$0].range.lowerBound } ?? nodes[node].range.upperBound
    }

    /// The end of the list announced by the block starting at `offset`, if it announces one.
    /// A binary search: a section rule asks it for each paragraph it tries.
    public func listEnd(introducedAt offset: Int) -> Int? {
        var low = 0
        var high = lists.count
        while low < high {
            let mid = (low + high) / 2
            if lists[mid].intro.lowerBound < offset { low = mid + 1 } else { high = mid }
        }
        return low < lists.count && lists[low].intro.lowerBound == offset ? lists[low].items.upperBound : nil
    }

    /// Indices of the nodes that contain `offset`, outermost first, root excluded.
    public func path(containing offset: Int) -> [Int] {
        let innermost = innermost(containing: offset)
        var length = 0
        var node = innermost
        while node != 0 {
            length += 1
            node = nodes[node].parent ?? 0
        }
        // Reserved at its final size, collected from the innermost out and turned round:
        // `[Int](unsafeUninitializedCapacity:)` looked the storage's type up at run time.
        guard length > 0 else { return [] }
        var path: [Int] = []
        path.reserveCapacity(length)
        node = innermost
        while node != 0 {
            path.append(node)
            node = nodes[node].parent ?? 0
        }
        path.reverse()
        return path
    }

    /// The innermost section containing `offset` (the root when no heading precedes it).
    ///
    /// Nodes are numbered in the order their headings start, and a section after another
    /// that is not inside it starts where that one ends; so the innermost section holding
    /// `offset` is the last one starting at or before it, or one of its ancestors. A binary
    /// search and a short climb, instead of scanning each level's children (copying every
    /// node looked at): every finding asks for its section.
    public func innermost(containing offset: Int) -> Int {
        nodes.withUnsafeBufferPointer { nodes in
            var low = 1
            var high = nodes.count
            while low < high {
                let mid = (low + high) / 2
                if nodes[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
            }
            var node = low - 1
            while node != 0, !nodes[node].range.contains(offset) { node = nodes[node].parent ?? 0 }
            return node
        }
    }
}
