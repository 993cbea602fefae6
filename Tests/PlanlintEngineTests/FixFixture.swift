import Foundation
import PlanlintDocument
import PlanlintRules
import Testing

@testable import PlanlintEngine

/// What the `--fix` suites share: a pack of substitutions, a scratch folder, and files
/// encoded by the system's iconv, independently of planlint's encoder.
enum FixFixture {
    static let rules = """
        rules:
          - id: test.wrong
            title: 错词
            kind: substitute
            severity: warning
            replace:
              效劳: 服务
              广阔职工: 广大职工
              甲乙: 丙丁
              丙丁丁: 戊
              甲己: 喆
              ",,": ","
              ";;": ";"
            message: "错词 {wrong}"
            message_en: "wrong {wrong}"
            basis: 测试
        """

    /// A temporary folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-fix-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func file(_ name: String, _ bytes: [UInt8], mode: Int = 0o644) throws -> String {
            let path = url.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            return path
        }
    }

    static func fixer() throws -> FileFixer {
        FileFixer(runner: LintRunner(linter: Linter(rules: try LintTestSupport.pack(rules)), options: LintOptions()))
    }

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    /// GB18030 (or `target`) bytes made by the system's iconv, independently of planlint's encoder.
    static func iconvGB18030(_ text: String, target: String = "GB18030") throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", target]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return [UInt8](data)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return bytes
    }
}
