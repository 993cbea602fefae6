import Foundation
import PlanlintDocument
import PlanlintEngine

/// LSP positions count UTF-16 code units from zero; planlint's count Unicode scalars from
/// one. These convert between the two and apply edits the client sends.
extension LanguageServer {
    /// An LSP position: zero-based line and UTF-16 code unit offset in it.
    public struct Position: Equatable, Comparable, Sendable {
        public var line: Int
        public var character: Int

        public init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.line, lhs.character) < (rhs.line, rhs.character) }

        init?(_ json: JSON) {
            guard let line = json["line"].int, let character = json["character"].int else { return nil }
            self.init(line: line, character: character)
        }

        var json: JSON { ["line": .int(line), "character": .int(character)] }
    }

    public struct Range: Equatable, Sendable {
        public var start: Position
        public var end: Position

        init(start: Position, end: Position) {
            self.start = start
            self.end = end
        }

        init?(_ json: JSON) {
            guard let start = Position(json["start"]), let end = Position(json["end"]) else { return nil }
            self.init(start: start, end: end)
        }

        var json: JSON { ["start": start.json, "end": end.json] }

        func overlaps(_ other: Range) -> Bool { start <= other.end && other.start <= end }
    }

    /// The LSP position of a planlint position (line, column in Unicode scalars).
    public static func position(of position: SourcePosition, lines: [String]) -> Position {
        let line = Self.line(lines, position.line)
        var character = 0
        var remaining = max(0, position.column - 1)
        for scalar in line.unicodeScalars {
            if remaining == 0 { break }
            character += scalar.utf16.count
            remaining -= 1
        }
        return Position(line: max(0, position.line - 1), character: character)
    }

    static func range(from start: SourcePosition, to end: SourcePosition, lines: [String]) -> Range {
        Range(start: position(of: start, lines: lines), end: position(of: end, lines: lines))
    }

    /// Where a finding's diagnostic lies. An empty range (a finding about the whole plan) is
    /// widened to its line's first character, which editors can show and hover.
    static func diagnosticRange(of finding: Finding, lines: [String]) -> Range {
        var range = Self.range(from: finding.start, to: finding.end, lines: lines)
        if range.start == range.end {
            let line = Self.line(lines, finding.start.line)
            if range.end.character < line.utf16.count {
                range.end.character += line.unicodeScalars[
                    line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: max(0, finding.start.column - 1))
                ].utf16.count
            }
        }
        return range
    }

    static func line(_ lines: [String], _ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The original text between two positions on one line (fixes never span lines).
    static func text(_ lines: [String], from start: SourcePosition, to end: SourcePosition) -> String {
        let scalars = Array(line(lines, start.line).unicodeScalars)
        let low = min(max(0, start.column - 1), scalars.count)
        let high = start.line == end.line ? min(max(low, end.column - 1), scalars.count) : scalars.count
        return String(String.UnicodeScalarView(scalars[low..<high]))
    }

    /// Applies a ranged change (incremental sync, should a client send one anyway).
    static func apply(_ text: String, at json: JSON, to document: String) -> String {
        guard let range = Range(json) else { return text }
        let utf16 = Array(document.utf16)
        func offset(_ position: Position) -> Int {
            var line = 0
            var index = 0
            while line < position.line, index < utf16.count {
                if utf16[index] == 0x0A { line += 1 }
                index += 1
            }
            var character = 0
            while character < position.character, index < utf16.count, utf16[index] != 0x0A {
                index += 1
                character += 1
            }
            return index
        }
        let low = offset(range.start)
        let high = max(low, offset(range.end))
        let result = Array(utf16[0..<low]) + Array(text.utf16) + Array(utf16[high...])
        return String(decoding: result, as: UTF16.self)
    }
}
