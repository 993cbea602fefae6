/// What the branches of each split must read first (`LeadingBytes`), for `Backtracker` to
/// pass over a branch that the bytes at hand rule out.
extension RegexProgram {
    /// Each split's tables, as offsets into `classWords` once `words` are appended to it
    /// (−1: a branch may read anything, or nothing).
    struct BranchFilters {
        var first: [Int32]
        var second: [Int32]
        var words: [UInt32]
    }

    /// The tables of every split's two branches; tables alike are stored once.
    func branchFilters() -> BranchFilters {
        var filters = BranchFilters(
            first: Array(repeating: -1, count: instructions.count), second: Array(repeating: -1, count: instructions.count), words: [])
        // Offsets of the tables stored so far, compared word by word: a program has a few,
        // and hashing forty words cost more than comparing them.
        var stored: [Int32] = []
        // Bounded repeats jump to the same end from every copy: each target is analysed once.
        var known = [Int32](repeating: -2, count: instructions.count)
        var scratch = Scratch()
        func filter(_ entry: Int) -> Int32 {
            if known[entry] != -2 { return known[entry] }
            var id: Int32 = -1
            if let leading = leadingBytes(from: entry, scratch: &scratch) {
                let words = leading.words
                let base = Int32(classWords.count)
                if let same = stored.first(where: { filters.words[Int($0 - base)..<Int($0 - base) + LeadingBytes.wordCount].elementsEqual(words) }) {
                    id = same
                } else {
                    id = base + Int32(filters.words.count)
                    filters.words += words
                    stored.append(id)
                }
            }
            known[entry] = id
            return id
        }
        for pc in instructions.indices where instructions[pc].opcode == .split {
            // A branch taken at once that starts by reading one literal or class is ruled out by
            // that step as cheaply as by a table (a copy of `[ \t]{0,8}` each): none made.
            let first = Int(instructions[pc].first)
            switch instructions[first].opcode {
            case .literal, .scalarClass, .anyScalar: break
            default: filters.first[pc] = filter(first)
            }
            filters.second[pc] = filter(Int(instructions[pc].second))
        }
        return filters
    }

    /// What every path from `entry` reads first; nil when one may read any byte (`.`, a
    /// negated or wide class) or none (it reaches the end of the program, or is too tangled to
    /// follow cheaply).
    func leadingBytes(from entry: Int) -> LeadingBytes? {
        var scratch = Scratch()
        return leadingBytes(from: entry, scratch: &scratch)
    }

    /// Lists `leadingBytes` reuses from one branch to the next.
    struct Scratch {
        var seen: [Int] = []
        var pending: [Int] = []
    }

    private func leadingBytes(from entry: Int, scratch: inout Scratch) -> LeadingBytes? {
        // Most branches of bounded repeats start with `.` or a negated class: answered
        // before anything is made.
        switch instructions[entry].opcode {
        case .anyScalar, .match: return nil
        case .scalarClass where classWords[Int(instructions[entry].first)] == 1: return nil
        default: break
        }
        var result = LeadingBytes()
        // Searched in order: paths worth following meet a few dozen instructions.
        scratch.seen.removeAll(keepingCapacity: true)
        scratch.pending.removeAll(keepingCapacity: true)
        scratch.pending.append(entry)
        while let pc = scratch.pending.popLast() {
            guard !scratch.seen.contains(pc) else { continue }
            scratch.seen.append(pc)
            if scratch.seen.count > 64 { return nil }
            let instruction = instructions[pc]
            switch instruction.opcode {
            case .literal:
                let offset = Int(instruction.first)
                switch instruction.second {
                case 0: scratch.pending.append(pc + 1)
                case 1: result.insert(literalBytes[offset], nil)
                default: result.insert(literalBytes[offset], literalBytes[offset + 1])
                }
            case .literalSet:
                for word in 0..<Int(instruction.second) {
                    let offset = Int(classWords[Int(instruction.first) + 1 + 2 * word])
                    let length = Int(classWords[Int(instruction.first) + 2 + 2 * word])
                    result.insert(literalBytes[offset], length > 1 ? literalBytes[offset + 1] : nil)
                }
            case .scalarClass:
                guard insertClass(at: Int(instruction.first), into: &result) else { return nil }
            case .anyScalar, .match:
                return nil
            case .split:
                scratch.pending.append(Int(instruction.first))
                scratch.pending.append(Int(instruction.second))
            case .jump:
                scratch.pending.append(Int(instruction.first))
            case .lineStart, .lineEnd, .lookahead, .negativeLookahead, .lookbehind, .negativeLookbehind:
                // Zero-width: what follows reads the bytes.
                scratch.pending.append(pc + 1)
            }
        }
        return result
    }

    /// Adds the members of the class at `table`; false when it is negated or too wide to list
    /// (a property, a range of thousands).
    private func insertClass(at table: Int, into result: inout LeadingBytes) -> Bool {
        guard classWords[table] == 0 else { return false }
        for word in 0..<4 {
            var bits = classWords[table + 1 + word]
            while bits != 0 {
                result.insert(UInt8(word << 5 | bits.trailingZeroBitCount), nil)
                bits &= bits - 1
            }
        }
        var scalars = 0
        for range in 0..<Int(classWords[table + 5]) {
            let low = classWords[table + 6 + 2 * range]
            let high = classWords[table + 7 + 2 * range]
            scalars += Int(high - low) + 1
            if scalars > 256 { return false }
            for scalar in low...high { result.insert(scalar: scalar) }
        }
        return true
    }
}
