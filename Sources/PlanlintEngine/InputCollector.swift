import Foundation
import PlanlintDocument

/// Turns command-line paths (files, folders, globs) into the list of files to lint, in a
/// stable order, reporting what cannot be walked instead of stopping.
public struct InputCollector: Sendable {
    public enum Item: Sendable, Equatable {
        case file(String)
        /// A file whose path the file system holds in bytes that are not UTF-8 (a GBK name
        /// from a zip made on Chinese Windows): `path` is how it reads (GB18030 when that
        /// decodes it), `bytes` what opens it.
        case rawFile(path: String, bytes: [UInt8])
        case failure(path: String, message: String)
    }

    /// Globs of paths to leave out (from `.planlint.yaml`'s `ignore`).
    public var ignore: [GlobPattern]
    /// The folder `ignore` globs are relative to.
    public var base: String

    /// The folder relative paths on the command line are relative to.
    public var workingDirectory: String

    /// Whether links met in a folder are followed when they lead outside it. Off, they are
    /// reported and skipped: a submitted archive holding `x -> /home/…` must not put the
    /// reviewer's own files into the report.
    public var followsOutwardLinks: Bool

    /// What a link leading outside the walked folder is reported as.
    public static let outwardLink = "symbolic link leads outside the folder; not followed"

    public init(
        ignore: [String] = [], base: String = FileManager.default.currentDirectoryPath,
        workingDirectory: String = FileManager.default.currentDirectoryPath, followsOutwardLinks: Bool = false
    ) {
        self.ignore = ignore.map(GlobPattern.init)
        self.base = base
        self.workingDirectory = workingDirectory
        self.followsOutwardLinks = followsOutwardLinks
    }

    public func collect(_ arguments: [String]) -> [Item] {
        var items: [Item] = []
        var seen = Set<String>()
        func add(_ item: Item) {
            switch item {
            case .file(let path), .rawFile(let path, _):
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
        case Self.outwardLink: "符号链接指向所检查的文件夹之外，未跟随"
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
        var visited = Set<[UInt8]>()
        let rootReal = followsOutwardLinks ? nil : Self.realPath(Array(root.utf8))
        // Paths are walked as the file system's bytes: a name that is not UTF-8 (GBK from a
        // Windows zip) is still found and opened, and reported as it reads.
        func visit(_ directory: [UInt8], shown: String) {
            let real = Self.realPath(directory) ?? directory
            guard visited.insert(real).inserted else {
                items.append((.failure(path: shown, message: "symbolic link loop; folder skipped"), true))
                return
            }
            guard let names = Self.names(in: directory) else {
                items.append((.failure(path: shown, message: "cannot read folder"), true))
                return
            }
            let entries = names.filter { $0.first != UInt8(ascii: ".") }.map { ($0, Self.readable($0)) }.sorted { $0.1 < $1.1 }
            for (name, readable) in entries {
                let path = directory.last == UInt8(ascii: "/") ? directory + name : directory + [UInt8(ascii: "/")] + name
                let pathShown = shown.hasSuffix("/") ? shown + readable : shown + "/" + readable
                let isPlan = DocumentFormat(path: readable) != nil && !readable.hasPrefix("~$")
                if let rootReal, Self.isLink(path), let target = Self.realPath(path),
                    target != rootReal, !target.starts(with: rootReal + [UInt8(ascii: "/")])
                {
                    items.append((.failure(path: pathShown, message: Self.outwardLink), false))
                    continue
                }
                var status = stat()
                let failure = Self.fileStatus(path, &status)
                guard failure == 0 else {
                    // A link that loops is reported whatever its name; a dangling one only when
                    // it is named like a plan (a dangling logo.png is none of planlint's business).
                    if failure == ELOOP {
                        items.append((.failure(path: pathShown, message: "symbolic link loop"), false))
                    } else if isPlan {
                        items.append((.failure(path: pathShown, message: "broken symbolic link"), false))
                    }
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    visit(path, shown: pathShown)
                } else if isPlan {
                    let isUTF8 = String(validating: path, as: UTF8.self) == pathShown
                    items.append((isUTF8 ? .file(pathShown) : .rawFile(path: pathShown, bytes: path), false))
                }
            }
        }
        visit(Array(root.utf8), shown: root)
        return items
    }

    /// The entries of a folder as the file system holds their names; nil when it cannot be read.
    private static func names(in directory: [UInt8]) -> [[UInt8]]? {
        guard let stream = withCString(directory, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names
    }

    /// How a name reads: UTF-8, else GB18030 or Big5 (what Chinese Windows writes into zips), else
    /// UTF-8 with U+FFFD for what does not decode.
    private static func readable(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self) { return text }
        if let decoded = try? TextDecoder.decode(name, path: ""), [.gb18030, .big5, .big5HKSCS].contains(decoded.encoding) {
            return decoded.text
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// stat(2) of a path given as bytes: 0, or the errno it failed with (read at once,
    /// before anything else can change it).
    private static func fileStatus(_ path: [UInt8], _ status: inout stat) -> Int32 {
        withCString(path) { stat($0, &status) == 0 ? 0 : errno }
    }

    private static func isLink(_ path: [UInt8]) -> Bool {
        var status = stat()
        return withCString(path) { lstat($0, &status) == 0 } && status.st_mode & S_IFMT == S_IFLNK
    }

    private static func realPath(_ path: [UInt8]) -> [UInt8]? {
        guard let resolved = withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self), count: strlen(resolved)))
    }

    private static func withCString<Result>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        (bytes + [0]).withUnsafeBufferPointer { buffer in buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
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
            case .file(let path), .rawFile(let path, _), .failure(let path, _): path
            }
            let candidate = root == "." && !pattern.hasPrefix("./") && path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            // A problem is reported only where the pattern reaches: a broken link the pattern
            // names, a folder it could find plans in.
            let wanted = entry.isFolder ? glob.mayMatchInside(candidate) : glob.matches(candidate)
            return wanted ? entry.item : nil
        }
    }

}
