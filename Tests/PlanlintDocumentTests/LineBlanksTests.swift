import Testing
@testable import PlanlintDocument

@Suite struct LineBlanksTests {
    @Test func skipsSpacesTabsAndIdeographicSpaces() {
        let text = Array(" \t\u{3000}\u{3000}一、指导思想".utf8)
        #expect(LineBlanks.end(in: text, from: 0) == 8)
        #expect(LineBlanks.end(in: text, from: 8) == 8)
        #expect(LineBlanks.end(in: Array("   ".utf8), from: 1) == 3)
        #expect(LineBlanks.end(in: [UInt8](), from: 0) == 0)
    }

    /// A line break, a no-break space (C2 A0) and an ideographic comma (E3 80 81), which shares
    /// the ideographic space's first two bytes, are no blanks; nor is a space's cut-off tail.
    @Test func stopsAtEverythingElse() {
        #expect(LineBlanks.end(in: Array(" \n ".utf8), from: 0) == 1)
        #expect(LineBlanks.end(in: Array("\u{A0}x".utf8), from: 0) == 0)
        #expect(LineBlanks.end(in: Array(" 、".utf8), from: 0) == 1)
        #expect(LineBlanks.end(in: [0x20, 0xE3, 0x80], from: 0) == 1)
    }

    @Test func readsBufferPointersAsArrays() {
        let text = Array("\u{3000} 3月召开职代会".utf8)
        let end = text.withUnsafeBufferPointer { LineBlanks.end(in: $0, from: 0) }
        #expect(end == LineBlanks.end(in: text, from: 0))
        #expect(end == 4)
    }
}
