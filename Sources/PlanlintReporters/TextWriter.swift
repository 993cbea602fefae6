/// Builds a text report as UTF-8 bytes, which is what reports are written as: a finding's
/// lines made as strings (interpolated, joined, then converted) cost more than the finding.
struct TextWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    // Disfavoured, so that the literals the reports write ("\n", ":", "  ") take the
    // `StaticString` path, a copy of bytes known at compile time: as `String`s each went
    // through the UTF-8 view's generic append (180 instructions for a byte or two).
    @_disfavoredOverload
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func write(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let length = DecimalDigits.count(number)
        let end = bytes.count + length
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBufferPointer { DecimalDigits.write(number, endingAt: $0.baseAddress! + end) }
    }

    /// `count` copies of a space or a caret, taken from a line of them: the generic append
    /// of a repeated element cost two hundred instructions for a few bytes.
    mutating func write(repeating byte: UInt8, count: Int) {
        let line: StaticString = byte == UInt8(ascii: "^") ? Self.carets : byte == UInt8(ascii: " ") ? Self.blanks : ""
        guard line.utf8CodeUnitCount > 0 else { return bytes.append(contentsOf: repeatElement(byte, count: count)) }
        var remaining = count
        while remaining > 0 {
            let part = min(remaining, line.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(start: line.utf8Start, count: part))
            remaining -= part
        }
    }

    private static let blanks: StaticString = "                                                                "
    private static let carets: StaticString = "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"

    mutating func write(spaces count: Int) {
        write(repeating: UInt8(ascii: " "), count: count)
    }

    /// `text` with each control character other than tab (C0, DEL, C1) written as U+FFFD, as
    /// `TerminalStyle.sanitized` makes it: evidence comes from untrusted files.
    mutating func writeSanitized(_ text: String) {
        var text = text
        text.withUTF8 { writeSanitized($0) }
    }

    /// The same for well-formed UTF-8 (a C1 control's two bytes never straddle two calls).
    mutating func writeSanitized(_ source: UnsafeBufferPointer<UInt8>) {
        if TerminalStyle.isClean(source) { return bytes.append(contentsOf: source) }
        var copied = 0
        var index = 0
        while index < source.count {
            let byte = source[index]
            let length: Int
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
                length = 1
            } else if byte == 0xC2, index + 1 < source.count, source[index + 1] < 0xA0 {
                length = 2
            } else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<index]))
            write("\u{FFFD}")
            index += length
            copied = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied...]))
    }

    /// What `body` writes, between the SGR codes of `code` when there is one (styling is
    /// on) and the body wrote anything: `TerminalStyle`'s wrapping, without the strings.
    mutating func styled(_ code: StaticString?, _ body: (inout TextWriter) -> Void) {
        guard let code else { return body(&self) }
        let start = bytes.count
        write("\u{1B}[")
        write(code)
        write("m")
        let bodyStart = bytes.count
        body(&self)
        if bytes.count == bodyStart {
            bytes.removeSubrange(start...)
        } else {
            write("\u{1B}[0m")
        }
    }
}
