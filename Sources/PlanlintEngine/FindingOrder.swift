/// The order findings are reported in: by start position, then rule id, findings equal in
/// both keeping the order their checks made them in.
enum FindingOrder {
    /// The plain definition of the order, for lists without ranks.
    static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.start, lhs.ruleID) < (rhs.start, rhs.ruleID)
    }

    /// Each id's place in the sorted list of distinct ids: comparing ranks orders as
    /// comparing the ids.
    static func ranks(of ids: [String]) -> [Int32] {
        let distinct = Array(Set(ids)).sorted()
        var rankByID: [String: Int32] = [:]
        for (rank, id) in distinct.enumerated() { rankByID[id] = Int32(rank) }
        return ids.map { rankByID[$0]! }
    }

    /// Sorts `findings` into `precedes` order, `ranks[i]` being the rank of finding i's
    /// rule id. The order is found on small keys and then applied by swaps along its cycles:
    /// sorting the findings themselves moved every one (a few hundred bytes) at each merge
    /// step, 2 % of a run.
    static func sort(_ findings: inout [Finding], ranks: [Int32]) {
        precondition(ranks.count == findings.count, "one rank per finding")
        let count = findings.count
        guard count > 1 else { return }
        var keys: [(line: Int, column: Int, rank: Int32, index: Int32)] = []
        keys.reserveCapacity(count)
        var sorted = true
        // Through a buffer pointer: reading `findings[index].start` copied the whole finding
        // (a retain of each of its strings) to read one field.
        findings.withUnsafeBufferPointer { buffer in
            for index in 0..<count {
                let start = buffer[index].start
                let key = (line: start.line, column: start.column, rank: ranks[index], index: Int32(index))
                if let last = keys.last, (last.line, last.column, last.rank) > (key.line, key.column, key.rank) {
                    sorted = false
                }
                keys.append(key)
            }
        }
        if sorted { return }
        // The index breaks ties, so this sort is stable whatever algorithm the standard
        // library uses.
        keys.sort { ($0.line, $0.column, $0.rank, $0.index) < ($1.line, $1.column, $1.rank, $1.index) }
        // Position i must receive the finding now at keys[i].index. Following a cycle, each
        // swap puts one finding in its place and carries the displaced one along.
        var placed = [Bool](repeating: false, count: count)
        findings.withUnsafeMutableBufferPointer { buffer in
            for cycleStart in 0..<count where !placed[cycleStart] {
                var position = cycleStart
                while true {
                    placed[position] = true
                    let source = Int(keys[position].index)
                    if source == cycleStart { break }
                    buffer.swapAt(position, source)
                    position = source
                }
            }
        }
    }
}
