import Foundation

/// The Han script a text is written in, and a word rewritten into it. Rules are written in
/// simplified characters and match a traditional plan through normalisation, but what they
/// put back (a substitute's replacement) must read as the plan does: 服務 in a Taiwan plan,
/// not 服务 (which a Big5 file could not even hold).
public enum HanScript: Sendable, Equatable {
    case simplified
    case traditional

    /// How much of a text `of(utf8:)` reads: a plan does not change script halfway, and
    /// the decision is made for every plan that gets a replacement.
    static let sampleBytes = 6_000

    /// Traditional when at least one Han character in five of the first few thousand bytes
    /// is one normalisation rewrites: a traditional plan has three or four in ten, a
    /// simplified one none but a quoted name, a page that compiles plans in both scripts
    /// something between (its traditional stretches are caught word by word, by
    /// `holdsTraditional`).
    public static func of(utf8 text: UnsafeBufferPointer<UInt8>) -> HanScript {
        var han = 0
        var rewritten = 0
        var index = 0
        let end = min(text.count, sampleBytes)
        while index < end {
            let (value, length) = UTF8Scalar.decode(text, at: index)
            if isHan(value) {
                han += 1
                if HanSimplification.map(value) != value { rewritten += 1 }
            }
            index += max(length, 1)
        }
        return han > 0 && rewritten * 5 >= han ? .traditional : .simplified
    }

    /// Whether any of `scalars` is a Han character normalisation rewrites into simplified.
    public static func holdsTraditional(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        scalars.contains { isHan($0.value) && HanSimplification.map($0.value) != $0.value }
    }

    /// `text` in this script: as it is for simplified, through ICU's Hans-Hant transform
    /// for traditional (Foundation keeps the transform open between calls).
    public func spell(_ text: String) -> String {
        guard self == .traditional else { return text }
        return text.applyingTransform(StringTransform("Hans-Hant"), reverse: false) ?? text
    }

    private static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x20000...0x3134F).contains(value)
    }
}
