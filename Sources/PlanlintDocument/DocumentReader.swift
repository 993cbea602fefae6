import Foundation

/// Entry points that turn a file, bytes or a string into a `PlanDocument`.
public enum DocumentReader {
    /// Reads the file at `path`, choosing the reader from its extension. `countProfileWords`:
    /// see `ProfileWords`.
    public static func read(
        path: String, limits: DocumentLimits = .default, countProfileWords: ProfileWords.Counter? = nil
    ) throws -> PlanDocument {
        try read(path: path, rawPath: Array(path.utf8), limits: limits, countProfileWords: countProfileWords)
    }

    /// Reads the file whose path the file system holds as `rawPath` (a name that is not UTF-8,
    /// such as a GBK name from a Windows zip), reporting it as `path`.
    public static func read(
        path: String, rawPath: [UInt8], limits: DocumentLimits = .default, countProfileWords: ProfileWords.Counter? = nil
    ) throws -> PlanDocument {
        guard let format = DocumentFormat(path: path) else {
            throw DocumentError(path: path, reason: .unsupportedFormat)
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(rawPath: rawPath, maxBytes: limits.maxBytes)
        } catch .tooLarge(let size) {
            throw DocumentError(path: path, reason: .tooLarge(bytes: size, limit: limits.maxBytes))
        } catch .system(let why) {
            throw DocumentError(path: path, reason: .unreadable(why))
        } catch .notRegularFile {
            throw DocumentError(path: path, reason: .unreadable("not a regular file (a folder, pipe, socket or device)"))
        }
        // A .docx goes to ZIPFoundation, which reads `Data`; text stays in the bytes read.
        if format == .docx {
            return try read(data: Data(bytes), path: path, format: format, limits: limits, countProfileWords: countProfileWords)
        }
        return try read(bytes: bytes, path: path, format: format, limits: limits, countProfileWords: countProfileWords)
    }

    /// Reads bytes already in memory (standard input named by `--stdin-filename`).
    public static func read(
        data: Data, path: String, format: DocumentFormat, limits: DocumentLimits = .default,
        countProfileWords: ProfileWords.Counter? = nil
    ) throws -> PlanDocument {
        guard format == .docx else {
            return try read(bytes: [UInt8](data), path: path, format: format, limits: limits, countProfileWords: countProfileWords)
        }
        try checkSize(data.count, path: path, limits: limits)
        let lines = try DocxReader.read(data: data, path: path, limits: limits)
        return try requiringText(
            DocumentBuilder.build(path: path, format: .docx, source: nil, lines: lines, countProfileWords: countProfileWords))
    }

    /// Plain text or Markdown, as bytes.
    private static func read(
        bytes: [UInt8], path: String, format: DocumentFormat, limits: DocumentLimits, countProfileWords: ProfileWords.Counter?
    ) throws -> PlanDocument {
        try checkSize(bytes.count, path: path, limits: limits)
        // Plain text is checked and normalised in one walk; Markdown is normalised after its
        // code and comments are found, which the normalised text must not show.
        let (decoded, normalized) = try TextDecoder.decode(bytes, path: path, limits: limits, normalizing: format == .text)
        return try requiringText(
            build(
                decoded.text, path: path, format: format, source: decoded, normalized: normalized,
                countProfileWords: countProfileWords))
    }

    /// A file read from disk or standard input with no block of text is refused: linted, it
    /// would report every section of a plan missing.
    private static func requiringText(_ document: PlanDocument) throws -> PlanDocument {
        if document.blocks.isEmpty { throw DocumentError(path: document.path, reason: .noText) }
        return document
    }

    private static func checkSize(_ count: Int, path: String, limits: DocumentLimits) throws {
        if count == 0 { throw DocumentError(path: path, reason: .empty) }
        if count > limits.maxBytes { throw DocumentError(path: path, reason: .tooLarge(bytes: count, limit: limits.maxBytes)) }
    }

    /// Builds a document from text already decoded; never fails (rule self-tests, the LSP).
    public static func document(text: String, path: String = "<text>", format: DocumentFormat = .text) -> PlanDocument {
        if format == .docx {
            // A .docx given as text has no styles to read; its paragraphs are its lines.
            return build(text, path: path, format: .text, source: nil, reportedFormat: .docx)
        }
        return build(text, path: path, format: format, source: nil)
    }

    private static func build(
        _ text: String, path: String, format: DocumentFormat, source: DecodedText?, reportedFormat: DocumentFormat? = nil,
        normalized: [UInt8]? = nil, countProfileWords: ProfileWords.Counter? = nil
    ) -> PlanDocument {
        var body = text
        if body.unicodeScalars.first == "\u{FEFF}" { body.unicodeScalars.removeFirst() }
        let lines = TextLines(text: body)
        let sourceLines = format == .markdown ? MarkdownReader.read(lines: lines) : SourceLines(lines: lines)
        return DocumentBuilder.build(
            path: path, format: reportedFormat ?? format, source: source, lines: sourceLines, normalized: normalized,
            countProfileWords: countProfileWords)
    }
}
