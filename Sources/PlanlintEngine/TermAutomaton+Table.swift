import PlanlintDocument

/// Filling the automaton's table: the trie, its failure transitions and the filler's column.
extension TermAutomaton {
    /// Fills `table` (row `state`, column `class`) with the trie of `patterns`, then with
    /// failure transitions, breadth first, each entry flagged (`state << 1 | terms end
    /// there`); returns the terms ending at each state (its own, then through failure links
    /// its suffixes'), flat: state s's are `terms[starts[s]..<starts[s + 1]]`, made without
    /// a list per state (thousands of small arrays, each grown, copied and freed). No trie
    /// edge leads back to the root, so 0 marks a missing edge while
    /// the trie is built.
    ///
    /// A row is completed from its failure state's row, which breadth-first order has
    /// completed before: that row copied whole, then the state's own trie edges written over
    /// it (a child's flag is its own terms or its failure state's flag, read from that row).
    static func build<State: FixedWidthInteger>(
        _ table: UnsafeMutableBufferPointer<State>, patterns: [[UInt8]], classes: [UInt8], remaining: [Int], trieStates: Int
    ) -> (starts: [Int32], terms: [Int32]) {
        let stateCount = trieStates + 3
        let columns = table.count / stateCount
        // The state each term ends at (-1 for an empty term), and how many end at each state.
        var endState = [Int32](repeating: -1, count: patterns.count)
        var ownCount = [Int32](repeating: 0, count: stateCount)
        // Each state's parent and the class of the edge into it: every state but the root
        // has one.
        var parent = [Int32](repeating: 0, count: stateCount)
        var edgeClass = [Int32](repeating: 0, count: stateCount)
        var next = 1
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let column = Int(classes[Int(byte)])
                let slot = state * columns + column
                if table[slot] == 0 {
                    table[slot] = State(truncatingIfNeeded: next)
                    parent[next] = Int32(state)
                    edgeClass[next] = Int32(column)
                    next += 1
                }
                state = Int(table[slot])
            }
            endState[index] = Int32(state)
            ownCount[state] += 1
        }
        // Children by parent (counting sort; states are numbered in creation order, so each
        // state's children stay in order).
        var childStart = [Int32](repeating: 0, count: stateCount + 1)
        for child in 1..<max(next, 1) { childStart[Int(parent[child]) + 1] += 1 }
        for state in 0..<stateCount { childStart[state + 1] += childStart[state] }
        var children = [Int32](repeating: 0, count: max(next - 1, 0))
        var fill = childStart
        for child in 1..<max(next, 1) {
            let owner = Int(parent[child])
            children[Int(fill[owner])] = Int32(child)
            fill[owner] += 1
        }
        @inline(__always) func flagged(_ state: Int, _ flag: Bool) -> State {
            State(truncatingIfNeeded: state << 1 | (flag ? 1 : 0))
        }
        var fail = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = []
        order.reserveCapacity(stateCount)
        @inline(__always) func insideRoot(_ count: Int) -> Int { count == 0 ? 0 : trieStates + count - 1 }
        for slot in childStart[0]..<childStart[1] {
            let child = Int(children[Int(slot)])
            table[Int(edgeClass[child])] = flagged(child, ownCount[child] > 0)
            // A term's first byte: after a lead byte the longest suffix that no term starts
            // with is the inside root of its length.
            fail[child] = Int32(insideRoot(remaining[Int(edgeClass[child])]))
            order.append(child)
        }
        // The inside roots: each continuation byte brings the character closer to its end,
        // the last one back to the root. A lead byte no term goes on with leads from the
        // root to the inside root of its length (failure rows copy these on).
        for count in 1...3 {
            let row = insideRoot(count) * columns
            for column in 0..<columns { table[row + column] = flagged(insideRoot(count - 1), false) }
        }
        for column in 0..<columns where table[column] == 0 && remaining[column] > 0 {
            table[column] = flagged(insideRoot(remaining[column]), false)
        }
        // How many terms end at each state, its own and its failure state's (which breadth
        // first order has counted before).
        var total = [Int32](repeating: 0, count: stateCount)
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            let failState = Int(fail[state])
            total[state] = ownCount[state] + total[failState]
            let row = state * columns
            let failRow = failState * columns
            // The row is its failure state's row (complete, breadth first) with the trie's
            // own edges on top: copied whole, then the edges written again. Filling only the
            // missing entries, four at a time, was half of building the automaton.
            if let base = table.baseAddress {
                (base + row).update(from: base + failRow, count: columns)
            }
            for slot in childStart[state]..<childStart[state + 1] {
                let child = Int(children[Int(slot)])
                let column = Int(edgeClass[child])
                let failEntry = Int(table[failRow + column])
                fail[child] = Int32(failEntry >> 1)
                table[row + column] = flagged(child, ownCount[child] > 0 || failEntry & 1 == 1)
                order.append(child)
            }
        }
        var starts = [Int32](repeating: 0, count: stateCount + 1)
        for state in 0..<stateCount { starts[state + 1] = starts[state] + total[state] }
        // Each state's own terms in the order given (a counting sort by state), then its
        // failure state's list, filled breadth first so that list is there to copy.
        var terms = [Int32](repeating: 0, count: Int(starts[stateCount]))
        var own = starts
        for (index, state) in endState.enumerated() where state >= 0 {
            terms[Int(own[Int(state)])] = Int32(index)
            own[Int(state)] += 1
        }
        for state in order where total[state] > ownCount[state] {
            let failState = Int(fail[state])
            let from = Int(starts[failState])
            let to = Int(own[state])
            for offset in 0..<Int(total[failState]) { terms[to + offset] = terms[from + offset] }
        }
        return (starts, terms)
    }

    /// Points the filler's column of every state between characters (the root, and each trie
    /// state whose path ends a character) back at the state itself, unflagged: its terms were
    /// reported when the scan came in. States inside a character read continuation bytes,
    /// whose classes share the filler's column number, and keep their rows. Trie states are
    /// numbered as `build` numbers them, in the order the patterns' bytes first reach them.
    static func stepOverFillers<State: FixedWidthInteger>(
        _ table: UnsafeMutableBufferPointer<State>, patterns: [[UInt8]], classes: [UInt8], trieStates: Int
    ) {
        let columns = table.count / (trieStates + 3)
        let fillerColumn = Int(classes[Int(PinyinAnnotations.filler)])
        var betweenCharacters = [Bool](repeating: false, count: trieStates)
        betweenCharacters[0] = true
        for pattern in patterns {
            var state = 0
            var pending = 0
            for byte in pattern {
                pending = byte & 0xC0 == 0x80 ? max(0, pending - 1) : UTF8Scalar.length(ofLead: byte) - 1
                state = Int(table[state * columns + Int(classes[Int(byte)])] >> 1)
                if state < trieStates, pending == 0 { betweenCharacters[state] = true }
            }
        }
        for state in 0..<trieStates where betweenCharacters[state] {
            table[state * columns + fillerColumn] = State(truncatingIfNeeded: state << 1)
        }
    }
}
