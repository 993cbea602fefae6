import PlanlintReporters
import Testing

/// Every format rendered from the fixed fixtures and compared with the files under
/// Tests/Fixtures/reporters/golden (`PLANLINT_UPDATE_GOLDEN=1` rewrites them).
@Suite struct GoldenTests {
    let reports = ReportFixtures.reports()

    @Test(arguments: ReportFormat.allCases)
    func matchesGolden(format: ReportFormat) throws {
        let output = format.reporter.render(reports, options: ReportFixtures.options())
        try Golden.check("report.\(format.rawValue).\(format.fileExtension)", output)
        // Rendering is a pure function: a second run gives the same bytes.
        #expect(format.reporter.render(reports, options: ReportFixtures.options()) == output)
    }

    @Test func humanEnglishAndColour() throws {
        try Golden.check("report.human.en.txt", HumanReporter().render(reports, options: ReportFixtures.options(language: .en)))
        try Golden.check("report.human.color.txt", HumanReporter().render(reports, options: ReportFixtures.options(color: true)))
    }
}

@Suite struct ReportFormatTests {
    @Test func everyFormatHasItsReporter() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["human", "json", "sarif", "junit", "github", "markdown", "html"])
        for format in ReportFormat.allCases {
            #expect(type(of: format.reporter).identifier == format.rawValue)
        }
        #expect(ReportFormat(rawValue: "sarif") == .sarif)
        #expect(ReportFormat(rawValue: "xml") == nil)
    }

    /// `streaming` is the reporter itself exactly when it streams.
    @Test func streamingFormatsAreTheStreamingReporters() {
        for format in ReportFormat.allCases {
            #expect((format.reporter is any StreamingReporter) == (format.reporter.streaming != nil), "\(format)")
            if let streaming = format.reporter.streaming {
                #expect(type(of: streaming).identifier == format.rawValue)
            }
        }
        #expect(ReportFormat.allCases.filter { $0.reporter.streaming != nil } == [.human, .json, .sarif, .junit, .github])
    }

    @Test func emptyRunsRenderInEveryFormat() {
        for format in ReportFormat.allCases {
            let output = format.reporter.render([], options: ReportFixtures.options())
            if format == .github {
                #expect(output.isEmpty)
            } else {
                #expect(!output.isEmpty, "\(format)")
            }
        }
    }
}
