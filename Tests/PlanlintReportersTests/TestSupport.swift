import Foundation
import Testing

/// Paths of the package and its fixtures, found from this file so tests run from anywhere.
enum TestPaths {
    // Symlinks resolved, so the fixtures are found even when the tests are built through a
    // package that links to this directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/reporters/golden")
    static let jsonSchema = packageRoot.appendingPathComponent("docs/json-schema.json")
    static let sarifSchema = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-reporters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Golden files: compared byte for byte; `PLANLINT_UPDATE_GOLDEN=1` rewrites them.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["PLANLINT_UPDATE_GOLDEN"] == "1" }

    static func check(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = TestPaths.goldenDirectory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with PLANLINT_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.components(separatedBy: "\n")
            let actualLines = actual.components(separatedBy: "\n")
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" }
                ?? "line counts differ: \(expectedLines.count) vs \(actualLines.count)"
            Issue.record("output differs from golden \(name) (PLANLINT_UPDATE_GOLDEN=1 to accept)\n\(detail)", sourceLocation: sourceLocation)
        }
    }
}

/// Runs external tools the tests use to check output (python3 with jsonschema, chromium).
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Whether python3 with the jsonschema package is available.
    static let hasJSONSchema: Bool = {
        guard let python = which("python3") else { return false }
        return (try? run(python, ["-c", "import jsonschema"]))?.status == 0
    }()

    /// Validates a JSON document against a JSON Schema file with python's jsonschema; returns
    /// nil when valid, else the validation errors.
    static func validate(json: String, schema: URL) throws -> String? {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instance = directory.appendingPathComponent("instance.json")
        try json.write(to: instance, atomically: true, encoding: .utf8)
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding='utf-8'))
        instance = json.load(open(sys.argv[2], encoding='utf-8'))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        errors = sorted(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(instance), key=lambda e: list(e.path))
        for e in errors[:10]:
            print('/'.join(str(p) for p in e.absolute_path), ':', e.message[:300])
        sys.exit(1 if errors else 0)
        """
        let result = try run(which("python3")!, ["-c", script, schema.path, instance.path])
        return result.status == 0 ? nil : result.output
    }
}
