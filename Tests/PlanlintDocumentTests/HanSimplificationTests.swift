import Foundation
import Testing

@testable import PlanlintDocument

/// The built-in traditional → simplified table must be what ICU's `Hant-Hans` transform gives
/// for each single Han character of this toolchain. `PLANLINT_UPDATE_HAN_TABLE=1 swift test
/// --filter HanSimplificationTests` rewrites `HanSimplification+Pairs.swift` from ICU.
@Suite struct HanSimplificationTests {
    @Test func tableMatchesICUForEveryHanCharacter() throws {
        let expected = Self.pairsFromICU()
        let actual = HanSimplification.pairs
        if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_HAN_TABLE"] == "1" {
            try Self.write(expected, name: "encodedPairs", file: "HanSimplification+Pairs.swift",
                           transform: "Hant-Hans", what: "traditional then simplified")
            return
        }
        #expect(actual.count == expected.count)
        let missing = expected.filter { pair in !actual.contains { $0 == pair } }
        let extra = actual.filter { pair in !expected.contains { $0 == pair } }
        #expect(missing.isEmpty, "ICU maps these, the table does not: \(Self.describe(missing.prefix(20)))")
        #expect(extra.isEmpty, "the table maps these, ICU does not: \(Self.describe(extra.prefix(20)))")
    }

    /// The simplified → traditional table is ICU's `Hans-Hant` for each simplified character
    /// of the pairs whose answer normalises back to it (`PLANLINT_UPDATE_HAN_TABLE=1` rewrites
    /// `HanSimplification+Traditional.swift` too).
    @Test func traditionalTableMatchesICU() throws {
        let expected = Self.traditionalFromICU()
        if ProcessInfo.processInfo.environment["PLANLINT_UPDATE_HAN_TABLE"] == "1" {
            try Self.write(expected, name: "encodedTraditional", file: "HanSimplification+Traditional.swift",
                           transform: "Hans-Hant", what: "simplified then traditional")
            return
        }
        let actual = HanSimplification.traditionalPairs
        #expect(actual.count == expected.count)
        #expect(zip(actual, expected).allSatisfy { $0 == $1 }, "regenerate with PLANLINT_UPDATE_HAN_TABLE=1")
        #expect(expected.count > 2_000)
        for (simplified, traditional) in expected { #expect(HanSimplification.map(traditional) == simplified) }
    }

    @Test func everyPairIsHanAndChanges() {
        for (from, to) in HanSimplification.pairs {
            #expect(from != to)
            #expect(HanSimplification.hanRanges.contains { $0.contains(from) })
            let variant = HanSimplification.variants.first { $0.0 == from || $0.0 == to }?.1
            #expect(HanSimplification.map(from) == variant ?? to)
        }
    }

    @Test func supplementaryCharactersMapBothWays() throws {
        let pair = try #require(HanSimplification.pairs.first { $0.0 >= 0x10000 || $0.1 >= 0x10000 })
        #expect(HanSimplification.map(pair.0) == pair.1)
        let text = String(String.UnicodeScalarView([Unicode.Scalar(pair.0)!, "會"]))
        let normalized = ScriptNormalizer.normalize(text)
        #expect(normalized.unicodeScalars.map(\.value) == [pair.1, 0x4F1A])
    }

    @Test func charactersOutsideTheTableStay() {
        for value: UInt32 in [0x41, 0x4E00, 0x5B66, 0x3001, 0x1F600, 0x10FFFF] {
            #expect(HanSimplification.map(value) == value)
        }
        for value in HanSimplification.keptAsWritten { #expect(HanSimplification.map(value) == value) }
    }

    /// What converters write for simplified characters and ICU leaves alone still reads as
    /// the simplified text the rules are written in: 諮詢 (OpenCC's s2t), 衞生 (its Hong Kong
    /// table), 徵集 and 夥伴 (which ICU maps but the table once kept as written).
    @Test func convertersVariantsReadAsSimplified() {
        let pairs = [
            ("每月開展一次法律諮詢", "每月开展一次法律咨询"), ("社區衞生服務中心", "社区卫生服务中心"), ("三月徵集職代會提案", "三月征集职代会提案"),
            ("端午節包糉子", "端午节包粽子"), ("合作夥伴", "合作伙伴"), ("送去米麪油", "送去米面油"), ("攀登高峯", "攀登高峰"),
            // Hong Kong's HKSCS forms.
            ("年度工作滙報", "年度工作汇报"), ("區文化舘工會", "区文化馆工会"), ("青山鎭工會", "青山镇工会"), ("年滿六十嵗", "年满六十岁"),
            ("擡高標準", "抬高标准"),
        ]
        for (written, read) in pairs { #expect(ScriptNormalizer.normalize(written) == read, "\(written)") }
        for (from, to) in HanSimplification.variants {
            #expect(HanSimplification.map(from) == to)
            // A variant ICU maps must be one whose answer is itself a variant (諮 → 谘 → 咨);
            // otherwise ICU has learnt it and the variant can go.
            if let icu = HanSimplification.pairs.first(where: { $0.0 == from })?.1 {
                #expect(HanSimplification.variants.contains { $0 == (icu, to) }, "ICU maps \(Unicode.Scalar(from)!) now: drop it from the variants")
            }
        }
        // Simplified characters the variants must not touch.
        for word in ["咨询", "卫生", "征集", "伙伴", "显著", "慰藉"] { #expect(ScriptNormalizer.normalize(word) == word) }
    }

    /// Every Han scalar through ICU in one call, one per line; kept when the result is one
    /// other scalar and the source is not a simplified character ICU would wrongly rewrite.
    static func pairsFromICU() -> [(UInt32, UInt32)] {
        let scalars = HanSimplification.hanRanges.flatMap { $0.filter { Unicode.Scalar($0) != nil } }
        return singleScalarResults(of: scalars, through: "Hant-Hans").filter { !HanSimplification.keptAsWritten.contains($0.0) }
    }

    /// Each simplified character of the pairs through ICU's `Hans-Hant`, kept when the answer
    /// is one other character that normalises back to it.
    static func traditionalFromICU() -> [(UInt32, UInt32)] {
        let targets = Set(HanSimplification.pairs.map(\.1)).sorted()
        return singleScalarResults(of: targets, through: "Hans-Hant").filter { HanSimplification.map($0.1) == $0.0 }
    }

    /// Each scalar through an ICU transform, all in one call, one per line: the pairs whose
    /// result is one other scalar.
    static func singleScalarResults(of scalars: [UInt32], through transform: String) -> [(UInt32, UInt32)] {
        var joined = String.UnicodeScalarView()
        for (index, value) in scalars.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(Unicode.Scalar(value)!)
        }
        let output = String(joined).applyingTransform(StringTransform(transform), reverse: false) ?? ""
        let pieces = output.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        precondition(pieces.count == scalars.count, "ICU merged or split lines")
        return zip(scalars, pieces).compactMap { value, piece in
            guard piece.count == 1, let mapped = piece.first?.value, mapped != value else { return nil }
            return (value, mapped)
        }
    }

    static func describe<S: Sequence>(_ pairs: S) -> String where S.Element == (UInt32, UInt32) {
        pairs.map { "\(Unicode.Scalar($0.0)!)→\(Unicode.Scalar($0.1)!)" }.joined(separator: " ")
    }

    static func write(_ pairs: [(UInt32, UInt32)], name: String, file: String, transform: String, what: String) throws {
        var lines: [String] = []
        for start in stride(from: 0, to: pairs.count, by: 32) {
            let chunk = pairs[start..<min(start + 32, pairs.count)]
            lines.append("        " + chunk.map { "\(Unicode.Scalar($0.0)!)\(Unicode.Scalar($0.1)!)" }.joined())
        }
        let source = """
            // Generated by Tests/PlanlintDocumentTests/HanSimplificationTests.swift from ICU's
            // \(transform) transform (PLANLINT_UPDATE_HAN_TABLE=1); do not edit by hand.
            extension HanSimplification {
                /// \(pairs.count) pairs, \(what), one after the other.
                static let \(name) = \"\"\"
            \(lines.joined(separator: "\\\n"))
                    \"\"\"
            }

            """
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/PlanlintDocument/\(file)").standardized
        try Data(source.utf8).write(to: url, options: .atomic)
    }
}
