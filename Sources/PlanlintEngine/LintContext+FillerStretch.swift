import PlanlintDocument

/// What a rule that removes hidden text (kinds `pinyin` and `split-spaces`) reports on one
/// line: its quote as written, and the fix.
struct FillerFix {
    /// The message's quote: the original text of the quoted range, every scalar as written.
    var written: String
    /// The stretch the fix replaces, and its replacement.
    var range: Range<Int>
    var cleaned: String
}

extension LintContext {
    /// The fix of one line's hidden text: `own`, the rule's runs of fillers on the line, and
    /// the other kind's (`others`, in order, read from `cursor` on: the lines come in order).
    /// Both are removed, over the stretch from the first run to the last: on a line with pasted
    /// pinyin and split spaces both rules then give the same fix, which the fixer applies once.
    /// Removing only its own, a rule's fix would overlap the other's and wait for the next
    /// pass, and by then the text may no longer read as split (the reader judges the whole
    /// text, and the other lines' spaces are gone): the line would keep its spaces.
    func fillerFix(own: ArraySlice<Range<Int>>, others: [Range<Int>], cursor: inout Int, quoting quoted: Range<Int>) -> FillerFix {
        let line = document.lines.byteRange(ofLine: document.lines.line(of: own[own.startIndex].lowerBound))
        while cursor < others.count, others[cursor].upperBound <= line.lowerBound { cursor += 1 }
        var end = cursor
        while end < others.count, others[end].lowerBound < line.upperBound { end += 1 }
        let removed = (Array(own) + others[cursor..<end]).sorted { $0.lowerBound < $1.lowerBound }
        let range = removed[0].lowerBound..<removed.map(\.upperBound).max()!
        let (written, cleaned) = fillerStretch(range, removing: removed[...], quoting: quoted)
        return FillerFix(written: written, range: range, cleaned: cleaned)
    }

    /// `finding` with `fix` as its fix, at the fix's own range (a line's hidden text of both
    /// kinds may reach beyond the finding's).
    func withFillerFix(_ finding: Finding, _ fix: FillerFix) -> Finding {
        var finding = finding
        guard fix.range != finding.range else { return finding }
        finding.fix = Fix(start: position(of: fix.range.lowerBound), end: position(of: fix.range.upperBound), replacement: fix.cleaned)
        return finding
    }

    /// The original text of `range` (one line of the normalised text) without the scalars that
    /// the fillers in `removed` (in order) stand for, and the original text of `quoted`, every
    /// scalar as written. Positions map scalar for scalar: each filler of the normalised text
    /// stands for one scalar of the original.
    func fillerStretch(_ range: Range<Int>, removing removed: ArraySlice<Range<Int>>, quoting quoted: Range<Int>) -> (written: String, cleaned: String) {
        let from = min(range.lowerBound, quoted.lowerBound)
        let to = max(range.upperBound, quoted.upperBound)
        let position = position(of: from)
        let line = originalLine(position.line)
        var written: [UInt8] = []
        var cleaned: [UInt8] = []
        var next = removed.startIndex
        line.bytes.withUnsafeBufferPointer { original in
            var at = line.byteOffset(ofScalar: min(position.column - 1, line.scalarCount))
            document.normalized.withUnsafeBufferPointer { normalized in
                var index = from
                while index < to, at < original.count {
                    let length = UTF8Scalar.length(ofLead: original[at])
                    let scalar = original[at..<min(at + length, original.count)]
                    while next < removed.endIndex, removed[next].upperBound <= index { next += 1 }
                    let isRemoved = next < removed.endIndex && removed[next].contains(index)
                    if quoted.contains(index) { written += scalar }
                    if range.contains(index), !isRemoved { cleaned += scalar }
                    index += UTF8Scalar.length(ofLead: normalized[index])
                    at += length
                }
            }
        }
        return (String(decoding: written, as: UTF8.self), String(decoding: cleaned, as: UTF8.self))
    }
}
