/// Why a document could not be read. Each case names the file so one bad file among many
/// gives one clear line and the rest are still linted.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case tooLarge(bytes: Int, limit: Int)
        case binary
        case undecodable
        case empty
        /// Bytes, but no text a rule could read: blank lines and spaces, or a .docx without
        /// a paragraph of text, a Markdown file of code and comments only. Reported like an empty file rather than as a plan missing
        /// every section.
        case noText
        case invalidDocx(String)
        case unsupportedFormat
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): "\(path): cannot read file: \(why)"
        case .tooLarge(let bytes, let limit): "\(path): file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .binary: "\(path): looks like a binary file, not a plan"
        case .undecodable: "\(path): text is neither UTF-8, UTF-16 with BOM, GB18030 nor Big5"
        case .empty: "\(path): file is empty"
        case .noText: "\(path): file holds no text to check (only blank lines and spaces, or Markdown code and comments)"
        case .invalidDocx(let why): "\(path): not a readable .docx: \(why)"
        case .unsupportedFormat: "\(path): unsupported file type (expected .txt, .md or .docx)\(conversionHint?.en ?? "")"
        }
    }

    /// What to do with a file of a word processor's or a PDF reader's: offices still send the
    /// older Word and WPS files, and a plan is often forwarded as a PDF.
    private var conversionHint: (zh: String, en: String)? {
        let suffix = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch suffix {
        case "doc", "wps", "rtf", "odt", "docm", "dotx", "dot", "wpt":
            return ("；请在 Word 或 WPS 中另存为 .docx 后再检查", "; save it as .docx in Word or WPS and check that")
        case "pdf":
            return ("；请用原稿的 .docx，或把文字复制到 .txt 后再检查", "; check the original .docx, or copy its text into a .txt")
        default:
            return nil
        }
    }

    /// The same in Chinese, for reports in Chinese (a system's reason, such as strerror's or
    /// the zip reader's, stays as it was given).
    public var chineseDescription: String {
        switch reason {
        case .unreadable(let why): "\(path)：无法读取文件：\(why)"
        case .tooLarge(let bytes, let limit): "\(path)：文件大小 \(bytes) 字节，超过上限 \(limit) 字节"
        case .binary: "\(path)：看来是二进制文件，不是计划文本"
        case .undecodable: "\(path)：文本编码既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030 或 Big5"
        case .empty: "\(path)：文件为空"
        case .noText: "\(path)：文件没有可检查的文字（只有空行和空格，或 Markdown 的代码和注释）"
        case .invalidDocx(let why): "\(path)：不是可读的 .docx 文件：\(why)"
        case .unsupportedFormat: "\(path)：不支持的文件类型（应为 .txt、.md 或 .docx）\(conversionHint?.zh ?? "")"
        }
    }
}
