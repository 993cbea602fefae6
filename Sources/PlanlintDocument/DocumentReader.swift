import Foundation

/// Entry points that turn a file, bytes or a string into a `PlanDocument`.
public enum DocumentReader {
    /// Reads the file at `path`, choosing the reader from its extension. `countProfileWords`:
    /// see `ProfileWords`.
    public static func read(
        path: String, limits: DocumentLimits = .default, countProfileWords: ProfileWords.Counter? = nil
    ) throws -> PlanDocument {
        guard let format = DocumentFormat(path: path) else {
            throw DocumentError(path: path, reason: .unsupportedFormat)
        }
        let url = URL(fileURLWithPath: path)
        // Check the size before reading so a huge file is refused without loading it.
        // stat(2) directly: FileManager's attribute dictionary cost more than reading a plan.
        var status = stat()
        if stat(path, &status) == 0, Int(status.st_size) > limits.maxBytes {
            throw DocumentError(path: path, reason: .tooLarge(bytes: Int(status.st_size), limit: limits.maxBytes))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DocumentError(path: path, reason: .unreadable(Self.describe(error)))
        }
        return try read(data: data, path: path, format: format, limits: limits, countProfileWords: countProfileWords)
    }

    /// Reads bytes already in memory (standard input named by `--stdin-filename`).
    public static func read(
        data: Data, path: String, format: DocumentFormat, limits: DocumentLimits = .default,
        countProfileWords: ProfileWords.Counter? = nil
    ) throws -> PlanDocument {
        if data.isEmpty { throw DocumentError(path: path, reason: .empty) }
        if data.count > limits.maxBytes {
            throw DocumentError(path: path, reason: .tooLarge(bytes: data.count, limit: limits.maxBytes))
        }
        switch format {
        case .docx:
            let lines = try DocxReader.read(data: data, path: path, limits: limits)
            return DocumentBuilder.build(
                path: path, format: .docx, source: nil, lines: lines, countProfileWords: countProfileWords)
        case .text, .markdown:
            // Plain text is checked and normalised in one walk; Markdown is normalised after its
            // code and comments are found, which the normalised text must not show.
            let (decoded, normalized) = try TextDecoder.decode(
                [UInt8](data), path: path, limits: limits, normalizing: format == .text)
            return build(
                decoded.text, path: path, format: format, source: decoded, normalized: normalized,
                countProfileWords: countProfileWords)
        }
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

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
