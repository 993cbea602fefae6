import PlanlintEngine
import PlanlintRules

extension SarifReporter {
    /// The SARIF log of one run, written file by file, so a run over thousands of plans holds
    /// one file's results at a time (the whole log as one value took 2.1 GB for the 50 MB
    /// benchmark corpus).
    ///
    /// Keys are in sorted order except in the run, where `invocations` and `tool` follow
    /// `results`: whether every file was read, and which rules outside the pack reported, are
    /// known only after the last file.
    public struct Stream: ReportStream {
        let reporter: SarifReporter
        let options: ReportOptions
        /// Each described rule's place among the driver's descriptors.
        let ruleIndex: [String: Int]
        let packDescriptors: [RuleDescriptor]
        var started = false
        var hasResults = false
        var notifications: [JSONValue] = []
        /// Rules that reported without being described up front, in the order they first did.
        var reportedOutside: [RuleDescriptor] = []
        var reportedOutsideIDs: Set<String> = []

        init(reporter: SarifReporter, options: ReportOptions) {
            self.reporter = reporter
            self.options = options
            packDescriptors = SarifReporter.descriptors(of: options.rules)
            var ruleIndex: [String: Int] = [:]
            for (index, rule) in packDescriptors.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
            self.ruleIndex = ruleIndex
        }

        /// A file's results, each after the separator that follows an earlier result (the
        /// first of the log loses it in `text(for:part:)`). A result of a rule described only
        /// once it has reported carries its `ruleId` and no `ruleIndex`: its place is not known
        /// while files are rendered in parallel.
        public func part(for report: FileReport) -> [UInt8] {
            guard report.error(in: options.language) == nil else { return [] }
            var bytes: [UInt8] = []
            for finding in HumanReporter.ordered(report.findings) {
                bytes += Self.separator.utf8
                let result = reporter.result(finding, path: report.path, ruleIndex: ruleIndex[finding.ruleID], language: options.language)
                bytes += result.serialized(indentLevel: 4).utf8
            }
            return bytes
        }

        private static let separator = ",\n        "

        public mutating func text(for report: FileReport, part: [UInt8]) -> [UInt8] {
            var text = started ? [] : header()
            started = true
            if let error = report.error(in: options.language) {
                notifications.append(.object([
                    "level": .string("error"),
                    "message": .object(["text": .string(error)]),
                    "locations": .array([.object(["physicalLocation": .object(["artifactLocation": reporter.artifactLocation(report.path)])])]),
                ]))
                return text
            }
            for finding in report.findings where ruleIndex[finding.ruleID] == nil && reportedOutsideIDs.insert(finding.ruleID).inserted {
                reportedOutside.append(RuleDescriptor(finding: finding))
            }
            guard !part.isEmpty else { return text }
            text += hasResults ? part[...] : part.dropFirst()
            hasResults = true
            return text
        }

        public mutating func finish() -> [UInt8] {
            var text = started ? "" : String(decoding: header(), as: UTF8.self)
            text += hasResults ? "\n      ]" : "]"
            let invocation: JSONValue = .object([
                // False when a file could not be read: the run did not check everything.
                "executionSuccessful": .bool(notifications.isEmpty),
                "toolExecutionNotifications": .array(notifications),
            ])
            text += ",\n      \"invocations\": " + JSONValue.array([invocation]).serialized(indentLevel: 3)
            let driver: JSONValue = .object([
                "name": .string("planlint"),
                "version": .string(options.toolVersion),
                "semanticVersion": SemanticVersion.isValid(options.toolVersion) ? .string(options.toolVersion) : .null,
                "informationUri": .optional(options.informationURI),
                "rules": .array((packDescriptors + reportedOutside).map { $0.json(language: options.language) }),
            ]).droppingNulls
            text += ",\n      \"tool\": " + JSONValue.object(["driver": driver]).serialized(indentLevel: 3)
            text += "\n    }\n  ],\n  \"version\": \"2.1.0\"\n}\n"
            return Array(text.utf8)
        }

        /// Everything before the first result.
        private func header() -> [UInt8] {
            let base: JSONValue = .object([
                "%SRCROOT%": .object(["description": .object(["text": .string("The directory planlint was run from.")])]),
            ])
            let text = "{\n  \"$schema\": " + JSONValue.string(SarifReporter.schemaURI).serialized(indentLevel: 1)
                + ",\n  \"runs\": [\n    {\n      \"columnKind\": \"unicodeCodePoints\",\n      \"originalUriBaseIds\": "
                + base.serialized(indentLevel: 3) + ",\n      \"results\": ["
            return Array(text.utf8)
        }
    }
}
