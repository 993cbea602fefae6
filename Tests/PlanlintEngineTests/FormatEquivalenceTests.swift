import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
@testable import PlanlintEngine

/// The same plan in another encoding or container must give the same findings as its UTF-8
/// original (for .docx, compared by paragraph: rule, message and column, not line number).
@Suite struct FormatEquivalenceTests {
    static let seeds = ["003_36a26e66576a21e0", "004_2c286f3c8993bd62"]

    func report(_ path: URL) throws -> FileReport {
        let linter = Linter(rules: try BundledRules.pack.get())
        return linter.lint(try DocumentReader.read(path: path.path))
    }

    func keyed(_ report: FileReport, withLines: Bool) -> [String] {
        report.findings.map { finding in
            (withLines ? "\(finding.start.line):" : "") + "\(finding.start.column) \(finding.ruleID) \(finding.message.zh)"
        }.sorted()
    }

    @Test(arguments: seeds)
    func textEncodingsMatchTheOriginal(seed: String) throws {
        let original = try report(LintTestSupport.corpus.appendingPathComponent("seeds/\(seed).txt"))
        #expect(!original.findings.isEmpty)
        for variant in ["gb18030", "utf16le-bom", "crlf"] {
            let other = try report(LintTestSupport.corpus.appendingPathComponent("formats/\(seed).\(variant).txt"))
            #expect(keyed(other, withLines: true) == keyed(original, withLines: true), "\(variant)")
            #expect(other.metadata == original.metadata, "\(variant)")
        }
    }

    /// A traditional plan saved in Big5 (Taiwan, Hong Kong) gives the findings of its UTF-8
    /// original: read as GB18030, its bytes would be nonsense with nothing found.
    @Test(arguments: ["hospital-traditional.txt", "federation-traditional.txt"])
    func big5MatchesTheOriginal(name: String) throws {
        let url = LintTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/corpus-expectations/\(name)")
        let original = try report(url)
        #expect(!original.findings.isEmpty)
        let text = try String(contentsOf: url, encoding: .utf8)
        let big5 = try #require(TextEncoder.encode(text, encoding: .big5, byteOrderMark: false))
        let document = try DocumentReader.read(data: Data(big5), path: name, format: .text)
        #expect(document.source?.encoding == .big5)
        let other = Linter(rules: try BundledRules.pack.get()).lint(document)
        #expect(keyed(other, withLines: true) == keyed(original, withLines: true))
        #expect(other.metadata == original.metadata)
    }

    @Test(arguments: seeds)
    func docxMatchesTheOriginalByParagraph(seed: String) throws {
        let original = try report(LintTestSupport.corpus.appendingPathComponent("seeds/\(seed).txt"))
        let docx = try report(LintTestSupport.corpus.appendingPathComponent("formats/\(seed).libreoffice.docx"))
        #expect(keyed(docx, withLines: false) == keyed(original, withLines: false))
        // Each docx finding's line is a paragraph whose text equals the original line's.
        let document = try DocumentReader.read(path: LintTestSupport.corpus.appendingPathComponent("formats/\(seed).libreoffice.docx").path)
        for finding in docx.findings where finding.category != .missing {
            #expect(document.lines.originalText(ofLine: finding.start.line).contains(finding.evidence.trimmingCharacters(in: CharacterSet(charactersIn: "…"))))
        }
    }

    @Test(arguments: seeds)
    func styledDocxKeepsTheTextFindings(seed: String) throws {
        let original = try report(LintTestSupport.corpus.appendingPathComponent("seeds/\(seed).txt"))
        let docx = try report(LintTestSupport.corpus.appendingPathComponent("formats/\(seed).pandoc-headings.docx"))
        // Heading styles may change the section tree, never the text-level defects; pandoc
        // rewrites some punctuation, so columns are not compared, and it read the plan's
        // blanks (坚持__，) as Markdown emphasis marks and dropped them, so the .docx really
        // lacks those placeholders.
        let textDefects: (FileReport) -> [String] = { report in
            report.findings.filter { $0.theme == "hygiene" && !$0.message.zh.contains("「__」") }
                .map { "\($0.ruleID) \($0.message.zh)" }.sorted()
        }
        #expect(textDefects(docx) == textDefects(original))
        #expect(docx.metadata?.year == original.metadata?.year)
    }
}
