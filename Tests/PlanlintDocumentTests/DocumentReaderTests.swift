import Foundation
import Testing

@testable import PlanlintDocument

@Suite struct DocumentReaderTests {
    @Test func readsEveryEncodingToTheSameNormalisedText() throws {
        let reference = try DocumentReader.read(path: Fixtures.document("plan.txt"))
        for name in ["plan.gb18030.txt", "plan.utf16le.txt", "plan.utf16be.txt", "plan.crlf.txt"] {
            let document = try DocumentReader.read(path: Fixtures.document(name))
            #expect(document.normalized == reference.normalized, "\(name)")
            #expect(document.headings == reference.headings, "\(name)")
        }
        #expect(try DocumentReader.read(path: Fixtures.document("plan.crlf.txt")).source?.lineEnding == .crlf)
    }

    @Test func readsStandardInputBytesWithAGivenName() throws {
        let data = try Fixtures.data("plan.gb18030.txt")
        let document = try DocumentReader.read(data: data, path: "stdin.txt", format: .text)
        #expect(document.path == "stdin.txt")
        #expect(document.source?.encoding == .gb18030)
        #expect(document.metadata.title == "2024年星河小学工会工作计划")
    }

    @Test func unknownExtensionIsUnsupported() {
        #expect(throws: DocumentError(path: "plan.pdf", reason: .unsupportedFormat)) {
            try DocumentReader.read(path: "plan.pdf")
        }
    }

    /// An older Word or WPS file, or a PDF, is told what to send instead; other types are not.
    @Test func wordProcessorFilesAreToldToBeSavedAsDocx() {
        let doc = DocumentError(path: "计划.DOC", reason: .unsupportedFormat)
        #expect(doc.description.hasSuffix("; save it as .docx in Word or WPS and check that"))
        #expect(doc.chineseDescription.hasSuffix("；请在 Word 或 WPS 中另存为 .docx 后再检查"))
        #expect(DocumentError(path: "a/计划.wps", reason: .unsupportedFormat).chineseDescription.contains("另存为 .docx"))
        #expect(DocumentError(path: "计划.pdf", reason: .unsupportedFormat).description.contains("copy its text into a .txt"))
        let other = DocumentError(path: "plan.xlsx", reason: .unsupportedFormat)
        #expect(other.description == "plan.xlsx: unsupported file type (expected .txt, .md or .docx)")
        #expect(DocumentError(path: "doc/plan", reason: .unsupportedFormat).chineseDescription.hasSuffix("（应为 .txt、.md 或 .docx）"))
    }

    @Test func missingFileIsUnreadableAndNamesTheFile() {
        let path = "/nonexistent/计划.txt"
        #expect {
            try DocumentReader.read(path: path)
        } throws: { error in
            guard let error = error as? DocumentError, case .unreadable = error.reason else { return false }
            return error.description.hasPrefix(path)
        }
    }

    @Test func oversizedFileIsRefusedBeforeReading() {
        let path = Fixtures.document("plan.txt")
        #expect {
            try DocumentReader.read(path: path, limits: DocumentLimits(maxBytes: 100))
        } throws: { error in
            guard let error = error as? DocumentError, case .tooLarge(let bytes, 100) = error.reason else { return false }
            return bytes > 100
        }
    }

    @Test func emptyDataIsEmpty() {
        #expect(throws: DocumentError(path: "e.md", reason: .empty)) {
            try DocumentReader.read(data: Data(), path: "e.md", format: .markdown)
        }
    }

    @Test(arguments: [
        ("blank.txt", DocumentFormat.text, " \r\n\t\n\u{3000}\n"),
        ("code.md", DocumentFormat.markdown, "```\n2025年工会工作计划\n```\n<!-- 草稿 -->\n"),
    ])
    func fileWithoutTextIsRefused(_ path: String, _ format: DocumentFormat, _ text: String) {
        #expect(throws: DocumentError(path: path, reason: .noText)) {
            try DocumentReader.read(data: Data(text.utf8), path: path, format: format)
        }
        // One character of text is a document.
        #expect((try? DocumentReader.read(data: Data((text + "计划\n").utf8), path: path, format: format)) != nil)
    }

    @Test func textEntryPointNeverThrows() {
        let empty = DocumentReader.document(text: "")
        #expect(empty.lines.count == 1)
        #expect(empty.blocks.isEmpty)
        #expect(empty.sections.nodes.count == 1)
        let document = DocumentReader.document(text: "\u{FEFF}一、总则\n正文。", path: "x.txt")
        #expect(document.path == "x.txt")
        #expect(document.headings.count == 1)
        #expect(document.text(document.headings[0].range) == "一、总则")
    }
}
