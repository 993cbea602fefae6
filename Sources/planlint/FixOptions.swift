import ArgumentParser
import Foundation
import PlanlintDocument
import PlanlintEngine

/// `--fix` and `--fix-dry-run` of `planlint lint`.
struct FixOptions: ParsableArguments {
    @Flag(help: "Apply the fixes findings carry to .txt and .md files (encoding, BOM, line endings and mode kept; .docx is never rewritten).")
    var fix = false

    @Flag(help: "Print the fixes as a unified diff and change nothing.")
    var fixDryRun = false

    var enabled: Bool { fix || fixDryRun }

    /// Fixes (or, dry, shows the fixes of) every .txt and .md file among `items`, before the
    /// files are linted for the report. Problems go to standard error and never stop the run.
    func apply(_ runner: LintRunner, to items: [InputCollector.Item], language: Language) {
        let fixer = FileFixer(runner: runner)
        let en = language == .en
        var diffs = ""
        for item in items {
            if case .rawFile(let path, _) = item {
                Self.note(
                    en
                        ? "\(path): the file's name is not UTF-8; not fixed (rename it, e.g. convmv -f gbk -t utf-8)"
                        : "\(path)：文件名不是 UTF-8，未修正（请改名，如 convmv -f gbk -t utf-8）")
                continue
            }
            guard case .file(let path) = item else { continue }
            do {
                let result = try fixer.fix(path: path)
                guard result.changed else { continue }
                if fixDryRun {
                    diffs += result.diff()
                } else {
                    try fixer.write(result)
                    Self.note(en ? "\(path): \(Self.fixes(result.applied)) applied" : "\(path)：已修正 \(result.applied) 处")
                }
            } catch let error as FixError {
                // The lint run reports unreadable files.
                if case .unreadable = error.reason { continue }
                Self.note(error.message.text(language))
            } catch {
                Self.note("\(path): \(error)")
            }
        }
        if !diffs.isEmpty { FileHandle.standardOutput.write(Data(diffs.utf8)) }
    }

    /// Standard input is never written back; a dry run shows its diff.
    func applyToStandardInput(_ runner: LintRunner, data: Data, name: String, language: Language) {
        let format = DocumentFormat(path: name) ?? .text
        if format == .docx {
            Self.note(FixError(path: name, reason: .docx).message.text(language))
            return
        }
        guard let decoded = try? TextDecoder.decode([UInt8](data), path: name, limits: runner.limits) else { return }
        let fixed = FileFixer(runner: runner).fix(text: decoded.text, path: name, format: format)
        guard fixed.settled else {
            Self.note(FixError(path: name, reason: .unsettled).message.text(language))
            return
        }
        if fixDryRun {
            let diff = UnifiedDiff.render(old: decoded.text, new: fixed.text, oldName: "a/" + name, newName: "b/" + name)
            if !diff.isEmpty { FileHandle.standardOutput.write(Data(diff.utf8)) }
        } else if fixed.applied > 0 {
            Self.note(
                language == .en
                    ? "\(name): standard input is not rewritten; use --fix-dry-run to see the \(Self.fixes(fixed.applied))"
                    : "\(name)：不会改写标准输入；用 --fix-dry-run 查看这 \(fixed.applied) 处修正")
        }
    }

    private static func fixes(_ count: Int) -> String { count == 1 ? "1 fix" : "\(count) fixes" }

    private static func note(_ text: String) {
        FileHandle.standardError.write(Data(("planlint: " + text + "\n").utf8))
    }
}
