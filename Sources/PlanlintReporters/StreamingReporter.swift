import PlanlintEngine

/// A reporter that writes its output file by file, so a run over thousands of plans never
/// holds every report (or the whole output) in memory. Its `render` is the stream's text
/// joined, so streamed and rendered output are the same bytes by construction.
public protocol StreamingReporter: Reporter {
    associatedtype Stream: ReportStream
    func stream(options: ReportOptions) -> Stream
}

/// The state of one streamed report: text for each file in order, then the closing text.
///
/// A file's text comes in two steps so that the costly one can run on the linting threads:
/// `part(for:)` renders the file without touching the stream's state (the CLI calls it on
/// whichever core linted the file), and `text(for:part:)` joins the parts in input order
/// (separators, totals).
///
/// Text is UTF-8 bytes, written as it is: a report runs to hundreds of megabytes, and
/// making a `String` of every part validated all of it once more.
public protocol ReportStream: Sendable {
    func part(for report: FileReport) -> [UInt8]
    mutating func text(for report: FileReport, part: [UInt8]) -> [UInt8]
    mutating func finish() -> [UInt8]
    /// The closing text handed on in pieces, for a stream that keeps many files' text until
    /// the end (JUnit): joining them first would hold it twice. By default, `finish()`.
    mutating func finish(writing write: ([UInt8]) -> Void)
}

extension ReportStream {
    public mutating func finish(writing write: ([UInt8]) -> Void) {
        write(finish())
    }

    /// Both steps at once, for callers that render in order anyway.
    public mutating func text(for report: FileReport) -> [UInt8] {
        text(for: report, part: part(for: report))
    }
}

extension StreamingReporter {
    public var streaming: (any StreamingReporter)? { self }

    public func render(_ reports: [FileReport], options: ReportOptions) -> String {
        var stream = stream(options: options)
        var output: [UInt8] = []
        for report in reports { output += stream.text(for: report) }
        stream.finish { output += $0 }
        return String(decoding: output, as: UTF8.self)
    }
}
