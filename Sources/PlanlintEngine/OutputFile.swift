import Foundation

/// A file planlint writes (a report, a fixed plan) so that nothing is lost on the way.
///
/// A regular file is written beside itself under a temporary name and renamed over the
/// original by `commit`: a reader sees the old file or the whole new one, never a part, and
/// a run that fails leaves the old one as it was. Renaming is only right for regular files,
/// though: `-o /dev/null`, `-o /dev/stdout` or a shell's `>(…)` name a device or a pipe, and
/// a rename would put a plain file where the device was. Those are written in place, as the
/// shell's `>` would. A symbolic link is followed: its target gets the new contents and the
/// link stays a link.
///
/// Writing never throws: the first failure is kept, later writes are skipped, and `commit`
/// reports it (after removing the temporary file), so a report streamed from many threads
/// has one place to handle a full disk.
public final class OutputFile {
    /// What the caller named (for messages).
    public let path: String
    private let descriptor: Int32
    /// The file renamed over `destination` by `commit`; nil when written in place.
    private let temporary: String?
    private let destination: String
    private let durable: Bool
    private let closesDescriptor: Bool
    private var failure: OutputFileError?
    private var finished = false

    /// Standard output, written in place.
    public static func standardOutput() -> OutputFile {
        OutputFile(path: "-", descriptor: STDOUT_FILENO, temporary: nil, destination: "-", durable: false, closes: false)
    }

    /// Opens `path` for new contents. `durable`: flush the new file to the disk before it
    /// replaces the old one (for files the user wrote; a report can be made again).
    public init(path: String, durable: Bool = false) throws(OutputFileError) {
        self.path = path
        self.durable = durable
        closesDescriptor = true
        var status = stat()
        var target = path
        var existing: stat?
        if lstat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFLNK {
                guard let resolved = realpath(path, nil) else {
                    throw OutputFileError(path: path, reason: "symbolic link to a missing file")
                }
                target = String(cString: resolved)
                free(resolved)
                guard stat(target, &status) == 0 else { throw OutputFileError(path: path, errno: errno) }
            }
            existing = status
        } else if errno != ENOENT {
            throw OutputFileError(path: path, errno: errno)
        }
        destination = target
        if let existing, existing.st_mode & S_IFMT != S_IFREG {
            if existing.st_mode & S_IFMT == S_IFDIR { throw OutputFileError(path: path, reason: "is a folder") }
            // A device, pipe or socket: in place, as `>` would (a pipe's open waits for its reader).
            descriptor = open(target, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw OutputFileError(path: path, errno: errno) }
            temporary = nil
            return
        }
        // Created by name with O_EXCL rather than mkstemp: the kernel then gives a new file
        // 0666 less the umask, as the shell's `>` would (mkstemp makes it 0600).
        let name = (target as NSString).lastPathComponent
        let folder = (target as NSString).deletingLastPathComponent
        var opened: (Int32, String)?
        for attempt in 0..<100 {
            let candidate = "\(folder.isEmpty ? "." : folder)/.\(name).planlint-\(getpid())-\(attempt)"
            let made = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if made >= 0 {
                opened = (made, candidate)
                break
            }
            if errno != EEXIST { throw OutputFileError(path: path, errno: errno) }
        }
        guard let (made, candidate) = opened else { throw OutputFileError(path: path, errno: EEXIST) }
        descriptor = made
        temporary = candidate
        // The new contents keep the old file's mode, and its owner where allowed (as root).
        if let existing {
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
    }

    private init(path: String, descriptor: Int32, temporary: String?, destination: String, durable: Bool, closes: Bool) {
        self.path = path
        self.descriptor = descriptor
        self.temporary = temporary
        self.destination = destination
        self.durable = durable
        closesDescriptor = closes
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends `bytes`; after a failure, does nothing (see `commit`).
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !finished, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                failure = OutputFileError(path: path, errno: written < 0 ? errno : EIO)
                return
            }
        }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Makes the new contents the file's: renames the temporary file over the destination
    /// (after `check`, a last look that may refuse by throwing), or closes the device or pipe
    /// written in place. Throws the first write failure, having removed the temporary file.
    public func commit(after check: () throws -> Void = {}) throws {
        guard !finished else { return }
        defer { finished = true }
        if failure == nil, durable, temporary != nil, fsync(descriptor) != 0 {
            failure = OutputFileError(path: path, errno: errno)
        }
        if closesDescriptor, close(descriptor) != 0, failure == nil, errno != EINTR {
            failure = OutputFileError(path: path, errno: errno)
        }
        guard let temporary else {
            if let failure { throw failure }
            return
        }
        do {
            if let failure { throw failure }
            try check()
            guard rename(temporary, destination) == 0 else { throw OutputFileError(path: path, errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Leaves the destination as it was: the temporary file is removed.
    public func discard() {
        guard !finished else { return }
        finished = true
        if closesDescriptor { close(descriptor) }
        if let temporary { unlink(temporary) }
    }
}
