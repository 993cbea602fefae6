import Foundation
import Testing
@testable import PlanlintRules

/// Keeps `docs/planlint-rules.schema.json` and `docs/rules.md` in step with the loader:
/// the schema's enums and per-kind field lists must equal the code's, every bundled rule
/// file must validate against the schema, and every complete rule file shown in the docs
/// must load.
///
/// Schema validation runs `python3` with PyYAML and jsonschema; without them those tests
/// are skipped (the reason is printed) and the code-level checks still run.
@Suite struct RuleSchemaTests {
    /// The package root: three levels up from this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = root.appendingPathComponent("docs/planlint-rules.schema.json")
    static let rulesDocURL = root.appendingPathComponent("docs/rules.md")
    static let rulesURL = root.appendingPathComponent("Rules")

    // MARK: - The schema against the code

    @Test func kindEnumEqualsRuleKindNames() throws {
        let kind = try RuleSchema.load().rule.object("properties").object("kind")
        #expect(try kind.strings("enum") == RuleKind.names)
    }

    @Test func perKindFieldsEqualTheDecoders() throws {
        let rule = try RuleSchema.load().rule
        let conditions = try rule.array("allOf")
        var seen: [String] = []
        for condition in conditions {
            let kind = try #require(
                (try condition.object("if").object("properties").object("kind").value["const"]) as? String,
                "every allOf entry of the rule schema must be an if/then on kind")
            seen.append(kind)
            let properties = try condition.object("then").object("properties").value
            let own = properties.filter { !RuleSchema.isFalse($0.value) }.map(\.key)
            let refused = properties.filter { RuleSchema.isFalse($0.value) }.map(\.key)
            let expected = Set(RuleKindDecoder.fields[kind] ?? [])
            #expect(Set(own) == expected, "fields of kind '\(kind)'")
            #expect(Set(refused) == RuleKindDecoder.allKindFields.subtracting(expected), "fields refused for kind '\(kind)'")
            let required = (try? condition.object("then").strings("required")) ?? []
            #expect(Set(required).isSubset(of: expected), "required fields of kind '\(kind)'")
        }
        #expect(seen == RuleKind.names, "one if/then per kind, in RuleKind.names order")
    }

    @Test func commonFieldsEqualTheDecoders() throws {
        let rule = try RuleSchema.load().rule
        let properties = Set(try rule.object("properties").value.keys)
        #expect(properties == Set(RuleDecoder.commonFields).union(RuleKindDecoder.allKindFields))
        #expect(Set(try rule.strings("required")) == ["id", "title", "kind", "severity", "message", "message_en", "basis"])
        #expect(try rule.object("properties").object("id").value["pattern"] as? String == RuleDecoder.idGrammar)
        #expect(rule.value["additionalProperties"].map(RuleSchema.isFalse) == true)
    }

    @Test func handWrittenIDCheckAgreesWithTheGrammar() throws {
        let grammar = try NSRegularExpression(pattern: RuleDecoder.idGrammar)
        let samples = [
            "congress.annual", "a.b", "a.b.c", "fund-lines.budget2", "x1.9", "a-.b", "a.b-",
            "", ".", "a", "a.", ".a", "a..b", "A.b", "a.B", "1a.b", "-a.b", "a.-b", "a_b.c", "a.b c",
            "会议.年度", "é.b", "congress.annual.", "z9-.0-0",
        ]
        // Plus every string of up to four characters over a small alphabet.
        let alphabet = ["a", "z", "0", "-", ".", "B"]
        var generated = [""]
        for _ in 0..<4 { generated = generated.flatMap { prefix in alphabet.map { prefix + $0 } } }
        for id in samples + generated {
            let expected = grammar.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) != nil
            #expect(RuleDecoder.isValidID(id) == expected, "\(id)")
        }
    }

    @Test func enumsEqualTheModel() throws {
        let schema = try RuleSchema.load()
        let definitions = try schema.root.object("definitions")
        #expect(try definitions.object("severity").strings("enum") == Severity.allCases.map(\.rawValue))
        #expect(try definitions.object("profile").strings("enum") == OrganisationProfile.allCases.map(\.rawValue))
        #expect(try definitions.object("scope").strings("enum") == MatchScope.allCases.map(\.rawValue))
        #expect(try definitions.object("headingScope").strings("enum") == HeadingScope.allCases.map(\.rawValue))
        #expect(try definitions.object("style").strings("enum") == SequenceSpec.styleNames)
        let signal = try definitions.object("signal").array("anyOf")
        #expect(try signal.first?.strings("enum") == Signal.allCases.map(\.rawValue))
        let profiles = try definitions.object("profiles").array("oneOf")
        #expect(try profiles.first?.strings("enum") == OrganisationProfile.allCases.map(\.rawValue) + ["all"])
    }

    // MARK: - Files against the schema

    @Test(.enabled(if: SchemaValidator.problem == nil, Comment(rawValue: SchemaValidator.skipNote)))
    func bundledRuleFilesValidateAgainstTheSchema() throws {
        let files = try Self.ruleFiles()
        #expect(!files.isEmpty, "no YAML files under \(Self.rulesURL.path)")
        let documents = try files.map { url in
            (name: "Rules/" + String(url.path.dropFirst(Self.rulesURL.path.count + 1)), text: try String(contentsOf: url, encoding: .utf8))
        }
        let results = try SchemaValidator.validate(documents)
        #expect(results.count == documents.count)
        for (name, errors) in results {
            #expect(errors.isEmpty, "\(name) does not validate against docs/planlint-rules.schema.json:\n\(errors.joined(separator: "\n"))")
        }
    }

    @Test(.enabled(if: SchemaValidator.problem == nil, Comment(rawValue: SchemaValidator.skipNote)))
    func documentedRuleFilesValidateAgainstTheSchema() throws {
        let blocks = try Self.documentedRuleFiles()
        let results = try SchemaValidator.validate(blocks.map { ($0.name, $0.text) })
        for (name, errors) in results {
            #expect(errors.isEmpty, "\(name) does not validate against the schema:\n\(errors.joined(separator: "\n"))")
        }
    }

    /// The schema and the loader agree on snippets either side of the line.
    @Test(.enabled(if: SchemaValidator.problem == nil, Comment(rawValue: SchemaValidator.skipNote)))
    func schemaAndLoaderAgree() throws {
        let header = """
              - id: sample.rule
                title: 示例
                severity: warning
                message: 示例
                message_en: Sample
                basis: 示例
            """
        let cases: [(String, Bool)] = [
            ("    kind: forbid\n    match: [小编]", true),
            ("    kind: forbid\n    match: {terms: [小编], patterns: ['共\\s*[0-9]+\\s*页']}", true),
            ("    kind: require\n    match: 职代会\n    weak_unless: [time, audit]\n    weak_scope: section", true),
            ("    kind: coverage\n    items: [{name: 元旦, terms: [元旦]}, {name: 春节, vocabulary: audit}]\n    min: 1", true),
            ("    kind: sequence\n    styles: chinese", true),
            ("    kind: duplicate", true),
            ("    kind: section\n    heading: [工作安排]\n    accept_schedule: true\n    min_chars: 20", true),
            ("    kind: substitute\n    replace: {效劳: 服务}", true),
            ("    kind: forbid\n    match: [小编]\n    only_other_years: true", true),
            ("    kind: document\n    expect: plan\n    summary_terms: [一年来]\n    plan_terms: {terms: [将]}", true),
            ("    kind: document\n    max_parts: 1", true),
            ("    kind: document\n    expect: plan\n    summary_terms: [取得了]\n    review_headings: [工作回顾]\n    ignore_plan_terms_in_summary_clauses: true", true),
            ("    kind: document\n    expect: plan\n    summary_terms: [取得了]\n    ignore_plan_terms_in_summary_clauses: [true]", false),
            ("    kind: title\n    type_terms: [工作计划]\n    review_headings: [工作回顾]", false),
            ("    kind: document\n    subject_terms: {terms: [职工], patterns: ['工会(?!计划)']}", true),
            ("    kind: title\n    type_terms: [工作计划]\n    subject_terms: [职工]", false),
            ("    kind: document\n    flag_kind: scheme", true),
            ("    kind: document\n    flag_kind: event", false),
            ("    kind: require\n    match: 职代会\n    flag_kind: scheme", false),
            ("    kind: require\n    match: 活动时间\n    when: {documents: [scheme, plan]}", true),
            ("    kind: title\n    type_terms: [工作计划]\n    require_year: false", true),
            ("    kind: title\n    type_terms: [工作计划]\n    unit_terms: [工会]\n    generic_units: [学校, 社区]", true),
            ("    kind: document\n    generic_units: [学校]", false),
            ("    kind: document\n    unfinished_end: true", true),
            ("    kind: title\n    type_terms: [工作计划]\n    unfinished_end: true", false),
            ("    kind: forbid\n    match: [小编]\n    heading: [x]", false),
            ("    kind: forbid", false),
            ("    kind: forbids\n    match: [小编]", false),
            ("    kind: forbid\n    match: [小编]\n    severty: error", false),
            ("    kind: forbid\n    match: []", false),
            ("    kind: forbid\n    match: {}", false),
            ("    kind: forbid\n    match: {term: [小编]}", false),
            ("    kind: require\n    match: 职代会\n    with_scope: line", false),
            ("    kind: require\n    match: 职代会\n    weak_unless: [time]\n    weak_heading_scope: heading", true),
            ("    kind: require\n    match: 职代会\n    weak_unless: [time]\n    weak_heading_scope: section", false),
            ("    kind: section\n    heading: [工作安排]\n    weak_heading_scope: body", false),
            ("    kind: require\n    match: 职代会\n    with: [召开]\n    with_in_schedule: true", true),
            ("    kind: require\n    match: 职代会\n    with: [召开]\n    with_in_schedule: yes please", false),
            ("    kind: forbid\n    match: [小编]\n    with_in_schedule: true", false),
            ("    kind: coverage\n    items: []", false),
            ("    kind: sequence\n    styles: [roman]", false),
            ("    kind: section\n    heading: [工作安排]\n    min_chars: 0", false),
            ("    kind: substitute\n    replace: [效劳, 服务]", false),
            ("    kind: duplicate\n    applies_to: [factory]", false),
            ("    kind: document\n    min_summary_terms: 2", false),
            ("    kind: document\n    expect: report", false),
            ("    kind: title", false),
            ("    kind: title\n    type_terms: [工作计划]\n    max_parts: 1", false),
            ("    kind: duplicate\n    when: {year_from: 2025, documents: report}", false),
            ("    kind: duplicate\n    when: {mentions: {vocabulary: audit}}", true),
            ("    kind: duplicate\n    when: {mentions: [职代会, 教代会], documents: plan}", true),
            ("    kind: duplicate\n    when: {mentions: {patterns: ['第[0-9]+届']}}", true),
            ("    kind: duplicate\n    when: {mentions: []}", false),
            ("    kind: duplicate\n    when: {mentions: {term: [职代会]}}", false),
            ("    kind: duplicate\n    when: {unless_title: [要点, 思路]}", true),
            ("    kind: duplicate\n    when: {unless_title: []}", false),
            ("    kind: duplicate\n    examples: {pass: [{text: 示例, profile: all}]}", false),
        ]
        let vocabulary = "vocabularies:\n  audit: [经审]\nrules:\n"
        var documents: [(name: String, text: String)] = []
        for (index, (body, _)) in cases.enumerated() {
            documents.append(("case \(index)", vocabulary + header + "\n" + body + "\n"))
        }
        let results = Dictionary(uniqueKeysWithValues: try SchemaValidator.validate(documents).map { ($0.name, $0.errors) })
        for (index, (body, valid)) in cases.enumerated() {
            let document = documents[index]
            let loads = (try? RuleLoader().load([RuleSource(path: "case.yaml", text: document.text)])) != nil
            let validates = results[document.name]?.isEmpty ?? false
            #expect(loads == valid, "loader on:\n\(body)")
            #expect(validates == valid, "schema on:\n\(body)\n\(results[document.name] ?? [])")
        }
    }

    // MARK: - The docs against the loader

    /// Every complete rule file in docs/rules.md loads (with the bundled vocabularies).
    @Test func documentedRuleFilesLoad() throws {
        let blocks = try Self.documentedRuleFiles()
        #expect(blocks.count >= RuleKind.names.count, "docs/rules.md should show a complete rule file for each kind")
        let vocabularies = try String(contentsOf: Self.rulesURL.appendingPathComponent("vocabularies.yaml"), encoding: .utf8)
        var kinds: Set<String> = []
        for block in blocks {
            do {
                let pack = try RuleLoader().load([
                    RuleSource(path: "Rules/vocabularies.yaml", text: vocabularies),
                    RuleSource(path: block.name, text: block.text, folderTheme: "docs"),
                ])
                kinds.formUnion(pack.rules.map(\.kind.name))
            } catch {
                Issue.record("\(block.name) does not load:\n\(error)")
            }
        }
        #expect(kinds == Set(RuleKind.names), "docs/rules.md should show a worked example of every kind")
    }

    // MARK: - Helpers

    static func ruleFiles() throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: rulesURL, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    /// The ```yaml blocks of docs/rules.md: whole rule files. Partial examples are fenced as
    /// ```yaml snippet and left out.
    static func documentedRuleFiles() throws -> [(name: String, text: String)] {
        let text = try String(contentsOf: rulesDocURL, encoding: .utf8)
        var blocks: [(name: String, text: String)] = []
        var current: [String]?
        var start = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if var lines = current {
                if line.trimmingCharacters(in: .whitespaces) == "```" {
                    blocks.append(("docs/rules.md:\(start)", lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    lines.append(line)
                    current = lines
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "```yaml" {
                current = []
                start = index + 2
            }
        }
        return blocks
    }
}

/// A JSON object of the schema, with lookups that fail with the path they were after.
struct RuleSchema {
    struct Object {
        var value: [String: Any]
        var path: String

        func object(_ key: String) throws -> Object {
            guard let child = value[key] as? [String: Any] else { throw SchemaError("\(path)/\(key) is not an object") }
            return Object(value: child, path: "\(path)/\(key)")
        }

        func array(_ key: String) throws -> [Object] {
            guard let items = value[key] as? [[String: Any]] else { throw SchemaError("\(path)/\(key) is not an array of objects") }
            return items.enumerated().map { Object(value: $0.element, path: "\(path)/\(key)/\($0.offset)") }
        }

        func strings(_ key: String) throws -> [String] {
            guard let items = value[key] as? [String] else { throw SchemaError("\(path)/\(key) is not an array of strings") }
            return items
        }
    }

    struct SchemaError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    var root: Object

    var rule: Object {
        get throws { try root.object("definitions").object("rule") }
    }

    static func load() throws -> RuleSchema {
        let data = try Data(contentsOf: RuleSchemaTests.schemaURL)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw SchemaError("the schema is not a JSON object")
        }
        return RuleSchema(root: Object(value: object, path: "#"))
    }

    /// True for the boolean schema `false` (a field refused for a kind).
    static func isFalse(_ value: Any) -> Bool {
        (value as? Bool) == false
    }
}

/// Runs the schema validation in `python3` (PyYAML + jsonschema), the validators a YAML
/// language server's schema is usually checked with.
enum SchemaValidator {
    /// Why schema validation cannot run here, or nil when it can.
    static let problem: String? = {
        do {
            let result = try run(["-c", "import yaml, jsonschema"])
            if result.status == 0 { return nil }
            let reason = result.errors.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "exit status \(result.status)"
            return "python3 with PyYAML and jsonschema is needed (\(reason))"
        } catch {
            return "python3 could not be started (\(error))"
        }
    }()

    static var skipNote: String {
        "schema validation skipped: \(problem ?? "")"
    }

    /// Loads each YAML text and validates it against docs/planlint-rules.schema.json;
    /// returns each document's errors as `path: message` lines.
    static func validate(_ documents: [(name: String, text: String)]) throws -> [(name: String, errors: [String])] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("input.json")
        let payload: [String: Any] = [
            "schema": RuleSchemaTests.schemaURL.path,
            "documents": documents.map { ["name": $0.name, "text": $0.text] },
        ]
        try JSONSerialization.data(withJSONObject: payload).write(to: input)
        let result = try run(["-c", script, input.path])
        guard result.status == 0, let data = result.output.data(using: .utf8),
            let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else {
            throw RuleSchema.SchemaError("python3 validation failed (status \(result.status)):\n\(result.errors)")
        }
        return list.map { ($0["name"] as? String ?? "?", $0["errors"] as? [String] ?? ["no result"]) }
    }

    static let script = """
        import json, sys, yaml, jsonschema
        from jsonschema.exceptions import best_match
        payload = json.load(open(sys.argv[1], encoding="utf-8"))
        schema = json.load(open(payload["schema"], encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = cls(schema)
        results = []
        for document in payload["documents"]:
            try:
                # Dates and other YAML-only scalars become text, as planlint reads every scalar as text.
                data = json.loads(json.dumps(yaml.safe_load(document["text"]), default=str))
            except yaml.YAMLError as error:
                results.append({"name": document["name"], "errors": ["YAML: %s" % error]})
                continue
            errors = []
            for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
                error = best_match([error])
                errors.append("%s: %s" % ("/".join(map(str, error.absolute_path)) or "(root)", error.message))
            results.append({"name": document["name"], "errors": errors})
        print(json.dumps(results, ensure_ascii=False))
        """

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
        let outURL = directory.appendingPathComponent("planlint-python-\(UUID().uuidString).out")
        let errURL = directory.appendingPathComponent("planlint-python-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
            FileManager.default.createFile(atPath: errURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown) }
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        // Files rather than pipes: nothing can block on a full pipe buffer.
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return Result(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
