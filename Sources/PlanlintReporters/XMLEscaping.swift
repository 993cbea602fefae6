/// Escaping for XML and HTML text and attribute values.
///
/// Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are dropped rather than
/// escaped: `&#1;` is not well-formed either, and plan text never needs them.
public enum XMLEscaping {
    /// Escapes `&`, `<`, `>` for element content.
    public static func text(_ value: String) -> String {
        escape(value, attribute: false)
    }

    /// Escapes for a double- or single-quoted attribute value; line breaks and tabs become
    /// character references so parsers keep them instead of normalising them to spaces.
    public static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    private static func escape(_ value: String, attribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&#39;"
            case "\n" where attribute: result += "&#10;"
            case "\r" where attribute: result += "&#13;"
            case "\t" where attribute: result += "&#9;"
            case "\n", "\r", "\t": result.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return false }
        if value == 0xFFFE || value == 0xFFFF { return false }
        return true
    }
}
