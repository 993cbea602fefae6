import Foundation

/// The lines of a text kept as byte ranges of the one string that holds them all.
///
/// A plan has hundreds of lines; holding each as its own `String` cost an allocation, a copy
/// and a release per line, and the lines are read whole only where a finding needs one.
public struct TextLines: Sendable {
    /// The text the lines are cut from (for a file: the decoded file without its BOM).
    public let text: String
    /// Line `i` spans bytes `bounds[2i] ..< bounds[2i + 1]` of `text`, terminator excluded.
    private let bounds: [Int]

    /// Splits `text` on CRLF, LF or CR; a trailing terminator yields a final empty line, so
    /// the lines joined by the text's line ending give back the text.
    public init(text: String) {
        var text = text
        // Native strings are contiguous already; this only copies a bridged or lazy one.
        text.makeContiguousUTF8()
        var bounds: [Int] = []
        text.utf8.withContiguousStorageIfAvailable { buffer in
            bounds.reserveCapacity(2 * (buffer.count / 32 + 1))
            var start = 0
            var index = 0
            // Without a CR every break is an LF, and memchr finds them at memory speed.
            if let base = buffer.baseAddress, memchr(base, 0x0D, buffer.count) == nil {
                while let hit = memchr(base + start, 0x0A, buffer.count - start) {
                    let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    bounds.append(start)
                    bounds.append(end)
                    start = end + 1
                }
                index = buffer.count
            }
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A || byte == 0x0D {
                    bounds.append(start)
                    bounds.append(index)
                    if byte == 0x0D, index + 1 < buffer.count, buffer[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            bounds.append(start)
            bounds.append(buffer.count)
        }
        self.text = text
        self.bounds = bounds
    }

    /// Lines given one by one (paragraphs of a .docx), held joined by "\n".
    public init(lines: [String]) {
        var joined = ""
        joined.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        var bounds: [Int] = []
        bounds.reserveCapacity(2 * lines.count)
        for (index, line) in lines.enumerated() {
            if index > 0 { joined += "\n" }
            bounds.append(joined.utf8.count)
            joined += line
            bounds.append(joined.utf8.count)
        }
        if lines.isEmpty {
            bounds = [0, 0]
        }
        joined.makeContiguousUTF8()
        self.text = joined
        self.bounds = bounds
    }

    /// How many lines; never zero (an empty text is one empty line).
    public var count: Int { bounds.count / 2 }

    /// Byte range of line `index` (0-based) in `text`'s UTF-8, without its terminator.
    public func byteRange(ofLine index: Int) -> Range<Int> {
        bounds[2 * index]..<bounds[2 * index + 1]
    }

    /// Line `index` (0-based) as a string; a slice copy, the text is not validated again.
    public subscript(index: Int) -> String {
        let range = byteRange(ofLine: index)
        let utf8 = text.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]))
    }

    /// Every line as a string.
    public var strings: [String] {
        (0..<count).map { self[$0] }
    }

    /// Calls `body` with the UTF-8 of the whole text. Inlinable: called unspecialised from
    /// another module, each call looked up `Optional<Result>`'s metadata at run time.
    @inlinable
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        // Unreachable for the contiguous strings both initialisers make; kept for safety.
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text holds `needle` anywhere (a cheap test before a line-by-line parse).
    public func contains(_ needle: [UInt8]) -> Bool {
        withUTF8 { buffer in UTF8Search.contains(buffer, needle) }
    }
}
