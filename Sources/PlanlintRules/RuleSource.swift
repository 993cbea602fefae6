/// The text of one rule file, the path to name in errors, and the theme its folder implies.
public struct RuleSource: Sendable, Equatable {
    public var path: String
    public var text: String
    /// The theme for rules that name none: the folder under the rules root (`democracy/…`).
    public var folderTheme: String?
    /// The file's regular expressions are known to compile, so loading checks only their
    /// shapes. Set for the bundled pack, whose tests load it with every check; compiling
    /// its patterns again (and starting ICU's regex engine) was a tenth of a one-plan run.
    public var patternsVerified: Bool

    public init(path: String, text: String, folderTheme: String? = nil, patternsVerified: Bool = false) {
        self.path = path
        self.text = text
        self.folderTheme = folderTheme
        self.patternsVerified = patternsVerified
    }
}
