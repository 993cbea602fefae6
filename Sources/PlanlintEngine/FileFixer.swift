import Foundation
import PlanlintDocument
import PlanlintRules

/// The fixes for one file, computed but not yet written.
public struct FixResult: Sendable {
    /// The path as given.
    public var path: String
    /// The file written: `path` with symbolic links resolved, so a link stays a link.
    public var target: String
    public var originalBytes: [UInt8]
    public var fixedBytes: [UInt8]
    public var originalText: String
    public var fixedText: String
    /// Fixes applied over all passes.
    public var applied: Int

    public var changed: Bool { originalBytes != fixedBytes }

    /// A unified diff of the change, empty when nothing changes.
    public func diff() -> String {
        UnifiedDiff.render(old: originalText, new: fixedText, oldName: "a/" + path, newName: "b/" + path)
    }
}

/// `--fix`: applies the fixes findings carry to .txt and .md plans, keeping encoding, BOM,
/// line endings and file mode, and writing through a temporary file and a rename.
public struct FileFixer: Sendable {
    public var runner: LintRunner
    /// A fix may reveal another (a replacement containing a wrong word); passes repeat until
    /// nothing changes, so a second `--fix` run finds nothing to do.
    public static let maxPasses = 10

    public init(runner: LintRunner) {
        self.runner = runner
    }

    /// Lints `text` and applies its fixes until none remain; returns the text, the count, and
    /// whether the fixes settled: false when fixes still remain after `maxPasses` passes (a
    /// replacement that brings back what it replaces, such as 职工 → 广大职工, or two rules
    /// undoing each other), in which case the text must not be written.
    public func fix(text: String, path: String, format: DocumentFormat) -> (text: String, applied: Int, settled: Bool) {
        var current = text
        var applied = 0
        for pass in 0...Self.maxPasses {
            let document = DocumentReader.document(text: current, path: path, format: format)
            let report = runner.linter.lint(document, options: runner.options(for: path))
            let fixes = report.findings.compactMap(\.fix)
            if fixes.isEmpty { break }
            if pass == Self.maxPasses { return (current, applied, false) }
            let (next, done) = FixApplier.apply(fixes, to: current)
            if done.isEmpty || next == current { break }
            applied += done.count
            current = next
        }
        return (current, applied, true)
    }

    /// Reads the file at `path` and computes its fixes; writes nothing.
    public func fix(path: String) throws -> FixResult {
        guard let format = DocumentFormat(path: path) else { throw FixError(path: path, reason: .unsupportedFormat) }
        if format == .docx { throw FixError(path: path, reason: .docx) }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let data = FileManager.default.contents(atPath: target) else {
            throw FixError(path: path, reason: .unreadable("cannot read file"))
        }
        let bytes = [UInt8](data)
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, path: path, limits: runner.limits)
        } catch {
            throw FixError(path: path, reason: .unreadable("\(error)"))
        }
        let (text, applied, settled) = fix(text: decoded.text, path: path, format: format)
        guard settled else { throw FixError(path: path, reason: .unsettled) }
        var fixedBytes = bytes
        if text != decoded.text {
            // Only the fixes may change: the untouched text must encode back to the same bytes.
            guard TextEncoder.encode(decoded.text, like: decoded) == bytes else {
                throw FixError(path: path, reason: .notRoundTrip(decoded.encoding))
            }
            guard let encoded = TextEncoder.encode(text, like: decoded),
                (try? TextDecoder.decode(encoded, path: path, limits: .unlimitedForFix))?.text == text
            else {
                let character = TextEncoder.firstUnencodable(in: text, encoding: decoded.encoding, known: decoded.text)
                throw FixError(path: path, reason: .unencodable(decoded.encoding, character))
            }
            fixedBytes = encoded
        }
        return FixResult(
            path: path, target: target, originalBytes: bytes, fixedBytes: fixedBytes, originalText: decoded.text,
            fixedText: text, applied: applied)
    }

    /// Writes a result computed by `fix(path:)`: refuses when the file no longer holds the
    /// bytes that were fixed; otherwise writes a temporary file beside it with the same mode
    /// and renames it over the original (`OutputFile`, flushed to the disk first).
    public func write(_ result: FixResult) throws {
        guard result.changed else { return }
        let path = result.target
        func unchanged() -> Bool { FileManager.default.contents(atPath: path).map { [UInt8]($0) } == result.originalBytes }
        guard unchanged() else { throw FixError(path: result.path, reason: .changedOnDisk) }
        // The rename would replace a file its owner made read-only, or one this user may not
        // write at all (when the folder is writable): neither is planlint's to change.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
            throw FixError(path: result.path, reason: .unwritable("the file is read-only; not written"))
        }
        // The fixed text goes into a new file renamed over the old one (so a crash leaves
        // one or the other whole): the file's other names would keep the old text.
        if status.st_nlink > 1 { throw FixError(path: result.path, reason: .hardLinked(Int(status.st_nlink))) }
        do {
            let file = try OutputFile(path: path, durable: true)
            file.write(result.fixedBytes)
            // Checked again just before the rename: an editor may have saved meanwhile.
            try file.commit { if !unchanged() { throw FixError(path: result.path, reason: .changedOnDisk) } }
        } catch let error as OutputFileError {
            throw FixError(path: result.path, reason: .unwritable(error.reason))
        }
    }
}

extension DocumentLimits {
    /// Limits for reading back planlint's own output: never smaller than what it read.
    static var unlimitedForFix: DocumentLimits {
        var limits = DocumentLimits.default
        limits.maxBytes = Int.max
        return limits
    }
}
