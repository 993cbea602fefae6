import Foundation
import PlanlintTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// One run of the binary: output goes to files (no pipe can fill up and block it), and a
/// run still going at the deadline is killed and reported as a hang. It is spawned and reaped
/// with posix_spawn and wait4 rather than Foundation's Process, whose waitUntilExit() was seen
/// to wait forever on a child that had already exited when many tests spawn at once; wait4
/// also gives this child's own peak memory.
struct HostileRun {
    var status: Int32
    var signaled: Bool
    var timedOut: Bool
    var stdout: String
    var stderr: String
    var seconds: Double
    var maxResidentMegabytes: Int

    static func run(
        _ arguments: [String], in directory: URL = PlanlintProcess.packageRoot, stdin: Data? = nil, timeout: Double = 20
    ) throws -> HostileRun {
        let timeout = timeout * BadInputTests.slowdown
        let folder = try PlanlintProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        let input = folder.appendingPathComponent("stdin")
        try (stdin ?? Data()).write(to: input)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input.path, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The shell only changes directory, then becomes planlint (exec keeps the pid).
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, PlanlintProcess.binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = envp.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        let start = Date()
        var timedOut = false
        var waitStatus: Int32 = 0
        var usage = rusage()
        while true {
            let reaped = wait4(pid, &waitStatus, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(pid, SIGKILL)
                while wait4(pid, &waitStatus, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        let seconds = Date().timeIntervalSince(start)
        // Decode the wait status by hand (the W* macros are not imported into Swift).
        let signal = waitStatus & 0x7F
        let signaled = signal != 0 && signal != 0x7F
        return HostileRun(
            status: signaled ? signal : (waitStatus >> 8) & 0xFF, signaled: signaled, timedOut: timedOut,
            stdout: String(decoding: (try? Data(contentsOf: out)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: err)) ?? Data(), as: UTF8.self),
            seconds: seconds, maxResidentMegabytes: Int(usage.ru_maxrss) / 1024)
    }

    /// Ended by itself, with a planlint exit status rather than a signal.
    func expectSurvived(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!timedOut, "\(label): still running after the deadline (hang)", sourceLocation: sourceLocation)
        #expect(timedOut || !signaled, "\(label): killed by signal \(status)\n\(stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect(timedOut || signaled || [0, 1, 2].contains(status), "\(label): exit \(status)", sourceLocation: sourceLocation)
    }

    /// Nothing of /etc/passwd in the output (external entities never resolved).
    func expectNoPasswd(_ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let passwd = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8) else { return }
        let output = stdout + stderr
        for line in passwd.split(separator: "\n").prefix(5) where line.count > 8 {
            #expect(!output.contains(line), "\(label): /etc/passwd leaked into the output", sourceLocation: sourceLocation)
        }
    }
}
