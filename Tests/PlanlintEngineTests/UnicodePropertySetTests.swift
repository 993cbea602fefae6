import Testing
@testable import PlanlintEngine

@Suite struct UnicodePropertySetTests {
    /// The built-in `\p{Han}` is what ICU reads for it; on a toolchain whose ICU knows more
    /// Han characters, update `UnicodePropertySet+Han.swift` from this test's message.
    @Test func builtInHanRangesAreICUs() throws {
        #if canImport(_FoundationICU)
        let fromICU = try #require(UnicodePropertySet.read("Han"))
        #expect(UnicodePropertySet.hanRanges == fromICU, "ICU's \\p{Han}: \(fromICU.map { "0x\(String($0.lowerBound, radix: 16, uppercase: true))...0x\(String($0.upperBound, radix: 16, uppercase: true))" })")
        #endif
        #expect(UnicodePropertySet.ranges(of: "Han") == UnicodePropertySet.hanRanges)
        #expect(UnicodePropertySet.hanRanges.contains { $0.contains(0x5DE5) })  // 工
    }

    @Test func otherPropertiesComeFromICU() {
        #if canImport(_FoundationICU)
        let digits = UnicodePropertySet.ranges(of: "Nd")
        #expect(digits?.first == 0x30...0x39)
        #expect(UnicodePropertySet.ranges(of: "NoSuchProperty") == nil)
        #endif
    }
}
