import PlanlintDocument
import Testing

@testable import PlanlintLSP

@Suite struct LSPPositionTests {
    @Test func scalarColumnsBecomeUTF16Offsets() {
        // "𠀀" is one scalar but two UTF-16 code units; "工" is one of each.
        let lines = ["𠀀工会", "第二行"]
        #expect(LanguageServer.position(of: SourcePosition(line: 1, column: 2), lines: lines) == .init(line: 0, character: 2))
        #expect(LanguageServer.position(of: SourcePosition(line: 1, column: 3), lines: lines) == .init(line: 0, character: 3))
        #expect(LanguageServer.position(of: SourcePosition(line: 2, column: 1), lines: lines) == .init(line: 1, character: 0))
        // The end of a line (exclusive end of a finding at the line's end).
        #expect(LanguageServer.position(of: SourcePosition(line: 1, column: 4), lines: lines) == .init(line: 0, character: 4))
    }

    @Test func rangedChangeIsAppliedInUTF16() {
        let json: JSON = ["start": ["line": 1, "character": 2], "end": ["line": 1, "character": 3]]
        #expect(LanguageServer.apply("X", at: json, to: "ab\n𠀀c") == "ab\n𠀀X")
    }
}
