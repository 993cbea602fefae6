/// The text of one rule file, the path to name in errors, and the theme its folder implies.
public struct RuleSource: Sendable, Equatable {
    public var path: String
    public var text: String
    /// The theme for rules that name none: the folder under the rules root (`democracy/…`).
    public var folderTheme: String?

    public init(path: String, text: String, folderTheme: String? = nil) {
        self.path = path
        self.text = text
        self.folderTheme = folderTheme
    }
}
