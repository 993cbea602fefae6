import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads JSON-RPC messages framed by `Content-Length` headers (the LSP base protocol) from a
/// file descriptor.
public final class MessageReader {
    public enum Failure: Error, Equatable {
        case endOfInput
        case timedOut
        case badHeader(String)
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next message body; waits at most `timeout` seconds for each chunk when given.
    public func next(timeout: Double? = nil) throws -> Data {
        var length: Int?
        while true {
            let line = try readLine(timeout: timeout)
            if line.isEmpty {
                if let length { return try readBody(length, timeout: timeout) }
                continue  // stray blank line between messages
            }
            guard let colon = line.firstIndex(of: ":") else { throw Failure.badHeader(line) }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let parsed = Int(value), parsed >= 0 else { throw Failure.badHeader(line) }
                length = parsed
            }
        }
    }

    /// Whether bytes are waiting, buffered or in the descriptor (a message, or the end of input).
    public var hasPendingInput: Bool {
        if start < buffer.count { return true }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    private func readLine(timeout: Double?) throws -> String {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return line
            }
            try fill(timeout: timeout)
        }
    }

    private func readBody(_ length: Int, timeout: Double?) throws -> Data {
        while buffer.count - start < length { try fill(timeout: timeout) }
        let body = Data(buffer[start..<start + length])
        start += length
        return body
    }

    private func fill(timeout: Double?) throws {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 20 {
            buffer.removeFirst(start)
            start = 0
        }
        if let timeout {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(timeout * 1000))
            if ready == 0 { throw Failure.timedOut }
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        } while count < 0 && errno == EINTR
        if count <= 0 { throw Failure.endOfInput }
        buffer += chunk[0..<count]
    }
}

/// Writes framed messages to a file descriptor; safe to share between threads.
public final class MessageWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func send(_ message: JSON) {
        let body = message.data()
        var bytes = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        bytes += body
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // the client went away; the read loop will see the end of input
            }
            offset += written
        }
    }
}
