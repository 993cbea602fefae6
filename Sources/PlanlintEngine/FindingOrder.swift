/// The order findings are reported in: by start position, then rule id, findings equal in
/// both keeping the order their checks made them in.
enum FindingOrder {
    /// Sorts `findings` into that order. The order is found on small keys (line, column,
    /// index; rule ids are compared, in place, only where positions tie) and then applied
    /// by swaps along its cycles: sorting the findings themselves moved every one (a few
    /// hundred bytes) at each merge step, 2 % of a run.
    static func sort(_ findings: inout [Finding]) {
        let count = findings.count
        guard count > 1 else { return }
        // Findings are read through buffer pointers: reading `findings[index].start`
        // copied the whole finding (a retain of each of its strings) to read one field.
        var keys: [(line: Int, column: Int, index: Int)] = []
        keys.reserveCapacity(count)
        var sorted = true
        findings.withUnsafeBufferPointer { buffer in
            func precedes(_ lhs: (line: Int, column: Int, index: Int), _ rhs: (line: Int, column: Int, index: Int)) -> Bool {
                if (lhs.line, lhs.column) != (rhs.line, rhs.column) { return (lhs.line, lhs.column) < (rhs.line, rhs.column) }
                let (left, right) = (buffer[lhs.index].ruleID, buffer[rhs.index].ruleID)
                return left != right ? left < right : lhs.index < rhs.index
            }
            for index in 0..<count {
                let start = buffer[index].start
                keys.append((start.line, start.column, index))
                if index > 0, sorted, precedes(keys[index], keys[index - 1]) { sorted = false }
            }
            // The index breaks ties, so this sort is stable whatever algorithm the standard
            // library uses.
            if !sorted { keys.sort(by: precedes) }
        }
        if sorted { return }
        // Position i must receive the finding now at keys[i].index. Following a cycle, each
        // swap puts one finding in its place and carries the displaced one along.
        var placed = [Bool](repeating: false, count: count)
        findings.withUnsafeMutableBufferPointer { buffer in
            for cycleStart in 0..<count where !placed[cycleStart] {
                var position = cycleStart
                while true {
                    placed[position] = true
                    let source = keys[position].index
                    if source == cycleStart { break }
                    buffer.swapAt(position, source)
                    position = source
                }
            }
        }
    }
}
