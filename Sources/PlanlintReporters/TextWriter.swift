/// Builds a text report as UTF-8 bytes, which is what reports are written as: a finding's
/// lines made as strings (interpolated, joined, then converted) cost more than the finding.
///
/// The bytes live in storage the writer owns (hence `~Copyable`), written through a pointer:
/// each `Array` append checked the array's uniqueness and capacity, a hundred instructions
/// for the two or three bytes most pieces of a finding's lines are.
struct TextWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// What has been written.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    // Disfavoured, so that the literals the reports write ("\n", ":", "  ") take the
    // `StaticString` path, a copy of bytes known at compile time: as `String`s each went
    // through the UTF-8 view's generic append (180 instructions for a byte or two).
    @_disfavoredOverload
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func write(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func write(_ number: Int) {
        if number < 0 { write("-") }
        let length = DecimalDigits.count(number)
        reserve(length)
        DecimalDigits.write(number, endingAt: storage + count + length)
        count += length
    }

    mutating func write(repeating byte: UInt8, count copies: Int) {
        guard copies > 0 else { return }
        reserve(copies)
        (storage + count).initialize(repeating: byte, count: copies)
        count += copies
    }

    mutating func write(spaces count: Int) {
        write(repeating: UInt8(ascii: " "), count: count)
    }

    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, !source.isEmpty else { return }
        reserve(source.count)
        (storage + count).initialize(from: base, count: source.count)
        count += source.count
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(count + extra, 2 * capacity)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// `text` with each control character other than tab (C0, DEL, C1) written as U+FFFD, as
    /// `TerminalStyle.sanitized` makes it: evidence comes from untrusted files.
    mutating func writeSanitized(_ text: String) {
        var text = text
        text.withUTF8 { writeSanitized($0) }
    }

    /// The same for well-formed UTF-8 (a C1 control's two bytes never straddle two calls).
    mutating func writeSanitized(_ source: UnsafeBufferPointer<UInt8>) {
        if TerminalStyle.isClean(source) { return append(source) }
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
            append(UnsafeBufferPointer(rebasing: source[copied..<index]))
            write("\u{FFFD}")
            index += length
            copied = index
        }
        append(UnsafeBufferPointer(rebasing: source[copied...]))
    }

    /// What `body` writes, between the SGR codes of `code` when there is one (styling is
    /// on) and the body wrote anything: `TerminalStyle`'s wrapping, without the strings.
    mutating func styled(_ code: StaticString?, _ body: (inout TextWriter) -> Void) {
        guard let code else { return body(&self) }
        let start = count
        write("\u{1B}[")
        write(code)
        write("m")
        let bodyStart = count
        body(&self)
        if count == bodyStart {
            count = start
        } else {
            write("\u{1B}[0m")
        }
    }
}
