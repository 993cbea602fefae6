import PlanlintTestSupport
import Testing
@testable import PlanlintEngine

/// Scalar positions in an original line from its checkpoints, against walking the scalars.
@Suite struct OriginalLineTests {
    @Test func byteOffsetsAgreeWithAScalarWalk() {
        let alphabet = Array("a 工\u{3000}é😀\t、".unicodeScalars)
        var generator = TestRandom()
        for _ in 0..<200 {
            let text = RandomText.scalars(from: alphabet, length: 0...300, using: &generator)
            let line = OriginalLine(text)
            #expect(line.scalarCount == text.unicodeScalars.count)
            var offset = 0
            for (index, scalar) in text.unicodeScalars.enumerated() {
                #expect(line.byteOffset(ofScalar: index) == offset)
                offset += scalar.utf8.count
            }
            #expect(line.byteOffset(ofScalar: line.scalarCount) == text.utf8.count)
        }
    }
}
