import Foundation

/// Paths of test inputs: our own fixtures and the shared read-only corpus next to the project.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let documents = packageRoot.appendingPathComponent("Tests/Fixtures/documents")
    static let corpus = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    static func document(_ name: String) -> String { documents.appendingPathComponent(name).path }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: documents.appendingPathComponent(name)) }

    /// The seed whose file name starts with `prefix` (e.g. "003").
    static func seed(_ prefix: String) -> String { corpusFile("seeds", prefix: prefix, suffix: ".txt") }

    /// A file of formats/ for a seed, e.g. ("004", ".gb18030.txt").
    static func format(_ prefix: String, _ suffix: String) -> String { corpusFile("formats", prefix: prefix, suffix: suffix) }

    private static func corpusFile(_ folder: String, prefix: String, suffix: String) -> String {
        let directory = corpus.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let name = names.sorted().first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(suffix) && !$0.dropLast(suffix.count).contains(".") }
            ?? names.sorted().first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(suffix) } ?? "missing-\(prefix)\(suffix)"
        return directory.appendingPathComponent(name).path
    }
}
