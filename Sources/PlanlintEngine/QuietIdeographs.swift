/// The ideographs (U+4E00–U+9FFF) one of `SignalScanner`'s scans reads, as a bit table: any
/// other ideograph is quiet to it, ending whatever figure came before it and starting
/// none, so that the scan passes over a run of them with a look-up each. Most of a plan's
/// scalars are such ideographs.
struct QuietIdeographs: Sendable {
    private let bits: [UInt64]

    /// What `hasNumber` reads: the Chinese digits, the measure words, 学, 课 and 小 before
    /// 时 (hours), 分 of 分之, 余 and 多 after a numeral.
    static let forNumbers = QuietIdeographs(reading: "零一二三四五六七八九十两百千半次个项名人场期批家届户位元万天周所支篇份件册本间台处学课小分余多")

    /// What `hasTimeFigure` reads: the Chinese digits, 月, 日, 号 and 周 after a figure, and 至
    /// joining two.
    static let forTimes = QuietIdeographs(reading: "零一二三四五六七八九十两百千半月日号周至")

    init(reading read: String) {
        var bits = [UInt64](repeating: 0, count: Self.span / 64)
        for scalar in read.unicodeScalars {
            let offset = Int(scalar.value) - Self.first
            precondition(offset >= 0 && offset < Self.span, "not a unified ideograph: \(scalar)")
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.bits = bits
    }

    private static let first = 0x4E00
    private static let span = 0xA000 - 0x4E00

    /// The index past the run of such ideographs that starts at `index`.
    @inline(__always)
    func runEnd(in scalars: [Unicode.Scalar], from index: Int) -> Int {
        var end = index
        while end < scalars.count, holds(scalars[end]) { end += 1 }
        return end
    }

    /// Whether `scalar` is an ideograph the scan does not read.
    @inline(__always)
    func holds(_ scalar: Unicode.Scalar) -> Bool {
        let offset = Int(scalar.value) &- Self.first
        return UInt(bitPattern: offset) < UInt(Self.span) && bits[offset &>> 6] & (1 &<< UInt64(offset & 63)) == 0
    }
}
