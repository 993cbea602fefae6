import PlanlintEngine

/// Placeholder; replaced below.
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public init() {}
    public func render(_ reports: [FileReport], options: ReportOptions) -> String { "" }
}
