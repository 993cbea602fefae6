import PlanlintEngine

/// A reporter that writes its output file by file, so a run over thousands of plans never
/// holds every report (or the whole output) in memory. Its `render` is the stream's text
/// joined, so streamed and rendered output are the same bytes by construction.
public protocol StreamingReporter: Reporter {
    associatedtype Stream: ReportStream
    func stream(options: ReportOptions) -> Stream
}

/// The state of one streamed report: text for each file in order, then the closing text.
public protocol ReportStream {
    mutating func text(for report: FileReport) -> String
    mutating func finish() -> String
}

extension StreamingReporter {
    public func render(_ reports: [FileReport], options: ReportOptions) -> String {
        var stream = stream(options: options)
        var output = ""
        for report in reports { output += stream.text(for: report) }
        return output + stream.finish()
    }
}
