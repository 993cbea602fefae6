/// Bounds that keep one hostile or accidental file from exhausting memory or time.
public struct DocumentLimits: Sendable, Equatable {
    /// Largest file read at all, in bytes.
    public var maxBytes: Int
    /// Largest total uncompressed size of the .docx parts planlint reads (zip bombs).
    public var maxDocxUncompressedBytes: Int
    /// Most entries a .docx archive may hold.
    public var maxDocxEntries: Int
    /// Deepest XML element nesting accepted in a .docx part.
    public var maxXMLDepth: Int

    public init(
        maxBytes: Int = 20 * 1024 * 1024, maxDocxUncompressedBytes: Int = 100 * 1024 * 1024,
        maxDocxEntries: Int = 5_000, maxXMLDepth: Int = 256
    ) {
        self.maxBytes = maxBytes
        self.maxDocxUncompressedBytes = maxDocxUncompressedBytes
        self.maxDocxEntries = maxDocxEntries
        self.maxXMLDepth = maxXMLDepth
    }

    public static let `default` = DocumentLimits()
}
