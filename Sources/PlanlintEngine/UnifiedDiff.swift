import PlanlintDocument

/// A unified diff (`diff -u` style) between two texts, for `--fix-dry-run`.
public enum UnifiedDiff {
    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        if old == new { return "" }
        let (oldLines, oldFinal) = split(old)
        let (newLines, newFinal) = split(new)
        let oldEndings = endings(of: old, count: oldLines.count)
        let newEndings = endings(of: new, count: newLines.count)
        let difference = newLines.difference(from: oldLines)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // The edit script: (kind, old index, new index).
        var script: [(kind: Character, old: Int, new: Int)] = []
        var i = 0
        var j = 0
        while i < oldLines.count || j < newLines.count {
            if i < oldLines.count, removed.contains(i) {
                script.append(("-", i, j))
                i += 1
            } else if j < newLines.count, inserted.contains(j) {
                script.append(("+", i, j))
                j += 1
            } else {
                script.append((" ", i, j))
                i += 1
                j += 1
            }
        }
        // A changed final-newline state shows as a change of the last line.
        if oldFinal != newFinal, let last = script.indices.last, script[last].kind == " " {
            let entry = script.removeLast()
            script.append(("-", entry.old, entry.new))
            script.append(("+", entry.old + 1, entry.new))
        }

        var output = "--- \(oldName)\n+++ \(newName)\n"
        let changes = script.indices.filter { script[$0].kind != " " }
        var index = 0
        while index < changes.count {
            var low = max(0, changes[index] - context)
            var high = min(script.count, changes[index] + context + 1)
            index += 1
            while index < changes.count, changes[index] - context <= high {
                high = min(script.count, changes[index] + context + 1)
                index += 1
            }
            low = max(0, low)
            let hunk = script[low..<high]
            let oldStart = hunk.first!.old
            let newStart = hunk.first!.new
            let oldCount = hunk.filter { $0.kind != "+" }.count
            let newCount = hunk.filter { $0.kind != "-" }.count
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for entry in hunk {
                let line = entry.kind == "+" ? newLines[entry.new] : oldLines[entry.old]
                let ending = entry.kind == "+" ? newEndings[entry.new] : oldEndings[entry.old]
                // Each line keeps its own terminator (CRLF stays CRLF), so patch and git apply
                // take the diff as it is.
                output += "\(entry.kind)\(line)\(ending.isEmpty ? "\n" : ending)"
                let isLastOld = entry.kind != "+" && entry.old == oldLines.count - 1 && !oldFinal
                let isLastNew = entry.kind != "-" && entry.new == newLines.count - 1 && !newFinal
                if (entry.kind == "-" && isLastOld) || (entry.kind == "+" && isLastNew)
                    || (entry.kind == " " && (isLastOld || isLastNew))
                {
                    output += "\\ No newline at end of file\n"
                }
            }
        }
        return output
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        // diff -u numbers from 1, and an empty side names the line before it.
        let first = count == 0 ? start : start + 1
        return count == 1 ? "\(first)" : "\(first),\(count)"
    }

    /// The terminator of each of the first `count` lines ("\r\n", "\n", "\r"; "" for a last
    /// line without one), in the order `split` finds the lines.
    private static func endings(of text: String, count: Int) -> [String] {
        var result: [String] = []
        result.reserveCapacity(count)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, result.count < count {
            switch scalars[index] {
            case "\r" where index + 1 < scalars.count && scalars[index + 1] == "\n":
                result.append("\r\n")
                index += 1
            case "\r": result.append("\r")
            case "\n": result.append("\n")
            default: break
            }
            index += 1
        }
        while result.count < count { result.append("") }
        return result
    }

    /// Lines without terminators, and whether the text ends with one.
    private static func split(_ text: String) -> ([String], Bool) {
        var lines = TextDecoder.lines(of: text)
        let final = lines.count > 1 && lines.last == ""
        if final { lines.removeLast() }
        if lines == [""] { lines = [] }
        return (lines, final)
    }
}
