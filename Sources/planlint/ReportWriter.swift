import Foundation

/// Where a report goes: standard output as it is produced, or a file written atomically
/// (a temporary file in the same folder, renamed into place when the report is complete).
final class ReportWriter {
    private let handle: FileHandle
    private let temporary: URL?
    private let destination: URL?

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            destination = nil
            return
        }
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).planlint-\(getpid())")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil), let handle = FileHandle(forWritingAtPath: partial.path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
        self.temporary = partial
        self.destination = target
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        handle.write(Data(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        handle.write(Data(bytes))
    }

    /// Moves a file report into place; nothing to do for standard output.
    func finish() throws {
        guard let temporary, let destination else { return }
        try handle.close()
        if rename(temporary.path, destination.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
    }

    /// Removes a half-written file report.
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
