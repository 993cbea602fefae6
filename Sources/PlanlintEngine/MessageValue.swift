/// What one `{placeholder}` of a rule's message stands for in a finding, in both languages.
struct MessageValue: Sendable {
    var name: String
    var zh: String
    /// nil when the English is the Chinese (a quote from the plan, a number): most values
    /// are, and each finding made, copied or freed then holds one string fewer.
    private var english: String?

    var en: String {
        get { english ?? zh }
        set { english = newValue }
    }

    init(_ name: String, zh: String, en: String) {
        self.name = name
        self.zh = zh
        english = en
    }

    /// A value the same in both languages.
    init(_ name: String, text: String) {
        self.name = name
        zh = text
        english = nil
    }

    func text(_ language: Language) -> String { language == .en ? en : zh }

    /// The English when it was given apart from the Chinese.
    var englishIfDifferent: String? { english }
}
