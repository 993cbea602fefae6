/// Builds a text report as UTF-8 bytes, which is what reports are written as: a finding's
/// lines made as strings (interpolated, joined, then converted) cost more than the finding.
/// The bytes go into a `ByteBuffer` the writer owns (hence not copyable).
struct TextWriter: ~Copyable {
    private var buffer: ByteBuffer

    init(capacity: Int = 0) {
        buffer = ByteBuffer(capacity: capacity)
    }

    var isEmpty: Bool { buffer.count == 0 }

    /// What has been written.
    var bytes: [UInt8] { buffer.bytes }

    // Disfavoured, so that the literals the reports write ("\n", ":", "  ") take the
    // `StaticString` path, a copy of bytes known at compile time: as `String`s each went
    // through the UTF-8 view's generic append (180 instructions for a byte or two).
    @_disfavoredOverload
    mutating func write(_ text: String) {
        buffer.append(text)
    }

    mutating func write(_ text: StaticString) {
        buffer.append(text)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(bytes)
    }

    mutating func write(_ number: Int) {
        if number < 0 { buffer.append(UInt8(ascii: "-")) }
        let length = DecimalDigits.count(number)
        DecimalDigits.write(number, endingAt: buffer.reserve(length) + length)
        buffer.advance(by: length)
    }

    mutating func write(repeating byte: UInt8, count copies: Int) {
        guard copies > 0 else { return }
        buffer.reserve(copies).initialize(repeating: byte, count: copies)
        buffer.advance(by: copies)
    }

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
        if TerminalStyle.isClean(source) { return buffer.append(source) }
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
            buffer.append(UnsafeBufferPointer(rebasing: source[copied..<index]))
            write("\u{FFFD}")
            index += length
            copied = index
        }
        buffer.append(UnsafeBufferPointer(rebasing: source[copied...]))
    }

    /// What `body` writes, between the SGR codes of `code` when there is one (styling is
    /// on) and the body wrote anything: `TerminalStyle`'s wrapping, without the strings.
    mutating func styled(_ code: StaticString?, _ body: (inout TextWriter) -> Void) {
        guard let code else { return body(&self) }
        let start = buffer.count
        write("\u{1B}[")
        write(code)
        write("m")
        let bodyStart = buffer.count
        body(&self)
        if buffer.count == bodyStart {
            buffer.truncate(to: start)
        } else {
            write("\u{1B}[0m")
        }
    }
}
