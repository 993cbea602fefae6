import Foundation
import Testing
import ZIPFoundation

@testable import PlanlintDocument

@Suite struct DocxReaderTests {
    @Test func oneLinePerParagraphWithTabsAndBreaks() throws {
        let document = try DocumentReader.read(path: Fixtures.document("styled.docx"))
        #expect(document.format == .docx)
        #expect(document.source == nil)
        #expect(document.lines.count == 10)
        #expect(document.lines.originalText(ofLine: 4) == "")
        // A line break (w:br) ends the line, as Word shows it (DocxLineBreakTests).
        #expect(document.lines.originalText(ofLine: 7) == "1、召开\t教代会")
        #expect(document.lines.originalText(ofLine: 8) == "审议报告。")
        // mc:Fallback repeats mc:Choice and must not double the text.
        #expect(document.lines.originalText(ofLine: 10) == "框内文字")
    }

    @Test func headingLevelsComeFromStylesAndOutlineLevels() throws {
        let document = try DocumentReader.read(path: Fixtures.document("styled.docx"))
        let byLine = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.line, $0) })
        #expect(byLine[1] == nil || byLine[1]?.source != .styled(level: 1))  // Title is not a heading level
        #expect(byLine[2]?.source == .styled(level: 1))  // Heading1 with outlineLvl 0
        #expect(byLine[5]?.source == .styled(level: 2))  // custom id based on "heading 2"
        #expect(byLine[6]?.source == .styled(level: 3))  // Chinese Word's bare "3"
        #expect(byLine[6]?.numbering == Numbering(style: .parenChinese, value: 1))
        #expect(byLine[9]?.source == .styled(level: 2))  // direct outline level 1
        #expect(byLine[7]?.source == .numbering)
        #expect(byLine[7]?.depth == 4)
    }

    @Test func levelNamesParse() {
        #expect(DocxStylesParser.levelFromName("Heading2") == 2)
        #expect(DocxStylesParser.levelFromName("heading 3") == 3)
        #expect(DocxStylesParser.levelFromName("标题 1") == 1)
        #expect(DocxStylesParser.levelFromName("2") == 2)
        #expect(DocxStylesParser.levelFromName("Normal") == nil)
    }

    @Test(arguments: [
        ("not-a-zip.docx", "not a zip archive"), ("no-document.docx", "no word/document.xml"),
    ])
    func invalidContainersAreReported(name: String, reason: String) {
        let path = Fixtures.document(name)
        #expect(throws: DocumentError(path: path, reason: .invalidDocx(reason))) {
            try DocumentReader.read(path: path)
        }
    }

    @Test func truncatedArchiveIsInvalidDocx() {
        let path = Fixtures.document("truncated.docx")
        #expect {
            try DocumentReader.read(path: path)
        } throws: { error in
            guard let error = error as? DocumentError, case .invalidDocx = error.reason else { return false }
            return error.path == path
        }
    }

    @Test func inflationBeyondTheBudgetIsRefused() throws {
        let path = Fixtures.document("bomb.docx")
        // Within the default budget the archive inflates in full, to a body without text.
        #expect(throws: DocumentError(path: path, reason: .noText)) { try DocumentReader.read(path: path) }
        let limits = DocumentLimits(maxDocxUncompressedBytes: 1024 * 1024)
        #expect {
            try DocumentReader.read(path: path, limits: limits)
        } throws: { error in
            guard let error = error as? DocumentError, case .invalidDocx(let why) = error.reason else { return false }
            return why.contains("limit")
        }
    }

    @Test func entryCountIsBounded() {
        let limits = DocumentLimits(maxDocxEntries: 2)
        let path = Fixtures.document("styled.docx")
        #expect(throws: DocumentError(path: path, reason: .invalidDocx("more than 2 entries"))) {
            try DocumentReader.read(path: path, limits: limits)
        }
    }

    @Test func xmlDepthIsBounded() throws {
        let path = Fixtures.document("deep.docx")
        #expect(throws: DocumentError(path: path, reason: .invalidDocx("XML nested deeper than 256 elements"))) {
            try DocumentReader.read(path: path)
        }
        let relaxed = DocumentLimits(maxXMLDepth: 1000)
        #expect(try DocumentReader.read(path: path, limits: relaxed).lines.originalText(ofLine: 1) == "深")
    }

    @Test func externalEntitiesAreNotResolved() throws {
        let path = Fixtures.document("external-entity.docx")
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-hostname-file"
        if let document = try? DocumentReader.read(path: path) {
            #expect(!document.lines.originalLines.joined().contains(hostname))
        }
    }
}

@Suite struct DocxTrackedChangesTests {
    /// A plan under review: what it reads as with the changes accepted, each moved sentence once.
    @Test func deletedAndMovedAwayTextIsNotRead() throws {
        let document = try DocumentReader.read(path: Fixtures.document("tracked-changes.docx"))
        #expect(document.lines.originalLines == ["为广大职工服务。", "删去之后。", "", "中间一段。", "三月召开职代会。"])
    }
}

@Suite struct DocxHiddenTextTests {
    /// A .docx holding only word/document.xml with `body` as the body, built with ZIPFoundation.
    static func docx(body: String) throws -> Data {
        let xml = Data(("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            """ + body + "</w:body></w:document>").utf8)
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) {
            position, size in xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return try #require(archive.data)
    }

    static func lines(_ body: String) throws -> [String] {
        try DocumentReader.read(data: docx(body: body), path: "hidden.docx", format: .docx).lines.originalLines
    }

    @Test func hiddenRunsAreNotRead() throws {
        let body = """
            <w:p><w:r><w:t>召开</w:t></w:r><w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t>审稿意见：删去</w:t><w:tab/></w:r>\
            <w:r><w:t>职代会。</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:vanish w:val="true"/></w:rPr><w:t>整段隐藏</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:vanish w:val="1"/></w:rPr><w:t>甲</w:t></w:r><w:r><w:t>乙</w:t></w:r></w:p>
            """
        #expect(try Self.lines(body) == ["召开职代会。", "", "乙"])
    }

    /// Turned off, vanish shows the run; a paragraph mark's vanish (pPr > rPr) hides only the
    /// mark, and a tracked formatting change's old vanish (rPrChange) is no longer in force.
    @Test func vanishThatHidesNoRunLeavesTheTextIn() throws {
        let body = """
            <w:p><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>一、</w:t></w:r>\
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>目标</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>标记隐藏</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rPrChange w:id="1" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr>\
            <w:t>改过格式</w:t></w:r></w:p>
            """
        #expect(try Self.lines(body) == ["一、目标", "标记隐藏", "改过格式"])
    }

    /// A text box inside a hidden run is hidden with it; the run after the hidden one is not.
    @Test func textInsideAHiddenRunIsHiddenToo() throws {
        let body = """
            <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p>\
            </w:txbxContent></w:pict></w:r><w:r><w:t>正文</w:t></w:r></w:p>
            """
        #expect(try Self.lines(body).joined() == "正文")
    }
}
