/// What one `{placeholder}` of a rule's message stands for in a finding, in both languages.
struct MessageValue: Sendable {
    var name: String
    var zh: String
    var en: String

    init(_ name: String, zh: String, en: String) {
        self.name = name
        self.zh = zh
        self.en = en
    }

    func text(_ language: Language) -> String { language == .en ? en : zh }
}
