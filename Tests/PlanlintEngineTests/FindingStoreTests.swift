import PlanlintDocument
import PlanlintRules
import Testing
@testable import PlanlintEngine

/// The store of a plan's excerpts: pieces stay where they were put while others follow
/// (across full blocks, and pieces larger than a block), and a finding's evidence reads the
/// same whether made by the linter, set as a string or read as bytes.
@Suite struct FindingStoreTests {
    @Test func storedBytesStayPutAcrossBlocks() {
        let arena = FindingStore()
        var pieces: [(UnsafeBufferPointer<UInt8>, [UInt8])] = []
        // Sizes that fill several blocks, one larger than a block, and empty ones.
        let sizes = [0, 1, 7, 300, FindingStore.blockSize - 5, 12, FindingStore.blockSize + 3, 90, 0, 4_000, 4_000, 4_000, 4_000, 5]
        for (index, size) in sizes.enumerated() {
            let expected = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            let stored = arena.store(count: size) { buffer in
                for offset in 0..<size { buffer[offset] = expected[offset] }
            }
            pieces.append((stored, expected))
        }
        for (stored, expected) in pieces {
            #expect(Array(stored) == expected)
        }
    }

    @Test func evidenceGivenAsAStringReadsBack() {
        for text in ["", "a", "…某某县总工会召开职代会…", String(repeating: "職工之家", count: 5_000)] {
            let evidence = FindingEvidence(text)
            #expect(evidence.text == text && evidence.text.utf8.elementsEqual(text.utf8))
            #expect(evidence.bytes.count == text.utf8.count)
        }
    }

    @Test func findingsEvidenceReadsTheSameAsStringAndAsBytes() throws {
        let rule = "kind: forbid\nmatch: [效劳]"
        let filler = String(repeating: "为全体职工做好各项工作，", count: 4)
        let report = try LintTestSupport.lint("某某县总工会2025年工作计划\n\(filler)全心全意为广大职工效劳，效劳\n", rule: rule)
        #expect(report.findings.count == 2)
        for finding in report.findings {
            let bytes = finding.withEvidenceUTF8 { Array($0) }
            #expect(!bytes.isEmpty && bytes == Array(finding.evidence.utf8))
            #expect(finding.evidence.contains("效劳"))
        }
        // Set by hand, the evidence is the string given, bytes and all; equality follows it.
        var edited = try #require(report.findings.first)
        #expect(edited == report.findings[0])
        edited.evidence = "新的摘录"
        #expect(edited.evidence == "新的摘录" && edited.withEvidenceUTF8 { Array($0) } == Array("新的摘录".utf8))
        #expect(edited != report.findings[0])
        edited.evidence = report.findings[0].evidence
        #expect(edited == report.findings[0])
    }
}
