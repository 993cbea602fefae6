/// The byte encoding a text file was read in; `--fix` writes the file back in the same one.
public enum TextEncoding: String, Sendable, Codable {
    case utf8
    case utf16LittleEndian = "utf16le"
    case utf16BigEndian = "utf16be"
    case gb18030
    /// Big5 as Taiwan writes it (glibc's BIG5, with the code page 950 additions).
    case big5
    /// Big5 with Hong Kong's HKSCS characters, for files plain Big5 cannot read.
    case big5HKSCS = "big5-hkscs"

    /// The name people know the encoding by, for messages.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "Big5"
        case .big5HKSCS: "Big5-HKSCS"
        }
    }
}

/// The line terminator a text file mostly uses.
public enum LineEnding: String, Sendable, Codable {
    case lf
    case crlf
    case cr
}

/// A text file decoded to a string, with what is needed to write it back unchanged.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
    public var hasByteOrderMark: Bool
    public var lineEnding: LineEnding

    public init(text: String, encoding: TextEncoding, hasByteOrderMark: Bool, lineEnding: LineEnding) {
        self.text = text
        self.encoding = encoding
        self.hasByteOrderMark = hasByteOrderMark
        self.lineEnding = lineEnding
    }
}
