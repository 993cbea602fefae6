import PlanlintRules

/// ANSI SGR styling that collapses to plain text when colour is off, so reporters write
/// one code path for both.
struct TerminalStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }

    /// The colour reviewers associate with the severity: red errors, yellow warnings, cyan hints.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: wrap(text, "1;31")
        case .warning: wrap(text, "33")
        case .info: wrap(text, "36")
        }
    }

    /// The SGR code `severity(_:_:)` wraps its text in; nil with colour off.
    func severityCode(_ severity: Severity) -> StaticString? {
        guard enabled else { return nil }
        switch severity {
        case .error: return "1;31"
        case .warning: return "33"
        case .info: return "36"
        }
    }

    /// The code `bold(_:)` wraps its text in; nil with colour off.
    var boldCode: StaticString? { enabled ? "1" : nil }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Replaces control characters (other than tab) one for one with U+FFFD: evidence comes
    /// from untrusted files and must not drive the terminal, and a one-for-one replacement
    /// keeps character columns valid.
    static func sanitized(_ text: String) -> String {
        // Almost every text is clean: look at the bytes first and copy nothing; rebuilding
        // each string scalar by scalar was a tenth of a run.
        var bytes = text
        if bytes.withUTF8(isClean) { return text }
        var writer = TextWriter()
        writer.writeSanitized(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Whether UTF-8 holds no control character but tab: no byte below 0x20 other than tab,
    /// no DEL, no C1 control (C2 80–C2 9F). Eight bytes at a time while none of them is
    /// below 0x20, DEL or C2, the only bytes that can start one.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let del = word ^ (ones &* 0x7F)
            let c2 = word ^ (ones &* 0xC2)
            // "Has a byte below n": exact for the word as a whole.
            let suspect = ((word &- ones &* 0x20) & ~word) | ((del &- ones) & ~del) | ((c2 &- ones) & ~c2)
            if suspect & high == 0 {
                index += 8
                continue
            }
            break
        }
        var previous: UInt8 = index > 0 ? bytes[index - 1] : 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte < 0x20 && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) { return false }
            previous = byte
            index += 1
        }
        return true
    }
}
