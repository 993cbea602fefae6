import Foundation
import PlanlintEngine
import PlanlintReporters
import Testing

/// The HTML report in a real browser (headless Chromium): the screenshot is a real page,
/// not a blank one (`PLANLINT_UPDATE_GOLDEN=1` also saves it as docs/report.png), printing
/// gives A4 pages with every plan open, and the sorting script works.
@Suite struct ChromiumTests {
    static let chromium = ExternalTool.which("chromium") ?? ExternalTool.which("chromium-browser") ?? ExternalTool.which("google-chrome")

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH; install it (apt-get install chromium) to render the HTML report"))
    func rendersNonBlankScreenshot() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let png = directory.appendingPathComponent("report.png")
        // The report of Examples/, as `planlint Examples/ --format html` writes it.
        let examples = try ExamplesFixtures.load()
        let html = HTMLReporter().render(
            examples.reports, options: ReportOptions(toolVersion: PlanlintVersion.current, rules: examples.rules))
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(Self.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--screenshot=\(png.path)", "--window-size=1280,1600", page.absoluteString,
        ])
        let data = try #require(try? Data(contentsOf: png), "chromium wrote no screenshot: \(result.output)")
        #expect(data.count > 20_000, "screenshot is only \(data.count) bytes")
        let bytes = [UInt8](data)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16...23.
        func be32(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1280)
        #expect(be32(20) == 1600)
        if let variety = try Self.pixelVariety(png) {
            #expect(variety > 50, "only \(variety) distinct byte values: the page looks blank")
        }
        if Golden.updating {
            try? FileManager.default.removeItem(at: TestPaths.packageRoot.appendingPathComponent("docs/report.png"))
            try FileManager.default.copyItem(at: png, to: TestPaths.packageRoot.appendingPathComponent("docs/report.png"))
        }
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH; install it (apt-get install chromium) to print the HTML report"))
    func printsEachPlanOnItsOwnPageWithAllPlansOpen() throws {
        // Four plans start collapsed on screen; printed, they must come out as if all were open.
        let reports = Array(ReportFixtures.reports().prefix(2)) + Array(ReportFixtures.reports().prefix(2))
        let collapsed = try printedPDF(HTMLReporter().render(reports, options: ReportFixtures.options()))
        let expanded = try printedPDF(HTMLReporter(expandUpTo: 10).render(reports, options: ReportFixtures.options()))
        let pages = Self.pageCount(collapsed)
        // The overview, then each plan on a page of its own; the school plans with their text need more.
        #expect(pages > 1 + reports.count, "only \(pages) pages")
        #expect(pages == Self.pageCount(expanded), "collapsed plans were not opened for printing")
        // A4 is 595.3 × 841.9 pt (Chromium writes 594.96 × 841.92); Letter would be 612 × 792.
        #expect(collapsed.contains("/MediaBox [0 0 594.9") || collapsed.contains("/MediaBox [0 0 595"), "not A4")
    }

    func printedPDF(_ html: String) throws -> String {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let pdf = directory.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(Self.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        let data = try #require(try? Data(contentsOf: pdf), "chromium wrote no PDF: \(result.output)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH; install it (apt-get install chromium) to run the report's script"))
    func clickingAHeaderSortsTheOverview() throws {
        let reports = ReportFixtures.reports()  // completeness 44%, 75%, unreadable
        var html = HTMLReporter().render(reports, options: ReportFixtures.options())
        // Click "完整度" (5th column) once: numeric columns sort descending first.
        let click = "<script>document.querySelector('table.matrix thead th:nth-child(5) button').click();</script>"
        html = html.replacingOccurrences(of: "</body>", with: click + "</body>")
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(Self.chromium!, [
            "--headless", "--no-sandbox", "--disable-gpu",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--dump-dom", page.absoluteString,
        ])
        let order = result.output.components(separatedBy: "<tr data-index=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(order == [2, 1, 3], "rows after sorting: \(order)")
        #expect(result.output.contains("aria-sort=\"descending\""))
    }

    /// Page objects ("/Type /Page", not the "/Type /Pages" tree nodes).
    static func pageCount(_ pdf: String) -> Int {
        pdf.components(separatedBy: "/Type /Page").count - pdf.components(separatedBy: "/Type /Pages").count
    }

    /// Distinct byte values in the decompressed image data (python's zlib; no PIL needed).
    /// A single-colour page has a handful; a rendered report has hundreds.
    static func pixelVariety(_ png: URL) throws -> Int? {
        guard let python = ExternalTool.which("python3") else { return nil }
        let script = """
        import sys, struct, zlib
        data = open(sys.argv[1], 'rb').read()
        pos, idat = 8, b''
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            if kind == b'IDAT':
                idat += data[pos + 8:pos + 8 + length]
            pos += 12 + length
        print(len(set(zlib.decompress(idat))))
        """
        let result = try ExternalTool.run(python, ["-c", script, png.path])
        return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
