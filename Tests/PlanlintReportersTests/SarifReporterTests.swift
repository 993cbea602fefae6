import Foundation
import PlanlintEngine
import PlanlintReporters
import PlanlintRules
import Testing

@Suite struct SarifReporterTests {
    let output = SarifReporter().render(ReportFixtures.reports(), options: ReportFixtures.options())

    func parsed() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    func run() throws -> [String: Any] {
        try #require((try parsed()["runs"] as? [[String: Any]])?.first)
    }

    @Test(.enabled(if: ExternalTool.hasJSONSchema && FileManager.default.fileExists(atPath: TestPaths.sarifSchema.path),
                   "python3 with jsonschema, or the SARIF schema in ../shared/schemas, is missing"))
    func validatesAgainstTheOfficialSchema() throws {
        #expect(try ExternalTool.validate(json: output, schema: TestPaths.sarifSchema) == nil)
        let empty = SarifReporter().render([], options: ReportOptions(toolVersion: "dev"))
        #expect(try ExternalTool.validate(json: empty, schema: TestPaths.sarifSchema) == nil)
        // The schema really checks: a bad level must be rejected.
        let broken = output.replacingOccurrences(of: "\"level\": \"note\"", with: "\"level\": \"info\"")
        #expect(broken != output)
        #expect(try ExternalTool.validate(json: broken, schema: TestPaths.sarifSchema) != nil)
    }

    @Test func driverDescribesEveryRule() throws {
        let root = try parsed()
        #expect(root["version"] as? String == "2.1.0")
        #expect((root["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let driver = try #require((try run()["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "planlint")
        #expect(driver["version"] as? String == "1.2.0")
        #expect(driver["semanticVersion"] as? String == "1.2.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // The pack's rules, then planlint's own rule for suppression comments naming no rule.
        #expect(rules.map { $0["id"] as? String } == ReportFixtures.rules.rules.map(\.id) + [Suppressions.unknownRuleID])
        let zhanghu = try #require(rules.first { $0["id"] as? String == "hygiene.zhanghu" })
        #expect((zhanghu["shortDescription"] as? [String: Any])?["text"] as? String == "规范用字：账户")
        #expect(((zhanghu["help"] as? [String: Any])?["text"] as? String)?.contains("建议：改为“账户”。") == true)
        #expect((zhanghu["properties"] as? [String: Any])?["tags"] as? [String] == ["hygiene"])
        #expect((zhanghu["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    }

    @Test func resultsPointAtTheirRulesAndRegions() throws {
        let run = try run()
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 7)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let zhanghu = try #require(results.first { $0["ruleId"] as? String == "hygiene.zhanghu" })
        let location = try #require((zhanghu["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifact["uri"] as? String == "plans/2025%E5%B9%B4%E6%9F%90%E4%B8%AD%E5%AD%A6%E5%B7%A5%E4%BC%9A%E5%B7%A5%E4%BD%9C%E8%AE%A1%E5%88%92.txt")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 9 && region["startColumn"] as? Int == 20 && region["endColumn"] as? Int == 22)
        #expect((region["snippet"] as? [String: Any])?["text"] as? String == "帐户")
        let context = try #require(location["contextRegion"] as? [String: Any])
        #expect((context["snippet"] as? [String: Any])?["text"] as? String == "严格执行工会经费收支管理办法，规范财务帐户管理。")
        let fix = try #require((zhanghu["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "账户")
        #expect((replacement["deletedRegion"] as? [String: Any])?["startColumn"] as? Int == 20)
        let info = try #require(results.first { $0["ruleId"] as? String == "structure.schedule-months" })
        #expect(info["level"] as? String == "note")
        let congress = try #require(results.first { $0["ruleId"] as? String == "democracy.workers-congress" })
        #expect(congress["fixes"] == nil)
    }

    @Test func unreadableFilesBecomeNotificationsAndFailTheInvocation() throws {
        let invocation = try #require((try run()["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(notifications[0]["level"] as? String == "error")
        #expect(((notifications[0]["message"] as? [String: Any])?["text"] as? String)?.contains("ZIP 结构损坏") == true)
        let location = try #require((notifications[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "plans/" + SarifReporter.percentEncoded("损坏的计划.docx"))
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
    }

    @Test func aRunThatReadEveryFileSucceeds() throws {
        let output = SarifReporter().render([ReportFixtures.schoolReport(withDocument: false)], options: ReportFixtures.options())
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.isEmpty == true)
    }

    @Test func fingerprintsIgnoreLineShifts() {
        let report = ReportFixtures.schoolReport(withDocument: false)
        var moved = report.findings[3]
        moved.start.line += 5
        moved.end.line += 5
        #expect(SarifReporter.fingerprint(moved) == SarifReporter.fingerprint(report.findings[3]))
        #expect(SarifReporter.fingerprint(report.findings[0]) != SarifReporter.fingerprint(report.findings[3]))
    }

    @Test func rulesOutsideThePackStillGetADescriptor() throws {
        let report = ReportFixtures.schoolReport(withDocument: false)
        let output = SarifReporter().render([report], options: ReportOptions(toolVersion: "dev"))
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        // planlint's own rule, then the five rules that reported, in the order they first did.
        let ids = try #require(driver["rules"] as? [[String: Any]]).map { $0["id"] as? String }
        var firstSeen: [String] = []
        for finding in report.findings where !firstSeen.contains(finding.ruleID) { firstSeen.append(finding.ruleID) }
        #expect(ids == [Suppressions.unknownRuleID] + firstSeen)
        #expect(firstSeen.count == 5)
        #expect(driver["semanticVersion"] == nil)  // "dev" is not a semantic version
        // Rendered file by file, their results cannot know their place: they name the rule only.
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        #expect(results.allSatisfy { $0["ruleIndex"] == nil && $0["ruleId"] is String })
    }

    @Test func anUnknownSuppressionPointsAtPlanlintsOwnDescriptor() throws {
        var report = ReportFixtures.schoolReport(withDocument: false)
        let base = report.findings[0]
        let finding = Finding(
            ruleID: Suppressions.unknownRuleID, severity: .warning, category: .defect, theme: "planlint",
            message: LocalizedText(zh: "抑制注释中的规则 x 不存在", en: "unknown rule x"), suggestion: nil, basis: "planlint",
            start: base.start, end: base.end, range: base.range, sectionPath: [], evidence: "x", evidenceColumn: 1,
            evidenceLength: 1, fix: nil)
        report.findings = [finding]
        let options = ReportFixtures.options()
        let output = SarifReporter().render([report], options: options)
        let root = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(index == options.rules.rules.count)
        #expect(rules[index]["id"] as? String == Suppressions.unknownRuleID)
        #expect(rules.count == options.rules.rules.count + 1)
    }

    /// Parts rendered apart and joined in order: the first result of the log may come from
    /// any file, after files that could not be read or had nothing to report.
    @Test func streamedPartsJoinIntoOneValidLog() throws {
        let reporter = SarifReporter()
        let options = ReportFixtures.options()
        var clean = ReportFixtures.hospitalReport(withDocument: false)
        clean.findings = []
        let reports = [ReportFixtures.unreadableReport(), clean, ReportFixtures.schoolReport(withDocument: false),
                       ReportFixtures.hospitalReport(withDocument: false)]
        var stream = reporter.stream(options: options)
        let parts = reports.map { stream.part(for: $0) }
        #expect(parts[0].isEmpty && parts[1].isEmpty && !parts[2].isEmpty)
        var bytes: [UInt8] = []
        for (report, part) in zip(reports, parts) { bytes += stream.text(for: report, part: part) }
        bytes += stream.finish()
        #expect(String(decoding: bytes, as: UTF8.self) == reporter.render(reports, options: options))
        let root = try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == reports[2].findings.count + reports[3].findings.count)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 1)
    }

    @Test func ruleDescriptionsHideMessagePlaceholders() throws {
        var rules = ReportFixtures.rules
        rules.rules[0] = ReportFixtures.rule(
            rules.rules[0].id, rules.rules[0].title, rules.rules[0].titleEn ?? "", theme: rules.rules[0].theme,
            severity: rules.rules[0].severity, message: "节日安排不全，缺少：{items}（{found}/{expected}）{不是占位",
            messageEn: rules.rules[0].messageEn)
        let output = SarifReporter().render([], options: ReportOptions(toolVersion: "1.0.0", rules: rules))
        #expect(output.contains("\"text\": \"节日安排不全，缺少：…（…/…）{不是占位\""))
    }

    @Test func absoluteAndDotPaths() {
        #expect(SarifReporter.percentEncoded("a b/计划.txt") == "a%20b/%E8%AE%A1%E5%88%92.txt")
    }
}
