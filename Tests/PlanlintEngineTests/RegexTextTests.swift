import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// The UTF-16 copy the regex backends read, against the standard library's own UTF-16.
@Suite struct RegexTextTests {
    @Test func unitsAndOffsetsAgreeWithTheStandardLibrary() {
        // One- to four-byte scalars, astral ones among them (a surrogate pair in UTF-16).
        let alphabet = Array("aZ9\té工會、😀𠀀\u{2028}".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<200 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                lines.append(RandomText.scalars(from: alphabet, length: 0...20, using: &generator))
            }
            let text = RegexText(bytes: Array(lines.joined(separator: "\n").utf8))
            var start = 0
            var regions: [(Range<Int>, String)] = []
            for line in lines {
                regions.append((start..<(start + line.utf8.count), line))
                start += line.utf8.count + 1
            }
            // Asked for out of order, and twice, as patterns do.
            for (region, line) in regions.shuffled(using: &generator) + regions {
                let unitRange = text.unitRange(of: region)
                #expect(Array(text.units[unitRange]) == Array(line.utf16))
                // Every scalar boundary maps back to its byte offset; the middle of a
                // surrogate pair maps to nothing.
                var byteOffset = region.lowerBound
                var unit = unitRange.lowerBound
                for scalar in line.unicodeScalars {
                    #expect(text.byteOffset(ofUnit: unit, in: unitRange, of: region) == byteOffset)
                    if scalar.utf16.count == 2 {
                        #expect(text.byteOffset(ofUnit: unit + 1, in: unitRange, of: region) == nil)
                    }
                    unit += scalar.utf16.count
                    byteOffset += scalar.utf8.count
                }
                #expect(text.byteOffset(ofUnit: unitRange.upperBound, in: unitRange, of: region) == region.upperBound)
            }
        }
    }
}
