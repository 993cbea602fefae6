import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDEs).
///
/// Columns are Unicode code points (`columnKind: unicodeCodePoints`), matching planlint's
/// positions; relative paths are given against `%SRCROOT%`. Files that could not be read are
/// reported as tool execution notifications rather than results, and make the invocation
/// unsuccessful, so a dashboard does not take a partly checked run for a clean one.
public struct SarifReporter: StreamingReporter, Sendable {
    public static let identifier = "sarif"
    /// The `$schema` written into the log.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public init() {}

    public func stream(options: ReportOptions) -> Stream {
        Stream(reporter: self, options: options)
    }

    /// The driver's rule descriptors: one per rule of the pack, then planlint's own
    /// `planlint.unknown-suppression`, which any run can report; a rule outside both (a check
    /// an embedding program adds) is described after them once it has reported.
    static func descriptors(of rules: RulePack) -> [RuleDescriptor] {
        var descriptors = rules.rules.map(RuleDescriptor.init(rule:))
        if !descriptors.contains(where: { $0.id == Suppressions.unknownRuleID }) {
            descriptors.append(.unknownSuppression)
        }
        return descriptors
    }

    func result(_ finding: Finding, path: String, ruleIndex: Int?, language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "ruleId": .string(finding.ruleID),
            "level": .string(Self.level(finding.severity)),
            "kind": .string("fail"),
            "message": .object(["text": .string(finding.message.text(language))]),
            "locations": .array([.object(["physicalLocation": .object([
                "artifactLocation": artifactLocation(path),
                "region": region(start: finding.start, end: finding.end, snippet: Self.coveredText(finding)),
                "contextRegion": .object([
                    "startLine": .int(max(finding.start.line, 1)),
                    "endLine": .int(max(finding.start.line, 1)),
                    "snippet": .object(["text": .string(finding.evidence)]),
                ]),
            ])])]),
            "partialFingerprints": .object([
                "planlintFinding/v1": .string(Self.fingerprint(finding)),
            ]),
            "properties": .object([
                "category": .string(finding.category.rawValue),
                "theme": .string(finding.theme),
                "section": .array(finding.sectionPath.map(JSONValue.string)),
            ]),
        ]
        if let ruleIndex { members["ruleIndex"] = .int(ruleIndex) }
        if let fix = finding.fix {
            let description = finding.suggestion?.text(language) ?? finding.message.text(language)
            members["fixes"] = .array([.object([
                "description": .object(["text": .string(description)]),
                "artifactChanges": .array([.object([
                    "artifactLocation": artifactLocation(path),
                    "replacements": .array([.object([
                        "deletedRegion": region(start: fix.start, end: fix.end, snippet: nil),
                        "insertedContent": .object(["text": .string(fix.replacement)]),
                    ])]),
                ])]),
            ])])
        }
        return .object(members)
    }

    func region(start: SourcePosition, end: SourcePosition, snippet: String?) -> JSONValue {
        var members: [String: JSONValue] = [
            "startLine": .int(max(start.line, 1)),
            "startColumn": .int(max(start.column, 1)),
            "endLine": .int(max(end.line, start.line, 1)),
            "endColumn": .int(max(end.column, 1)),
        ]
        if let snippet, !snippet.isEmpty { members["snippet"] = .object(["text": .string(snippet)]) }
        return .object(members)
    }

    func artifactLocation(_ path: String) -> JSONValue {
        if path.hasPrefix("/") {
            return .object(["uri": .string("file://" + Self.percentEncoded(path))])
        }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return .object(["uri": .string(Self.percentEncoded(String(relative))), "uriBaseId": .string("%SRCROOT%")])
    }

    /// The part of the evidence the finding covers: `region.snippet` is the region's own
    /// text, while the whole excerpt goes to `contextRegion`.
    static func coveredText(_ finding: Finding) -> String {
        let scalars = Array(finding.evidence.unicodeScalars)
        let start = min(max(finding.evidenceColumn - 1, 0), scalars.count)
        let end = min(start + max(finding.evidenceLength, 0), scalars.count)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Percent-encodes everything but unreserved characters and `/`, so paths with spaces
    /// or Chinese names become valid URI references.
    public static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// A fingerprint that survives edits elsewhere in the file: rule, section and evidence,
    /// not line numbers (FNV-1a, 64 bit, hex).
    public static func fingerprint(_ finding: Finding) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let key = [finding.ruleID, finding.sectionPath.joined(separator: "/"), finding.evidence].joined(separator: "\u{1F}")
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The Semantic Versioning 2.0 check SARIF's `semanticVersion` needs: `MAJOR.MINOR.PATCH`
/// with optional pre-release and build parts.
enum SemanticVersion {
    static func isValid(_ version: String) -> Bool {
        let core = version.split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}

extension JSONValue {
    /// An object without its null members (SARIF forbids null where a value is optional).
    var droppingNulls: JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { $0.value != .null })
    }
}
