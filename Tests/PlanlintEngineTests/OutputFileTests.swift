import Foundation
import PlanlintEngine
import Testing

/// Reports and fixed plans are written so that nothing is lost: regular files replaced
/// whole, devices and pipes written in place, links followed, failures reported.
@Suite struct OutputFileTests {
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func mode(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode : 0
    }

    private static func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The old contents stay readable until the commit; then the new ones are there whole,
    /// with the old file's mode, and no temporary file is left beside it.
    @Test func replacesARegularFileWholeKeepingItsMode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o640) == 0)
        let file = try OutputFile(path: path)
        file.write("new ")
        file.write(Array("contents".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try Self.entries(folder).count == 2)
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new contents")
        #expect(Self.mode(path) & 0o7777 == 0o640)
        #expect(try Self.entries(folder) == ["report.json"])
    }

    /// A new file gets what the shell's `>` would give it: 0666 less the umask.
    @Test func createsANewFileWithTheUsualMode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reference = folder.appendingPathComponent("reference").path
        let descriptor = open(reference, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        #expect(descriptor >= 0)
        close(descriptor)
        let path = folder.appendingPathComponent("new.txt").path
        let file = try OutputFile(path: path)
        file.write("x")
        try file.commit()
        #expect(Self.mode(path) == Self.mode(reference))
        #expect(try Self.entries(folder) == ["new.txt", "reference"])
    }

    /// Renaming over a link would replace the link; its target gets the contents instead.
    @Test func followsSymbolicLinks() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.json").path
        let link = folder.appendingPathComponent("link.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink("target.json", link) == 0)
        let file = try OutputFile(path: link)
        file.write("new")
        try file.commit()
        #expect(Self.mode(link) & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try Self.entries(folder) == ["link.json", "target.json"])

        #expect(symlink("missing", folder.appendingPathComponent("dangling").path) == 0)
        #expect(throws: OutputFileError.self) { try OutputFile(path: folder.appendingPathComponent("dangling").path) }
    }

    /// A named pipe (as `>(…)` gives) is written in place and stays a pipe: a rename would
    /// have put a plain file where it was, as `-o /dev/null` once replaced /dev/null.
    @Test func writesPipesInPlace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread {
            let descriptor = open(pipe, O_RDONLY)
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while descriptor >= 0 {
                let got = read(descriptor, &buffer, buffer.count)
                if got <= 0 { break }
                bytes += buffer[..<got]
            }
            close(descriptor)
            received.bytes = bytes
            received.done.signal()
        }
        reader.start()
        let file = try OutputFile(path: pipe)
        file.write("through the pipe")
        try file.commit()
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(received.bytes == Array("through the pipe".utf8))
        #expect(Self.mode(pipe) & S_IFMT == S_IFIFO)
        #expect(try Self.entries(folder) == ["pipe"])
    }

    /// A failed write (a full disk: /dev/full) is reported by the commit, once, naming the file.
    @Test func reportsAFailedWriteAtTheCommit() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let file = try OutputFile(path: "/dev/full")
        file.write("anything")
        file.write("more")
        #expect(throws: OutputFileError(path: "/dev/full", reason: String(cString: strerror(ENOSPC)))) { try file.commit() }
        #expect(Self.mode("/dev/full") & S_IFMT == S_IFCHR)
    }

    /// Nothing written replaces anything: discarding, dropping the file unfinished, or a
    /// last check that refuses all leave the old contents and no temporary file.
    @Test func unfinishedWritesLeaveTheOldFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let discarded = try OutputFile(path: path)
        discarded.write("new")
        discarded.discard()
        do {
            let dropped = try OutputFile(path: path)
            dropped.write("new")
        }
        struct Refused: Error {}
        let checked = try OutputFile(path: path)
        checked.write("new")
        #expect(throws: Refused.self) { try checked.commit { throw Refused() } }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try Self.entries(folder) == ["plan.txt"])
    }

    @Test func refusesFoldersAndMissingFolders() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputFileError(path: folder.path, reason: "is a folder")) { try OutputFile(path: folder.path) }
        let missing = folder.appendingPathComponent("no/such/report.json").path
        #expect(throws: OutputFileError(path: missing, reason: String(cString: strerror(ENOENT)))) { try OutputFile(path: missing) }
        #expect(try Self.entries(folder).isEmpty)
    }
}

private final class ReceivedBytes: @unchecked Sendable {
    var bytes: [UInt8]?
    let done = DispatchSemaphore(value: 0)
}
