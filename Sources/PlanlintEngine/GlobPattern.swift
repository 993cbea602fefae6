/// A path glob as used in `.planlint.yaml` and on the command line: `*` and `?` stay within
/// one folder, `**` crosses folders, `[abc]` matches one of the listed characters.
public struct GlobPattern: Sendable, Equatable {
    public let pattern: String
    private let scalars: [Unicode.Scalar]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.scalars = Array(pattern.unicodeScalars)
    }

    /// True when the text contains glob syntax.
    public static func isGlob(_ text: String) -> Bool {
        text.contains("*") || text.contains("?") || text.contains("[")
    }

    /// Whether some path inside the folder `folder` could match: each of the folder's
    /// components matches the pattern's component at its place, until a `**` (which can
    /// reach anything below) or with pattern components left over for what lies inside.
    public func mayMatchInside(_ folder: String) -> Bool {
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let folderParts = folder.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in folderParts.enumerated() {
            guard index < patternParts.count else { return false }
            if patternParts[index].contains("**") { return true }
            guard GlobPattern(String(patternParts[index])).matches(String(part)) else { return false }
        }
        return patternParts.count > folderParts.count
    }

    public func matches(_ path: String) -> Bool {
        Self.match(scalars[...], Array(path.unicodeScalars)[...])
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var pattern = pattern
        var text = text
        while let head = pattern.first {
            switch head {
            case "*":
                let isDouble = pattern.dropFirst().first == "*"
                var rest = pattern.dropFirst(isDouble ? 2 : 1)
                if isDouble, rest.first == "/" {
                    // `**/` also matches no folder at all.
                    if match(rest.dropFirst(), text) { return true }
                    rest = rest.dropFirst(0)
                }
                var candidate = text
                while true {
                    if match(rest, candidate) { return true }
                    guard let next = candidate.first, isDouble || next != "/" else { return false }
                    candidate = candidate.dropFirst()
                }
            case "?":
                guard let next = text.first, next != "/" else { return false }
                pattern = pattern.dropFirst()
                text = text.dropFirst()
            case "[":
                guard let close = pattern.firstIndex(of: "]"), let next = text.first else { return false }
                let set = pattern[pattern.index(after: pattern.startIndex)..<close]
                guard set.contains(next) else { return false }
                pattern = pattern[pattern.index(after: close)...]
                text = text.dropFirst()
            default:
                guard text.first == head else { return false }
                pattern = pattern.dropFirst()
                text = text.dropFirst()
            }
        }
        return text.isEmpty
    }
}
