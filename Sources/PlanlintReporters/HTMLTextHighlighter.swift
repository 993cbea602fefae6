import PlanlintEngine
import PlanlintRules

/// Renders a plan's original lines as HTML with each finding's span wrapped in `<mark>`,
/// linked to the finding's entry in the report and back.
///
/// Findings may overlap and may span lines: each line is cut at every start and end that
/// falls on it, and each piece is marked with the most severe finding covering it. A
/// finding's anchor (`<mark id=…>`) sits on the piece where it starts; findings of zero
/// length get a caret mark of their own.
struct HTMLTextHighlighter {
    /// The anchor prefix of the plan, e.g. `p3`.
    var prefix: String
    var language: Language

    func markID(_ index: Int) -> String { "\(prefix)-f\(index)" }
    func itemID(_ index: Int) -> String { "\(prefix)-x\(index)" }
    func lineID(_ line: Int) -> String { "\(prefix)-L\(line)" }

    /// A finding's extent on one line, in 0-based scalar offsets, end exclusive.
    struct Segment {
        var finding: Int
        var start: Int
        var end: Int
        var isStart: Bool
        var severity: Severity
    }

    /// The indices of findings whose start lies within the text (and so get an anchor).
    static func anchored(_ findings: [Finding], lineCount: Int) -> Set<Int> {
        guard lineCount > 0 else { return [] }
        return Set(findings.indices.filter { (1...lineCount).contains(findings[$0].start.line) })
    }

    /// - Parameter include: per finding, whether to highlight it; all when nil.
    func render(lines: [String], findings: [Finding], include: [Bool]? = nil) -> String {
        var segmentsByLine: [Int: [Segment]] = [:]
        for (index, finding) in findings.enumerated() where include?[index] ?? true {
            let first = finding.start.line
            let last = max(finding.end.line, first)
            guard first >= 1, first <= lines.count else { continue }
            for line in first...min(last, lines.count) {
                let length = lines[line - 1].unicodeScalars.count
                let start = line == first ? min(max(finding.start.column - 1, 0), length) : 0
                var end = line == last ? min(max(finding.end.column - 1, 0), length) : length
                if line == first, line == last { end = max(end, start) }
                // A span ending at column 1 of a later line covers nothing there.
                if line != first && end == 0 { continue }
                segmentsByLine[line, default: []].append(
                    Segment(finding: index, start: start, end: end, isStart: line == first, severity: finding.severity))
            }
        }
        var html = "<div class=\"source\" lang=\"zh-CN\">"
        for (offset, text) in lines.enumerated() {
            let number = offset + 1
            html += "<div class=\"ln\" id=\"\(lineID(number))\"><span class=\"no\">\(number)</span><span class=\"tx\">"
            if let segments = segmentsByLine[number] {
                html += highlight(text, segments: segments, findings: findings)
            } else {
                html += XMLEscaping.text(text)
            }
            html += "</span></div>"
        }
        html += "</div>"
        return html
    }

    func highlight(_ text: String, segments: [Segment], findings: [Finding]) -> String {
        let scalars = Array(text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for segment in segments {
            cuts.insert(segment.start)
            cuts.insert(segment.end)
        }
        let boundaries = cuts.sorted()
        var html = ""
        for (position, cut) in boundaries.enumerated() {
            let starting = segments.filter { $0.isStart && $0.start == cut }.sorted { $0.finding < $1.finding }
            for point in starting where point.end == point.start {
                html += "<mark class=\"hl point sev-\(point.severity.rawValue)\" id=\"\(markID(point.finding))\""
                html += " title=\"\(XMLEscaping.attribute(tooltip([point.finding], findings)))\">"
                html += "<a href=\"#\(itemID(point.finding))\">‸</a></mark>"
            }
            guard position + 1 < boundaries.count else { break }
            let next = boundaries[position + 1]
            let piece = XMLEscaping.text(String(String.UnicodeScalarView(scalars[cut..<next])))
            let covering = segments.filter { $0.start <= cut && $0.end >= next && $0.end > $0.start }
            guard !covering.isEmpty else {
                html += piece
                continue
            }
            let spanning = starting.filter { $0.end > $0.start }
            for extra in spanning.dropFirst() {
                html += "<span class=\"anchor\" id=\"\(markID(extra.finding))\"></span>"
            }
            // The most severe finding decides the colour and the link; ties go to the earliest.
            let lead = covering.min { ($1.severity, $0.finding) < ($0.severity, $1.finding) }!
            html += "<mark class=\"hl sev-\(lead.severity.rawValue)\""
            if let first = spanning.first { html += " id=\"\(markID(first.finding))\"" }
            html += " title=\"\(XMLEscaping.attribute(tooltip(covering.map(\.finding), findings)))\">"
            html += "<a href=\"#\(itemID(lead.finding))\">\(piece)</a></mark>"
        }
        return html
    }

    func tooltip(_ indices: [Int], _ findings: [Finding]) -> String {
        indices.sorted().map { "\(findings[$0].ruleID)\(language == .en ? ": " : "：")\(findings[$0].message.text(language))" }
            .joined(separator: "\n")
    }
}
