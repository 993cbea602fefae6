import Foundation
import PlanlintDocument
import PlanlintRules

/// Applies the fixes findings carry to the text they were found in.
public enum FixApplier {
    /// The fixes of `findings` that can be applied together: valid ranges, sorted, and no
    /// two overlapping (the earlier one wins; the other waits for the next pass).
    public static func compatibleFixes(of findings: [Finding]) -> [Fix] {
        let fixes = findings.compactMap(\.fix).filter { $0.start <= $0.end }
        var chosen: [Fix] = []
        for fix in fixes.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let last = chosen.last {
                if last == fix { continue }
                // Overlap, or two insertions at one point whose order would be arbitrary.
                if fix.start < last.end || (fix.start == last.start) { continue }
            }
            chosen.append(fix)
        }
        return chosen
    }

    /// `text` (as decoded from the file, every line terminator kept) with `fixes` applied
    /// right to left, and the fixes that were applied. Positions are lines and scalar
    /// columns of the original file; a fix outside the text is skipped.
    public static func apply(_ fixes: [Fix], to text: String) -> (text: String, applied: [Fix]) {
        var scalars = Array(text.unicodeScalars)
        // The document reader drops a leading U+FEFF, so columns of line 1 start after it.
        let skip = scalars.first == "\u{FEFF}" ? 1 : 0
        var lineStarts = [skip]
        var lineEnds: [Int] = []
        var index = skip
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lineEnds.append(index)
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                lineStarts.append(index + 1)
            }
            index += 1
        }
        lineEnds.append(scalars.count)

        func offset(of position: SourcePosition) -> Int? {
            guard position.line >= 1, position.line <= lineStarts.count, position.column >= 1 else { return nil }
            let offset = lineStarts[position.line - 1] + position.column - 1
            // A position may sit at the end of its line but not inside its terminator.
            return offset <= lineEnds[position.line - 1] ? offset : nil
        }

        var applied: [Fix] = []
        var lowestStart = Int.max
        for fix in compatibleFixes(of: fixes.map { Finding.carrying($0) }).reversed() {
            guard let start = offset(of: fix.start), let end = offset(of: fix.end), start <= end, end <= lowestStart else {
                continue
            }
            scalars.replaceSubrange(start..<end, with: Array(fix.replacement.unicodeScalars))
            lowestStart = start
            applied.append(fix)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return (String(view), applied.reversed())
    }
}

extension Finding {
    /// A bare finding holding a fix, so fixes alone go through `compatibleFixes`.
    static func carrying(_ fix: Fix) -> Finding {
        Finding(
            ruleID: "", severity: .info, category: .defect, theme: "", message: LocalizedText(zh: "", en: ""),
            suggestion: nil, basis: "", start: fix.start, end: fix.end, range: 0..<0, sectionPath: [], evidence: "",
            evidenceColumn: 1, evidenceLength: 1, fix: fix)
    }
}
