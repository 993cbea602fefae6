import Foundation

/// Reads a whole regular file with open, fstat, read and close.
///
/// `Data(contentsOf:)` made about ten system calls per file (the working directory for
/// the URL, extended attributes, the file opened three times); a folder of two thousand
/// plans spent more in those than in reading. The size is checked on the open file, so a
/// file over the limit is refused without being read.
enum FileBytes {
    enum Failure: Error, Equatable {
        /// The system's description of what failed.
        case system(String)
        case tooLarge(bytes: Int)
        /// A folder, pipe, socket or device: a folder of plans can hold any of them, and
        /// reading a pipe or /dev/zero would wait or never end.
        case notRegularFile
    }

    static func read(path: String, maxBytes: Int) throws(Failure) -> [UInt8] {
        try read(rawPath: Array(path.utf8), maxBytes: maxBytes)
    }

    /// The same for a path given as the file system's bytes (a name that is not UTF-8).
    static func read(rawPath: [UInt8], maxBytes: Int) throws(Failure) -> [UInt8] {
        // Opened without waiting (a named pipe with no writer would block the open itself);
        // for a regular file, reads are the same either way.
        let descriptor = (rawPath + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        }
        guard descriptor >= 0 else { throw .system(Self.describe(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(Self.describe(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(bytes: size) }
        // A regular file is read in one call of its size (and one more that sees its end),
        // into storage that is not zeroed first; one that reports no size (/proc) or grows
        // meanwhile is read on in chunks until it ends, up to the limit.
        var chunk = size > 0 ? size + 1 : 64 * 1024
        var bytes: [UInt8] = []
        var failure: Failure?
        var ended = false
        while !ended {
            if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count) }
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got > 0 {
                        count += got
                    } else if got == 0 {
                        ended = true
                        return
                    } else if errno != EINTR {
                        failure = .system(Self.describe(errno))
                        ended = true
                        return
                    }
                }
            }
            if let failure { throw failure }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            chunk = 64 * 1024
        }
        if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count) }
        return bytes
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
