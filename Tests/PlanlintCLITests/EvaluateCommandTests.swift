import Foundation
import Testing
import PlanlintTestSupport

/// `planlint evaluate` as a rule author runs it: exit codes, thresholds and positioned errors.
@Suite struct EvaluateCommandTests {
    func folder(labels: String) throws -> URL {
        let folder = try PlanlintProcess.temporaryFolder()
        try "20xx年某公司工会工作计划\n一、主要任务\n全心全意为职工效劳。\n".write(
            to: folder.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
        try labels.write(to: folder.appendingPathComponent("labels.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func agreementExitsZeroAndDisagreementBelowTheBoundsExitsOne() throws {
        let folder = try folder(
            labels: """
                files:
                  - path: plan.txt
                    must_fire: [hygiene.placeholder, hygiene.conversion@defect]
                    must_not_fire: [hygiene.boilerplate]
                """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreed = try PlanlintProcess.run(["evaluate", "labels.yaml"], in: folder)
        #expect(agreed.status == 0, "\(agreed.stdout)\(agreed.stderr)")
        #expect(agreed.stdout.hasPrefix("labels.yaml: 1 plans judged"))
        #expect(agreed.stdout.contains("every theme at or above precision 0.90 and recall 0.90"))

        try """
            files:
              - path: plan.txt
                must_fire: [hygiene.placeholder, hygiene.boilerplate]
            """.write(to: folder.appendingPathComponent("labels.yaml"), atomically: true, encoding: .utf8)
        let missed = try PlanlintProcess.run(["evaluate", "labels.yaml"], in: folder)
        #expect(missed.status == 1)
        #expect(missed.stdout.contains("missed      plan.txt: hygiene.boilerplate"))
        // Recall 0.5 passes a bound of 0.5.
        let lenient = try PlanlintProcess.run(["evaluate", "labels.yaml", "--min-recall", "0.5"], in: folder)
        #expect(lenient.status == 0)
        let json = try PlanlintProcess.run(["evaluate", "labels.yaml", "--format", "json"], in: folder)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["below_threshold"] as? [String] == ["hygiene"])
    }

    @Test func labelErrorsExitTwoWithTheirPosition() throws {
        let folder = try folder(
            labels: """
                files:
                  - path: plan.txt
                    must_fire: [hygiene.placeholdr]
                """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PlanlintProcess.run(["evaluate", "labels.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("labels.yaml:3:17: unknown rule 'hygiene.placeholdr' (did you mean 'hygiene.placeholder'?)"))
        let bounds = try PlanlintProcess.run(["evaluate", "labels.yaml", "--min-precision", "1.5"], in: folder)
        #expect(bounds.status == 2)
    }
}
