import Foundation
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine
import Testing

@Suite struct RegexBackendTests {
    /// The hand-written transcoder against Swift's own, with one-, two-, three- and
    /// four-byte scalars at every position.
    @Test func utf16FormAgreesWithSwift() {
        let alphabet = Array("a Z9、工會职😀𠀀é\u{2028}".unicodeScalars)
        var generator = SplitMix(seed: 11)
        for _ in 0..<400 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...20, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
            let string = String(scalars)
            let text = RegexText(bytes: Array(string.utf8))
            #expect(text.utf16.units == Array(string.utf16))
            var expected: [Int32] = []
            var byte = 0
            for scalar in string.unicodeScalars {
                for _ in 0..<scalar.utf16.count { expected.append(Int32(byte)) }
                #expect(text.unitOffset(ofByte: byte) == expected.count - scalar.utf16.count)
                byte += scalar.utf8.count
            }
            expected.append(Int32(byte))
            #expect(text.utf16.offsets == expected)
            #expect(text.unitOffset(ofByte: byte) == expected.count - 1)
            for unit in 0..<expected.count {
                let insidePair = unit > 0 && unit < expected.count - 1 && expected[unit] == expected[unit - 1]
                #expect(text.byteOffset(ofUnit: unit) == (insidePair ? nil : Int(expected[unit])))
            }
        }
    }

    /// Every line of the Examples and random lines made of each pattern's own characters,
    /// searched line by line through `NSRegularExpression` and through the other backend.
    @Test func backendsFindTheSameMatches() throws {
        let pack = CompiledPack(pack: try BundledRules.pack.get())
        let examples = LintTestSupport.packageRoot.appendingPathComponent("Examples")
        var lines = try FileManager.default.contentsOfDirectory(atPath: examples.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .flatMap { name in
                ((try? String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)) ?? "")
                    .split(separator: "\n").map { ScriptNormalizer.normalize(String($0)) }
            }
        // Anchors, word boundaries, look-behind, empty matches and astral scalars, whose
        // offsets differ most between UTF-16 and UTF-8.
        let patterns = pack.patternFilters.map(\.pattern) + ["^一", "年$", "\\bab\\b", "(?<=第)[一二三]", "x*", "😀+工", ".{2}"]
        var generator = SplitMix(seed: 5)
        var matches = 0
        for pattern in patterns {
            let alphabet = Array(Set(pattern.unicodeScalars.filter { !"\\()[]{}?*+|^$.".unicodeScalars.contains($0) }))
                + Array("0123456789 年月日、第一ab😀工".unicodeScalars)
            for _ in 0..<200 {
                var line = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 0...14, using: &generator) { line.append(alphabet.randomElement(using: &generator)!) }
                lines.append(String(line))
            }
            let bytes = Array(lines.joined(separator: "\n").utf8)
            var regions: [Range<Int>] = []
            var start = 0
            for line in lines {
                regions.append(start..<(start + line.utf8.count))
                start += line.utf8.count + 1
            }
            let text = RegexText(bytes: bytes)
            let reference = try #require(FoundationRegex(pattern)).matches(in: text, regions: regions)
            #expect(try #require(LazyRegex.compile(pattern)).matches(in: text, regions: regions) == reference, "\(pattern)")
            matches += reference.count
            lines.removeLast(200)
        }
        #expect(matches > 1000, "the backends were compared on too few matches")
    }

    @Test func refusedPatternsCompileToNothing() {
        #expect(LazyRegex.compile("(unclosed") == nil)
        #expect(FoundationRegex("[z-a]") == nil)
        #expect(LazyRegex("[z-a]").regex == nil)
    }
}
