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
    /// The text's YAML documents as a `YAMLNodeArchive`, made when the pack was built: the
    /// loader reads them from it instead of parsing `text` (parsing the bundled pack with
    /// libyaml was a fifth of a one-plan run). `text` stays the source of every message.
    public var treeArchive: String?

    public init(
        path: String, text: String, folderTheme: String? = nil, patternsVerified: Bool = false, treeArchive: String? = nil
    ) {
        self.path = path
        self.text = text
        self.folderTheme = folderTheme
        self.patternsVerified = patternsVerified
        self.treeArchive = treeArchive
    }
}
