/// The container a plan arrived in; it decides which reader builds the document.
public enum DocumentFormat: String, Sendable, Codable {
    case text
    case markdown
    case docx

    /// The format implied by a file name, or nil when planlint does not read that kind of file.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") {
            self = .text
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".docx") {
            self = .docx
        } else {
            return nil
        }
    }
}
