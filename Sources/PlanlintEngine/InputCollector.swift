import Foundation
import PlanlintDocument

/// Turns command-line paths (files, folders, globs) into the list of files to lint, in a
/// stable order, reporting what cannot be walked instead of stopping.
public struct InputCollector: Sendable {
    public enum Item: Sendable, Equatable {
        case file(String)
        case failure(path: String, message: String)
    }

    /// Globs of paths to leave out (from `.planlint.yaml`'s `ignore`).
    public var ignore: [GlobPattern]
    /// The folder `ignore` globs are relative to.
    public var base: String

    /// The folder relative paths on the command line are relative to.
    public var workingDirectory: String

    public init(
        ignore: [String] = [], base: String = FileManager.default.currentDirectoryPath,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.ignore = ignore.map(GlobPattern.init)
        self.base = base
        self.workingDirectory = workingDirectory
    }

    public func collect(_ arguments: [String]) -> [Item] {
        var items: [Item] = []
        var seen = Set<String>()
        func add(_ item: Item) {
            switch item {
            case .file(let path):
                guard seen.insert(path).inserted, !isIgnored(path) else { return }
            case .failure(let path, _):
                // A broken link or unreadable folder among the ignored paths is ignored too.
                guard !isIgnored(path) else { return }
            }
            items.append(item)
        }
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    walk(argument).forEach(add)
                } else {
                    add(.file(argument))
                }
            } else if GlobPattern.isGlob(argument) {
                let expanded = expand(argument)
                if expanded.isEmpty { add(.failure(path: argument, message: "no files match this pattern")) }
                expanded.forEach(add)
            } else {
                add(.failure(path: argument, message: "no such file or folder"))
            }
        }
        return items
    }

    /// The Chinese of a message of `collect` (the English is the message itself).
    public static func chinese(_ message: String) -> String {
        switch message {
        case "broken symbolic link": "符号链接失效（指向的文件不存在）"
        case "symbolic link loop": "符号链接循环"
        case "symbolic link loop; folder skipped": "符号链接循环，已跳过该文件夹"
        case "cannot read folder": "无法读取文件夹"
        case "no such file or folder": "文件或文件夹不存在"
        case "no files match this pattern": "没有与此模式匹配的文件"
        default: message
        }
    }

    /// Whether `path` (as given on the command line, or a `--stdin-filename`) is left out.
    public func isIgnored(_ path: String) -> Bool {
        guard !ignore.isEmpty else { return false }
        let relative = relativePath(path)
        return ignore.contains { $0.matches(relative) || $0.matches(path) }
    }

    private func relativePath(_ path: String) -> String {
        // A path on the command line is relative to the working folder, not to `base`.
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            .standardizedFileURL.path
        let prefix = URL(fileURLWithPath: base).standardizedFileURL.path + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }

    /// Plan files under a folder, sorted; hidden entries skipped; symlink loops and unreadable
    /// folders reported once each.
    private func walk(_ root: String) -> [Item] {
        walkEntries(root).map(\.item)
    }

    /// What `walk` finds, each failure marked as being about a folder (a loop, an unreadable
    /// folder) or about one entry (a broken link named like a plan).
    private func walkEntries(_ root: String) -> [(item: Item, isFolder: Bool)] {
        var items: [(item: Item, isFolder: Bool)] = []
        var visited = Set<String>()
        func visit(_ directory: String) {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else {
                items.append((.failure(path: directory, message: "symbolic link loop; folder skipped"), true))
                return
            }
            let entries: [String]
            do {
                entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            } catch {
                items.append((.failure(path: directory, message: "cannot read folder"), true))
                return
            }
            for name in entries where !name.hasPrefix(".") {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var isDirectory: ObjCBool = false
                let isPlan = DocumentFormat(path: path) != nil && !name.hasPrefix("~$")
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    // A link that loops is reported whatever its name; a dangling one only when
                    // it is named like a plan (a dangling logo.png is none of planlint's business).
                    if Self.isLinkLoop(path) {
                        items.append((.failure(path: path, message: "symbolic link loop"), false))
                    } else if isPlan {
                        items.append((.failure(path: path, message: "broken symbolic link"), false))
                    }
                    continue
                }
                if isDirectory.boolValue {
                    visit(path)
                } else if isPlan {
                    items.append((.file(path), false))
                }
            }
        }
        visit(root)
        return items
    }

    /// Files matching a glob, searched from the folder before its first wildcard.
    private func expand(_ pattern: String) -> [Item] {
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let fixed = components.prefix { !GlobPattern.isGlob(String($0)) }
        var root = fixed.joined(separator: "/")
        if root.isEmpty { root = pattern.hasPrefix("/") ? "/" : "." }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        let glob = GlobPattern(pattern)
        return walkEntries(root).compactMap { entry in
            let path = switch entry.item {
            case .file(let path), .failure(let path, _): path
            }
            let candidate = root == "." && !pattern.hasPrefix("./") && path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            // A problem is reported only where the pattern reaches: a broken link the pattern
            // names, a folder it could find plans in.
            let wanted = entry.isFolder ? glob.mayMatchInside(candidate) : glob.matches(candidate)
            return wanted ? entry.item : nil
        }
    }

    /// Whether `path` is a symbolic link that resolves to itself, directly or through others.
    private static func isLinkLoop(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) != 0 && errno == ELOOP
    }
}
