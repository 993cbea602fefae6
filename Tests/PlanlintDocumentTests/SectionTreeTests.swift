import PlanlintTestSupport
import Testing

@testable import PlanlintDocument

/// Finding a section by offset against walking the tree down from the root, level by level.
@Suite struct SectionTreeTests {
    /// The definition: from the root, the child that contains the offset, as deep as it goes.
    private func walk(_ tree: SectionTree, _ offset: Int) -> [Int] {
        var path: [Int] = []
        var current = 0
        while let next = tree.nodes[current].children.first(where: { tree.nodes[$0].range.contains(offset) }) {
            path.append(next)
            current = next
        }
        return path
    }

    /// Random outlines: headings of random depths (jumps of several levels, returns to the
    /// top, empty text between headings), every offset from before the first heading to
    /// past the end.
    @Test func offsetsFindTheSectionsOfATreeWalk() {
        var generator = TestRandom()
        var deep = 0
        for _ in 0..<300 {
            var headings: [Heading] = []
            var start = Int.random(in: 0...3, using: &generator)
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let length = Int.random(in: 1...4, using: &generator)
                headings.append(Heading(
                    source: .numbering, numbering: nil, line: headings.count + 1, range: start..<(start + length),
                    titleRange: start..<(start + length), depth: Int.random(in: 0...4, using: &generator)))
                start += length + Int.random(in: 0...5, using: &generator)
            }
            let textLength = start + Int.random(in: 0...3, using: &generator)
            let tree = SectionTree(headings: headings, textLength: textLength)
            for offset in -1...(textLength + 1) {
                let expected = walk(tree, offset)
                #expect(tree.path(containing: offset) == expected, "\(headings.map(\.depth)) at \(offset)")
                #expect(tree.innermost(containing: offset) == (expected.last ?? 0))
                if expected.count > 2 { deep += 1 }
            }
        }
        #expect(deep > 100)
    }

    /// Announced lists reach past the sections the outline gives: the owner's extent grows,
    /// its range (and so the tree's shape) does not; a paragraph intro is found by its start.
    @Test func attachedListsExtendTheirOwnersOnly() {
        let headings = [0, 10, 20, 30].map { start in
            Heading(source: .numbering, numbering: nil, line: start / 10 + 1, range: start..<(start + 5), titleRange: start..<(start + 5), depth: 1)
        }
        var tree = SectionTree(headings: headings, textLength: 40)
        tree.attach([
            IntroducedList(intro: 3..<5, owner: nil, items: 10..<30),
            IntroducedList(intro: 10..<15, owner: 2, items: 20..<40),
            IntroducedList(intro: 26..<28, owner: nil, items: 30..<40),
        ])
        #expect(tree.nodes[2].range == 10..<20)
        #expect(tree.nodes[2].extent == 10..<40)
        #expect(tree.nodes.indices.filter { tree.nodes[$0].extent != tree.nodes[$0].range } == [2])
        #expect(tree.innermost(containing: 25) == 3)
        #expect(tree.listEnd(introducedAt: 3) == 30)
        #expect(tree.listEnd(introducedAt: 26) == 40)
        #expect(tree.listEnd(introducedAt: 4) == nil)
        #expect(tree.listEnd(introducedAt: 50) == nil)
    }
}
