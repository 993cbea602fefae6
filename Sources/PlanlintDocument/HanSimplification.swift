/// The traditional → simplified mapping of single Han characters that `ScriptNormalizer`
/// applies, as a table built into the binary.
///
/// The pairs were taken from ICU's `Hant-Hans` transform, character by character, keeping
/// only characters that map to exactly one other character (so columns survive) and
/// leaving out simplified characters ICU would still rewrite (`keptAsWritten`). Having them
/// in the binary saves the ~6 ms ICU needs to open the transform in every process, and a
/// table lookup per character is cheaper than a hashed memo. `HanSimplificationTests`
/// checks the table against ICU over every Han code point and regenerates
/// `HanSimplification+Pairs.swift` when run with `PLANLINT_UPDATE_HAN_TABLE=1`.
public enum HanSimplification {
    /// Per BMP scalar: 0 when it stays, `viaSupplementary` when the mapping involves a scalar
    /// beyond the BMP, otherwise the scalar it becomes. Full-width ASCII forms, U+3000 and
    /// U+00A0 are in the same table, so one lookup normalises any 2- or 3-byte scalar.
    static let bmp: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        for (from, to) in pairs where from < 0x10000 {
            table[Int(from)] = to < 0x10000 ? UInt16(to) : viaSupplementary
        }
        for (from, to) in variants { table[Int(from)] = UInt16(to) }
        for value in UInt32(0xFF01)...0xFF5E { table[Int(value)] = UInt16(value - 0xFEE0) }
        // Every space separator (Zs) and the line and paragraph separators become a plain
        // space, so rules and their patterns meet one kind of space.
        for value in spaces { table[Int(value)] = 0x20 }
        return table
    }()

    /// Mappings whose source or target lies beyond the BMP.
    static let supplementary: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        for (from, to) in pairs where from >= 0x10000 || to >= 0x10000 { table[from] = to }
        return table
    }()

    static let viaSupplementary: UInt16 = 0xFFFF

    /// Non-ASCII white space that normalises to U+0020: Unicode's space separators (Zs) and
    /// U+2028/U+2029.
    public static let spaces: [UInt32] = [0x00A0, 0x1680] + Array(0x2000...0x200A) + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]

    /// The Han pairs, decoded from `encodedPairs` (source and target scalars alternate),
    /// read straight off the string's scalars: the first normalisation of every process
    /// waits for the table built from them.
    static var pairs: [(UInt32, UInt32)] { decode(encodedPairs) }

    private static func decode(_ encoded: String) -> [(UInt32, UInt32)] {
        var result: [(UInt32, UInt32)] = []
        result.reserveCapacity(encoded.utf8.count / 6)
        var iterator = encoded.unicodeScalars.makeIterator()
        while let from = iterator.next()?.value, let to = iterator.next()?.value { result.append((from, to)) }
        return result
    }

    /// The simplified → traditional pairs, decoded from `encodedTraditional`.
    static var traditionalPairs: [(UInt32, UInt32)] { decode(encodedTraditional) }

    /// For a simplified character, the traditional one ICU's `Hans-Hant` gives (one table
    /// built from `HanSimplification+Traditional.swift`: opening ICU's transliterator costs
    /// about 13 ms, more than linting a plan).
    static let traditionalTable: [UInt32: UInt32] = Dictionary(traditionalPairs, uniquingKeysWith: { first, _ in first })

    /// `value` in traditional characters: itself when it has no traditional form.
    static func traditional(_ value: UInt32) -> UInt32 { traditionalTable[value] ?? value }

    /// What `scalar` normalises to: itself when nothing changes it.
    @inline(__always)
    static func map(_ value: UInt32) -> UInt32 {
        if value < 0x10000 {
            let mapped = bmp[Int(value)]
            if mapped == 0 { return value }
            return mapped == viaSupplementary ? supplementary[value] ?? value : UInt32(mapped)
        }
        return supplementary[value] ?? value
    }

    /// Han blocks the table was generated over.
    static let hanRanges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F]

    /// Simplified (GB2312) characters ICU still maps, e.g. 俱 → 具 would turn 与时俱进 into
    /// 与时具进 and 著 → 着 would break 显著. 後 and 於 stay mappable: simplified text hardly
    /// uses them and traditional text uses them constantly; so do 徵 (a plan never means the
    /// musical note, and traditional text writes every 征集 and 征文 so) and 夥 (合作夥伴).
    static let keptAsWritten: Set<UInt32> = Set("乾俱吒姊摺箝苎菸著藉跤阪麴麽".unicodeScalars.map(\.value))

    /// Variant characters that converters write for simplified ones and ICU's `Hant-Hans`
    /// leaves alone (or, for 諮, maps to the older 谘), applied over its pairs. OpenCC's `s2t`
    /// writes 咨询 as 諮詢 and 粽子 as 糉子, its Hong Kong table 卫生 as 衞生 and 台 as 枱: without
    /// these, a plan converted to traditional script loses its 咨询, and a hospital's plan every
    /// 卫生. Each maps one BMP character to one, and none is a simplified character with a
    /// meaning of its own. Hong Kong writes 匯, 館, 鎮, 歲 and 抬 as HKSCS's 滙, 舘, 鎭, 嵗 and 擡
    /// (工作滙報, 文化舘, 青山鎭工會): without them a Hong Kong report reads as no report and a
    /// town's union as no town's.
    static let variants: [(UInt32, UInt32)] = [
        ("諮", "咨"), ("谘", "咨"), ("衞", "卫"), ("峯", "峰"), ("嶽", "岳"), ("敍", "叙"), ("糉", "粽"), ("糭", "粽"),
        ("麪", "面"), ("枱", "台"), ("衹", "只"), ("滙", "汇"), ("舘", "馆"), ("鎭", "镇"), ("嵗", "岁"), ("擡", "抬"),
    ].map { (from: Character, to: Character) in (from.unicodeScalars.first!.value, to.unicodeScalars.first!.value) }
}
