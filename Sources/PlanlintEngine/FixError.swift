import PlanlintDocument

/// Why `--fix` left a file alone.
public struct FixError: Error, CustomStringConvertible, Equatable {
    public enum Reason: Equatable, Sendable {
        /// .docx is never rewritten in place.
        case docx
        case unsupportedFormat
        /// The file changed on disk between reading and writing it.
        case changedOnDisk
        /// The fixed text does not survive the round trip through the file's encoding: for
        /// Big5, a replacement with a character Big5 lacks (named when found).
        case unencodable(TextEncoding, Character?)
        /// Writing the file back would change bytes besides the fixes (a non-canonical
        /// encoding of some character in the original).
        case notRoundTrip(TextEncoding)
        case unreadable(String)
        case unwritable(String)
        /// Fixes keep coming back (a replacement containing what it replaces): nothing is written.
        case unsettled
        /// The file has other hard links (the count of all its names), which writing a new
        /// file in its place would leave with the old text.
        case hardLinked(Int)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .docx: "\(path): .docx files are never rewritten; apply the fixes in the word processor (file left untouched)"
        case .unsupportedFormat: "\(path): only .txt and .md files can be fixed"
        case .changedOnDisk: "\(path): changed on disk while planlint was fixing it; not written (run again)"
        case .unencodable(let encoding, let character?):
            "\(path): a fix brings in 「\(character)」, which \(encoding.displayName) cannot hold; the file is left untouched (fix it by hand)"
        case .unencodable(let encoding, nil):
            "\(path): the fixed text cannot be written back as \(encoding.displayName); the file is left untouched"
        case .notRoundTrip(let encoding):
            "\(path): re-encoding this \(encoding.displayName) file would change more than the fixes; not written"
        case .unreadable(let message): "\(path): \(message)"
        case .unwritable(let message): "\(path): cannot write the fixed file: \(message)"
        case .unsettled:
            "\(path): the fixes do not settle (a rule's replacement brings back what it replaces, or two rules undo each other); not written"
        case .hardLinked(let names):
            "\(path): the file has \(names) names (hard links); fixing it would leave the others with the old text, so it is left untouched (fix a copy, or apply --fix-dry-run's diff)"
        }
    }

    /// The same in Chinese and in English, for the run's language (`description` is the
    /// English).
    public var message: LocalizedText {
        let zh: String =
            switch reason {
            case .docx: "\(path)：不会改写 .docx 文件，请在文字处理软件中按提示修改（文件未改动）"
            case .unsupportedFormat: "\(path)：只能修正 .txt 和 .md 文件"
            case .changedOnDisk: "\(path)：修正期间文件在磁盘上被改动，未写入（请重新运行）"
            case .unencodable(let encoding, let character?):
                "\(path)：修正会引入「\(character)」，\(encoding.displayName) 编码无法保存该字符；文件未改动（请手工修改）"
            case .unencodable(let encoding, nil): "\(path)：修正后的文字无法按 \(encoding.displayName) 编码写回；文件未改动"
            case .notRoundTrip(let encoding): "\(path)：按 \(encoding.displayName) 重新编码会改动修正以外的字节，未写入"
            case .unreadable(let message): "\(path)：\(message)"
            case .unwritable(let message): "\(path)：无法写入修正后的文件：\(message)"
            case .unsettled: "\(path)：修正无法收敛（某条规则的替换词又带回了被替换的词，或两条规则互相抵消），未写入"
            case .hardLinked(let names):
                "\(path)：该文件有 \(names) 个名称（硬链接），修正会使其他名称仍是旧内容，文件未改动（请修正副本，或按 --fix-dry-run 的差异手工修改）"
            }
        return LocalizedText(zh: zh, en: description)
    }
}
