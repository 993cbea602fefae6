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

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Replaces control characters (other than tab) one for one with U+FFFD: evidence comes
    /// from untrusted files and must not drive the terminal, and a one-for-one replacement
    /// keeps character columns valid.
    static func sanitized(_ text: String) -> String {
        // Almost every text is clean: look at the bytes first (C1 controls are C2 80–C2 9F)
        // and copy nothing; rebuilding each string scalar by scalar was a tenth of a run.
        var bytes = text
        let clean = bytes.withUTF8 { buffer in
            var previous: UInt8 = 0
            for byte in buffer {
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) { return false }
                previous = byte
            }
            return true
        }
        if clean { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar != "\t" && (value < 0x20 || (value >= 0x7F && value < 0xA0)) {
                result.unicodeScalars.append("\u{FFFD}")
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
