/// Why a document could not be read. Each case names the file so one bad file among many
/// gives one clear line and the rest are still linted.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case tooLarge(bytes: Int, limit: Int)
        case binary
        case undecodable
        case empty
        case invalidDocx(String)
        case unsupportedFormat
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): "\(path): cannot read file: \(why)"
        case .tooLarge(let bytes, let limit): "\(path): file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .binary: "\(path): looks like a binary file, not a plan"
        case .undecodable: "\(path): text is neither UTF-8, UTF-16 with BOM nor GB18030"
        case .empty: "\(path): file is empty"
        case .invalidDocx(let why): "\(path): not a readable .docx: \(why)"
        case .unsupportedFormat: "\(path): unsupported file type (expected .txt, .md or .docx)"
        }
    }
}
