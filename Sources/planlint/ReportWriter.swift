import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

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

    /// Writes with write(2) from the array itself: going through `Data` copied every part
    /// of a report once more. A failed write falls back to `FileHandle`, which reports it.
    func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let descriptor = handle.fileDescriptor
        let written = bytes.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result > 0 {
                    offset += result
                } else if result < 0, errno == EINTR {
                    continue
                } else {
                    break
                }
            }
            return offset
        }
        if written < bytes.count { handle.write(Data(bytes[written...])) }
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
