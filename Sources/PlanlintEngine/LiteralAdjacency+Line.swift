import PlanlintRules

/// Checking a `LiteralAdjacency` on a line's bytes, where the automaton found its first run.
extension LiteralAdjacency {
    /// Whether `line[offset...]` starts, after any white space when `blanks`, with one of
    /// `after`. White space is what ICU's `\s` can meet in a normalised line
    /// (`RegexLiterals.whiteSpace`: NEL besides ASCII), and LF, U+2028 and U+2029 too, which
    /// no normalised line holds: skipping too much only lets a line through, skipping too
    /// little loses findings (this list once left NEL out).
    static func startsWithOneOf(
        _ after: [[UInt8]], in line: UnsafeBufferPointer<UInt8>, at offset: Int, blanks: Bool
    ) -> Bool {
        var index = offset
        if blanks {
            let wide = Self.wideBlanks
            skipping: while index < line.count {
                let byte = line[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    index += 1
                    continue
                }
                for blank in wide where blank.count <= line.count - index && line[index] == blank[0] {
                    if blank.indices.allSatisfy({ line[index + $0] == blank[$0] }) {
                        index += blank.count
                        continue skipping
                    }
                }
                break
            }
        }
        let rest = line.count - index
        for candidate in after where candidate.count <= rest {
            var equal = true
            for (position, byte) in candidate.enumerated() where line[index + position] != byte {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }

    /// The white space of `RegexLiterals.whiteSpace` beyond ASCII, and the line and
    /// paragraph separators, as UTF-8.
    static let wideBlanks: [[UInt8]] = (RegexLiterals.whiteSpace + ["\u{2028}", "\u{2029}"]).map { Array($0.utf8) }
        .filter { $0.count > 1 }
}
