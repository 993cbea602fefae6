import PlanlintDocument

/// Why `--fix` left a file alone.
public struct FixError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Equatable, Sendable {
        /// .docx is never rewritten in place.
        case docx
        case unsupportedFormat
        /// The file changed on disk between reading and writing it.
        case changedOnDisk
        /// The fixed text does not survive the round trip through the file's encoding: for
        /// Big5, a replacement with a character Big5 lacks (named when found).
        case unencodable(TextEncoding, Character?)
        /// Writing the file back would change bytes besides the fixes (a non-canonical
        /// encoding of some character in the original).
        case notRoundTrip(TextEncoding)
        case unreadable(String)
        case unwritable(String)
        /// Fixes keep coming back (a replacement containing what it replaces): nothing is written.
        case unsettled
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .docx: "\(path): .docx files are never rewritten; apply the fixes in the word processor (file left untouched)"
        case .unsupportedFormat: "\(path): only .txt and .md files can be fixed"
        case .changedOnDisk: "\(path): changed on disk while planlint was fixing it; not written (run again)"
        case .unencodable(let encoding, let character?):
            "\(path): a fix brings in 「\(character)」, which \(encoding.displayName) cannot hold; the file is left untouched (fix it by hand)"
        case .unencodable(let encoding, nil):
            "\(path): the fixed text cannot be written back as \(encoding.displayName); the file is left untouched"
        case .notRoundTrip(let encoding):
            "\(path): re-encoding this \(encoding.displayName) file would change more than the fixes; not written"
        case .unreadable(let message): "\(path): \(message)"
        case .unwritable(let message): "\(path): cannot write the fixed file: \(message)"
        case .unsettled:
            "\(path): the fixes do not settle (a rule's replacement brings back what it replaces, or two rules undo each other); not written"
        }
    }
}
