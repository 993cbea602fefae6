import Foundation
@testable import PlanlintDocument
import PlanlintTestSupport
import Testing

@Suite struct FileBytesTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Random contents of sizes around the chunk and the one-call read, byte for byte.
    @Test func readsEveryByte() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = TestRandom()
        for size in [0, 1, 4095, 65_536, 65_537, 200_000] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let file = folder.appendingPathComponent("\(size).txt")
            try Data(bytes).write(to: file)
            #expect(try FileBytes.read(path: file.path, maxBytes: 1 << 20) == bytes, "\(size) bytes")
        }
    }

    /// A file that reports no size (/proc) is read on to its end.
    @Test func readsFilesThatReportNoSize() throws {
        let path = "/proc/self/status"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let text = String(decoding: try FileBytes.read(path: path, maxBytes: 1 << 20), as: UTF8.self)
        #expect(text.hasPrefix("Name:") && text.hasSuffix("\n") && text.contains("\nPid:"))
    }

    @Test func refusesWhatItCannotRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A folder, a named pipe nobody writes to (opening it must not wait), a device.
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        for path in [folder.path, folder.appendingPathComponent("pipe.txt").path, "/dev/zero"] {
            #expect(throws: FileBytes.Failure.notRegularFile) { try FileBytes.read(path: path, maxBytes: 100) }
        }
        #expect(throws: FileBytes.Failure.system(String(cString: strerror(ENOENT)))) {
            try FileBytes.read(path: folder.appendingPathComponent("missing.txt").path, maxBytes: 100)
        }
        let big = folder.appendingPathComponent("big.txt")
        try Data(count: 5000).write(to: big)
        #expect(throws: FileBytes.Failure.tooLarge(bytes: 5000)) { try FileBytes.read(path: big.path, maxBytes: 4999) }
    }
}
