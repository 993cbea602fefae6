import Foundation

/// Word's automatic list numbering (word/numbering.xml). Chinese plans often number their
/// headings with it, so the number (一、 1. ①) is in no w:t; it is rendered into the
/// paragraph text as Word displays it so numbering rules still see it.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var suffix = "tab"
    }

    /// abstractNumId → levels by ilvl.
    private var abstractLevels: [String: [Int: Level]] = [:]
    /// numId → (abstractNumId, start overrides by ilvl).
    private var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// The current count of each level, by list (`counterKey`).
    private var counters: [String: [Int: Int]] = [:]

    init() {}

    init(xml: Data, maxDepth: Int) throws {
        let reader = DocxNumberingParser()
        try DocxPartParser.parse(xml, into: reader, maxDepth: maxDepth)
        abstractLevels = reader.abstractLevels
        // An abstract definition that only names a numbering style (w:numStyleLink) takes
        // its levels from the definition that defines that style (w:styleLink): Word's
        // "list styles", common in templates.
        var instances = reader.instances
        for (numID, instance) in instances where abstractLevels[instance.abstract]?.isEmpty ?? true {
            if let style = reader.styleReferences[instance.abstract], let defining = reader.styleDefinitions[style] {
                instances[numID]?.abstract = defining
            }
        }
        self.instances = instances
    }

    /// Whose counters a list instance advances. Word numbers on across every instance of one
    /// abstract definition (a list interrupted by a paragraph, or continued further down,
    /// gets a second w:num), unless the instance restarts a level (w:startOverride: what
    /// Word writes for "restart at 1"), which then counts on its own.
    private func counterKey(_ numID: String, _ instance: (abstract: String, starts: [Int: Int])) -> String {
        instance.starts.isEmpty ? "abstract " + instance.abstract : numID
    }

    var isEmpty: Bool { instances.isEmpty }

    /// The label Word shows before a paragraph of list `numId` at `level`, advancing the
    /// list's counters; nil for bullets, unnumbered levels and unknown lists.
    mutating func label(numID: String, level: Int) -> String? {
        guard numID != "0", let instance = instances[numID], let levels = abstractLevels[instance.abstract],
            let current = levels[level]
        else { return nil }
        let key = counterKey(numID, instance)
        var counts = counters[key] ?? [:]
        let start = instance.starts[level] ?? current.start
        counts[level] = counts[level].map { $0 + 1 } ?? start
        // Deeper levels restart after a shallower item.
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[key] = counts
        guard current.format != "bullet", current.format != "none" else { return nil }
        var label = ""
        var scalars = Array(current.text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let digit = scalars.first, let index = Int(String(digit)), (1...9).contains(index) {
                scalars.removeFirst()
                let referenced = index - 1
                let format = levels[referenced]?.format ?? "decimal"
                let value = counts[referenced] ?? instance.starts[referenced] ?? levels[referenced]?.start ?? 1
                label += Self.format(value, as: format)
            } else {
                label.unicodeScalars.append(scalar)
            }
        }
        if label.isEmpty { return nil }
        switch current.suffix {
        case "space": return label + " "
        case "nothing": return label
        default: return label + "\t"
        }
    }

    /// A counter value in a Word number format.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified":
            return chinese(value)
        case "ideographDigital":
            let digits = Array("〇一二三四五六七八九")
            return String(String(value).map { digits[$0.wholeNumberValue ?? 0] })
        case "ideographTraditional":
            return (1...10).contains(value) ? String(Array("甲乙丙丁戊己庚辛壬癸")[value - 1]) : String(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            // Word's circles end at ⑳ and go on in plain figures.
            return value <= 20 ? EnclosedNumber.circled(value).map(String.init) ?? String(value) : String(value)
        case "decimalEnclosedFullstop":
            return EnclosedNumber.fullStop(value).map(String.init) ?? String(value)
        case "decimalEnclosedParen":
            return "(\(value))"
        case "decimalZero":
            return value < 10 ? "0\(value)" : String(value)
        case "upperLetter", "lowerLetter":
            let letter = Character(Unicode.Scalar(UInt32(0x41 + max(0, value - 1) % 26))!)
            let text = String(repeating: letter, count: max(0, value - 1) / 26 + 1)
            return format == "upperLetter" ? text : text.lowercased()
        case "upperRoman", "lowerRoman":
            let roman = Self.roman(value)
            return format == "upperRoman" ? roman : roman.lowercased()
        default:
            return String(value)
        }
    }

    /// 1 → 一, 10 → 十, 11 → 十一, 23 → 二十三; larger numbers digit by digit.
    static func chinese(_ value: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        switch value {
        case 0...9: return String(digits[value])
        case 10...19: return "十" + (value == 10 ? "" : String(digits[value - 10]))
        case 20...99: return String(digits[value / 10]) + "十" + (value % 10 == 0 ? "" : String(digits[value % 10]))
        default: return String(String(value).map { digits[$0.wholeNumberValue ?? 0] })
        }
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, symbol) in table {
            while rest >= amount {
                text += symbol
                rest -= amount
            }
        }
        return text
    }
}
