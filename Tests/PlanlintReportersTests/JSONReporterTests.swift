import PlanlintTestSupport
import Foundation
import PlanlintEngine
@testable import PlanlintReporters
import PlanlintRules
import Testing

/// The JSON report decoded back, field by field as docs/output-formats.md describes it.
private struct DecodedReport: Decodable {
    struct File: Decodable {
        var path: String
        var title: String?
        var profile: String?
        var year: Int?
        var kind: String?
        var error: String?
        var findings: [Finding]
        var checks: [Check]
        var summary: [String: Int]
    }

    struct Finding: Decodable {
        var rule: String
        var severity: String
        var category: String
        var theme: String
        var message: String
        var line: Int
        var column: Int
        var end_line: Int
        var end_column: Int
        var section: [String]
        var evidence: String
        var fix: Fix?
        var suggestion: String?
        var basis: String
    }

    struct Fix: Decodable {
        var replacement: String
        var line: Int
        var column: Int
        var end_line: Int
        var end_column: Int
    }

    struct Check: Decodable {
        var rule: String
        var theme: String
        var status: String
        var items_found: [String]
        var items_missing: [String]
        var `where`: Place?
    }

    struct Place: Decodable {
        var line: Int
        var column: Int
        var evidence: String
    }

    var schema_version: Int
    var version: String
    var files: [File]
    var summary: [String: Int]
}

@Suite struct JSONReporterTests {
    let output = JSONReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    @Test(.enabled(if: ExternalTool.hasJSONSchema, "python3 with the jsonschema package is not installed"))
    func validatesAgainstThePublishedSchema() throws {
        let errors = try ExternalTool.validate(json: output, schema: TestPaths.jsonSchema)
        #expect(errors == nil, "\(errors ?? "")")
        let empty = JSONReporter().render([], options: ReportFixtures.options())
        #expect(try ExternalTool.validate(json: empty, schema: TestPaths.jsonSchema) == nil)
    }

    @Test(.enabled(if: ExternalTool.hasJSONSchema, "python3 with the jsonschema package is not installed"))
    func schemaRejectsAMalformedReport() throws {
        // Guards against a schema so loose that the validation above could never fail.
        let broken = output.replacingOccurrences(of: "\"category\": \"defect\"", with: "\"category\": \"typo\"")
        #expect(broken != output)
        #expect(try ExternalTool.validate(json: broken, schema: TestPaths.jsonSchema) != nil)
        let extra = output.replacingOccurrences(of: "\"schema_version\": 1", with: "\"schema_version\": 1, \"surprise\": true")
        #expect(try ExternalTool.validate(json: extra, schema: TestPaths.jsonSchema) != nil)
    }

    /// The fixed strings written for categories and severities are their raw values quoted.
    @Test func fixedStringsAreTheQuotedRawValues() {
        for category in FindingCategory.allCases {
            #expect(JSONReporter.quoted(category).description == "\"\(category.rawValue)\"")
        }
        for severity in Severity.allCases {
            #expect(JSONReporter.quoted(severity).description == "\"\(severity.rawValue)\"")
        }
    }

    @Test func schemaListsEveryProfile() throws {
        // The schema is written by hand; a profile added to the model must be added there too.
        let data = try Data(contentsOf: TestPaths.jsonSchema)
        let schema = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let file = try #require((schema["$defs"] as? [String: Any])?["file"] as? [String: Any])
        let profile = try #require((file["properties"] as? [String: Any])?["profile"] as? [String: Any])
        let values = try #require(profile["enum"] as? [Any])
        #expect(Set(values.compactMap { $0 as? String }) == Set(OrganisationProfile.allCases.map(\.rawValue)))
        #expect(values.contains { $0 is NSNull })
    }

    @Test func decodesBackWithTheDocumentedFields() throws {
        let report = try JSONDecoder().decode(DecodedReport.self, from: Data(output.utf8))
        #expect(report.schema_version == 1)
        #expect(report.version == "1.2.0")
        #expect(report.files.map(\.path) == ["plans/2025年某中学工会工作计划.txt", "plans/市人民医院工会2025年工作要点.md", "plans/损坏的计划.docx"])
        let school = report.files[0]
        #expect(school.title == "某中学工会2025年工作计划")
        #expect(school.profile == "school")
        #expect(school.year == 2025)
        #expect(school.kind == "plan")
        #expect(school.error == nil)
        #expect(school.findings.count == 5)
        let zhanghu = try #require(school.findings.first { $0.rule == "hygiene.zhanghu" })
        #expect(zhanghu.category == "defect")
        #expect(zhanghu.severity == "warning")
        #expect((zhanghu.line, zhanghu.column, zhanghu.end_line, zhanghu.end_column) == (9, 20, 9, 22))
        #expect(zhanghu.fix?.replacement == "账户")
        #expect(zhanghu.fix?.column == 20)
        #expect(zhanghu.section == ["三、经费管理"])
        #expect(zhanghu.message == "“帐户”应写作“账户”")
        #expect(school.checks.first { $0.rule == "funds.budget" }?.items_missing == ["预算编制", "经审会审查"])
        // A pass says where it was satisfied; other results and passes without a place say nothing.
        let culture = try #require(school.checks.first { $0.rule == "welfare.culture-sports" }?.where)
        #expect((culture.line, culture.column) == (7, 6))
        #expect(culture.evidence == "（三）开展“职工之家”建设，丰富教职工文体活动。")
        #expect(school.checks.filter { $0.where != nil }.map(\.rule) == ["welfare.culture-sports"])
        #expect(school.summary == ["missing": 2, "weak": 1, "defect": 2, "error": 2, "warning": 2, "info": 1])
        let broken = report.files[2]
        #expect(broken.error == "plans/损坏的计划.docx: 不是有效的 .docx 文件（ZIP 结构损坏）")
        #expect(broken.title == nil && broken.findings.isEmpty)
        #expect(report.summary == ["files": 3, "files_with_errors": 1, "missing": 3, "weak": 2, "defect": 2, "error": 3, "warning": 2, "info": 2])
    }

    @Test func fixIsNullAndErrorAbsentWhenNotApplicable() throws {
        let object = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        let congress = try #require(findings.first { $0["rule"] as? String == "democracy.workers-congress" })
        #expect(congress.keys.contains("fix"))
        #expect(congress["fix"] is NSNull)
        #expect(!files[0].keys.contains("error"))
        #expect(files[2].keys.contains("error"))
    }

    @Test func keysAreSortedAndOutputIsStable() {
        let again = JSONReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())
        #expect(again == output)
        // Top-level keys (indented by two spaces) appear in sorted order.
        let positions = ["files", "schema_version", "summary", "version"].map { output.range(of: "\n  \"\($0)\": ")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(output.contains("\"path\": \"plans/2025年某中学工会工作计划.txt\""))  // no \/ and no \u escapes
    }

    /// `set_aside` is written only for a file whose content rules did not run, in its place
    /// among the sorted keys, and the published schema accepts it.
    @Test func setAsideIsWrittenOnlyWhereContentRulesDidNotRun() throws {
        var summary = ReportFixtures.hospitalReport()
        summary.contentSetAside = .documentKind(.summary)
        var offTopic = ReportFixtures.hospitalReport()
        offTopic.contentSetAside = .offTopic
        let text = JSONReporter().render([summary, offTopic, ReportFixtures.schoolReport()], options: ReportFixtures.options())
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["set_aside"] as? String } == ["summary", "off-topic", nil])
        #expect(!files[2].keys.contains("set_aside"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(text == (try JSONValue(parsed)).serialized(pretty: true) + "\n")
        if ExternalTool.hasJSONSchema {
            #expect(try ExternalTool.validate(json: text, schema: TestPaths.jsonSchema) == nil)
            let wrong = text.replacingOccurrences(of: "\"set_aside\": \"summary\"", with: "\"set_aside\": \"report\"")
            #expect(try ExternalTool.validate(json: wrong, schema: TestPaths.jsonSchema) != nil)
        }
    }

    @Test func englishMessages() {
        let english = JSONReporter().render(ReportFixtures.reports(), options: ReportFixtures.options(language: .en))
        #expect(english.contains("\"message\": \"Write 账户, not 帐户\""))
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\nd\u{1}\u{2028}/").serialized() == "\"a\\\"b\\\\c\\nd\\u0001\\u2028/\"")
        #expect(JSONValue.object(["b": .int(1), "a": .array([]), "B": .null]).serialized(pretty: false) == "{\"B\":null,\"a\":[],\"b\":1}")
    }
}

/// The report is written member by member in an order given by hand; it must be exactly
/// the canonical serialisation of its own content (keys sorted, the layout of `JSONValue`).
@Suite struct JSONStreamTests {
    @Test(arguments: [0, 1, 3])
    func reportIsItsOwnSortedSerialisation(files: Int) throws {
        let reports = Array(ReportFixtures.reports().prefix(files))
        for language in Language.allCases {
            let text = JSONReporter().render(reports, options: ReportFixtures.options(language: language))
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            #expect(text == (try JSONValue(parsed)).serialized(pretty: true) + "\n")
        }
    }

    /// A file's part is written into an array sized from its findings; one that outgrows
    /// the estimate (a very long message) is copied out and must read the same.
    @Test func reportLargerThanItsEstimateStaysExact() throws {
        var report = ReportFixtures.schoolReport()
        let long = String(repeating: "工会“经费”\\预算", count: 2000)
        report.findings[0].message = LocalizedText(zh: long, en: long)
        let text = JSONReporter().render([report], options: ReportFixtures.options())
        #expect(text.utf8.count > 4096 + 200 * report.checks.count + 1280 * report.findings.count)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        #expect(text == (try JSONValue(parsed)).serialized(pretty: true) + "\n")
        #expect(text.contains(String(repeating: "工会“经费”\\\\预算", count: 2000)))
    }

    @Test func fixturesCoverEveryOptionalMember() {
        let reports = ReportFixtures.reports()
        #expect(reports.contains { $0.error != nil })
        #expect(reports.contains { $0.metadata?.year != nil })
        #expect(reports.flatMap(\.findings).contains { $0.fix != nil })
        #expect(reports.flatMap(\.findings).contains { $0.suggestion != nil })
        #expect(reports.flatMap(\.findings).contains { $0.suggestion == nil })
        #expect(reports.flatMap(\.checks).contains { !$0.itemsFound.isEmpty })
        #expect(reports.flatMap(\.checks).contains { !$0.itemsMissing.isEmpty })
        #expect(reports.flatMap(\.checks).contains { $0.satisfiedAt != nil })
    }

    /// The word-at-a-time skip against a scalar-by-scalar escape, with every special
    /// character at every offset of a word and between multi-byte text.
    @Test func escapingAgreesWithAScalarByScalarReference() {
        func reference(_ text: String) -> String {
            var result = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": result += "\\\""
                case "\\": result += "\\\\"
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case "\u{2028}": result += "\\u2028"
                case "\u{2029}": result += "\\u2029"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result + "\""
        }
        let specials: [String] = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "“", "—", "…", "\u{7F}", " ", "工"]
        var generator = TestRandom()
        for special in specials {
            for offset in 0..<17 {
                let text = String(repeating: "a", count: offset) + special + "职工之家" + String(repeating: "b", count: 17 - offset)
                #expect(JSONValue.string(text).serialized() == reference(text))
            }
        }
        // At the very end of short strings and at their start: the last bytes are looked at
        // as one padded word.
        for special in specials {
            for length in 0..<17 {
                for text in [String(repeating: "A", count: length) + special, special + String(repeating: "A", count: length)] {
                    #expect(JSONValue.string(text).serialized() == reference(text))
                }
            }
        }
        for _ in 0..<300 {
            let text = RandomText.joined(from: specials, count: 0...39, using: &generator)
            #expect(JSONValue.string(text).serialized() == reference(text))
        }
    }

    @Test func writerLayout() {
        var writer = JSONWriter(pretty: false)
        writer.openArray()
        for number in [0, -7, 1_000_000, Int.min, Int.max] {
            writer.element()
            writer.int(number)
        }
        writer.element()
        writer.openObject()
        writer.closeObject()
        writer.element()
        writer.strings([])
        writer.closeArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[0,-7,1000000,\(Int.min),\(Int.max),{},[]]")
        var pretty = JSONWriter(level: 1)
        pretty.openObject()
        pretty.key("a")
        pretty.strings(["x"])
        pretty.closeObject()
        #expect(String(decoding: pretty.bytes, as: UTF8.self) == "{\n    \"a\": [\n      \"x\"\n    ]\n  }")
    }
}

extension JSONValue {
    /// A value parsed by `JSONSerialization` (the report has no booleans, so every number is
    /// an integer).
    init(_ parsed: Any) throws {
        switch parsed {
        case is NSNull: self = .null
        case let text as String: self = .string(text)
        case let number as NSNumber: self = .int(number.intValue)
        case let values as [Any]: self = .array(try values.map(JSONValue.init))
        case let members as [String: Any]: self = .object(try members.mapValues(JSONValue.init))
        default: throw CocoaError(.coderInvalidValue)
        }
    }
}

extension JSONReporterTests {
    @Test func keysSortByTheirUTF8Bytes() {
        let keys = ["b", "a", "ab", "", "é", "z", "Z", "工会", "ﬁ", "a\u{301}", "🙂", "~"]
        let expected = keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(keys.sorted(by: JSONValue.precedes) == expected)
    }
}
