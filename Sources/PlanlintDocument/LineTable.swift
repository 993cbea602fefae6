import Foundation

/// Maps byte offsets of the normalised text to lines and columns of the original, and keeps
/// the original lines for evidence.
public struct LineTable: Sendable {
    /// Byte offset in the normalised text at which each line starts.
    public private(set) var starts: [Int]
    /// The original lines, as many as the normalised text has.
    public let original: TextLines
    private let byteCount: Int

    /// - Parameters:
    ///   - normalized: the normalised text, lines joined by "\n".
    ///   - originalLines: the original lines, as many as `normalized` has.
    public init(normalized: [UInt8], originalLines: [String]) {
        self.init(normalized: normalized, original: TextLines(lines: originalLines))
    }

    /// The same with the original lines cut from one text.
    public init(normalized: [UInt8], original: TextLines) {
        var starts = [0]
        starts.reserveCapacity(original.count)
        normalized.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var from = 0
            while let hit = memchr(base + from, 0x0A, buffer.count - from) {
                from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(from)
            }
        }
        self.starts = starts
        self.original = original
        self.byteCount = normalized.count
    }

    public var count: Int { starts.count }

    /// The 1-based line holding `offset`; offsets past the end fall on the last line.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }

    /// Line and column (in Unicode scalars) of a byte offset of `text`.
    public func position(of offset: Int, in text: [UInt8]) -> SourcePosition {
        let line = line(of: offset)
        let start = starts[line - 1]
        let end = min(offset, text.count)
        guard start < end else { return SourcePosition(line: line, column: 1) }
        // Scalars are the bytes that do not continue a sequence (10xxxxxx).
        let column = text.withUnsafeBytes { bytes in
            1 + UTF8Count.scalars(in: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
        return SourcePosition(line: line, column: column)
    }

    /// Byte range of a 1-based line in the normalised text, without its "\n".
    public func byteRange(ofLine line: Int) -> Range<Int> {
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] - 1 : byteCount
        return start..<max(start, end)
    }

    /// The original text of a 1-based line, without its terminator; empty past the end.
    public func originalText(ofLine line: Int) -> String {
        line >= 1 && line <= original.count ? original[line - 1] : ""
    }

    /// The original text of every line (the language server and HTML report show them all).
    public var originalLines: [String] { original.strings }
}
