import PlanlintDocument

extension LintContext {
    /// For the rules that remove what fillers hide (kinds `pinyin` and `split-spaces`): the
    /// original text of `range` without the scalars that the fillers in `removed` stand for
    /// (the fix), and the original text of `quoted`, every scalar as written (the message's
    /// quote). Both ranges lie on one line of the normalised text; `removed` is in order.
    /// Positions map scalar for scalar: each filler of the normalised text stands for one
    /// scalar of the original. Only the fillers in `removed` are left out of the fix: on a
    /// line with both pasted pinyin and split spaces each rule removes its own, and the
    /// fixer's next pass takes the other's.
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
