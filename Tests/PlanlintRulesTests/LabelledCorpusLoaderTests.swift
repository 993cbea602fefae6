import Foundation
import Testing
import PlanlintBundledRules
@testable import PlanlintRules

@Suite struct LabelledCorpusLoaderTests {
    static let ids: Set<String> = ["congress.annual", "hygiene.placeholder", "structure.guiding"]

    /// A folder holding `archive/a.txt`, `b.txt` and the labels file's path (not written).
    func folder() throws -> (URL, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("planlint-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("archive"), withIntermediateDirectories: true)
        try Data("计划".utf8).write(to: root.appendingPathComponent("archive/a.txt"))
        try Data("计划".utf8).write(to: root.appendingPathComponent("b.txt"))
        return (root, root.appendingPathComponent("labels.yaml").path)
    }

    func errors(_ text: String, path: String = "labels.yaml") -> [String] {
        do {
            _ = try LabelledCorpusLoader.parse(text, path: path, knownRuleIDs: Self.ids)
            return []
        } catch let errors as RuleLoadErrors {
            return errors.errors.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func readsPlansRootsAndLabels() throws {
        let (root, path) = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = """
            about: two plans
            roots:
              archive: archive
            files:
              - path: a.txt
                root: archive
                note: has a placeholder
                must_fire: [hygiene.placeholder, congress.annual@weak]
                must_not_fire: structure.guiding
              - path: b.txt
                must_fire: []
            """
        let corpus = try LabelledCorpusLoader.parse(text, path: path, knownRuleIDs: Self.ids)
        #expect(corpus.plans.map(\.name) == ["archive/a.txt", "b.txt"])
        #expect(corpus.plans[0].path == root.appendingPathComponent("archive/a.txt").standardizedFileURL.path)
        #expect(corpus.plans[1].path == root.appendingPathComponent("b.txt").standardizedFileURL.path)
        #expect(corpus.plans[0].note == "has a placeholder")
        #expect(corpus.plans[0].mustFire.map(\.description) == ["hygiene.placeholder", "congress.annual@weak"])
        #expect(corpus.plans[0].mustFire[1].category == "weak")
        #expect(corpus.plans[0].mustFire[1].mark.line == 8)
        #expect(corpus.plans[0].mustNotFire.map(\.ruleID) == ["structure.guiding"])
        #expect(corpus.plans[0].mark.line == 5)
        #expect(corpus.skipped.isEmpty)
    }

    @Test func readsJSON() throws {
        let (root, path) = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = #"{"roots": {"archive": "archive"}, "files": [{"root": "archive", "path": "a.txt", "must_fire": ["hygiene.placeholder"], "must_not_fire": []}]}"#
        let corpus = try LabelledCorpusLoader.parse(text, path: path, knownRuleIDs: Self.ids)
        #expect(corpus.plans.map(\.name) == ["archive/a.txt"])
    }

    @Test func plansUnderAMissingRootAreSkippedNotFailed() throws {
        let (root, path) = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = """
            roots: {elsewhere: ../no-such-folder}
            files:
              - {root: elsewhere, path: x.txt, must_fire: [congress.annual]}
              - {path: b.txt, must_fire: [congress.annual]}
            """
        let corpus = try LabelledCorpusLoader.parse(text, path: path, knownRuleIDs: Self.ids)
        #expect(corpus.plans.map(\.name) == ["b.txt"])
        #expect(corpus.skipped.map(\.plan) == ["elsewhere/x.txt"])
        #expect(corpus.skipped.map(\.root) == ["elsewhere"])
    }

    @Test func misspeltRulesAndCategoriesAreErrorsAtTheirPlace() {
        let found = errors(
            """
            files:
              - path: /dev/null
                must_fire: [congres.annual, congress.annual@weakly]
            """)
        #expect(
            found == [
                "labels.yaml:3:17: unknown rule 'congres.annual' (did you mean 'congress.annual'?)",
                "labels.yaml:3:33: unknown category 'weakly' in 'congress.annual@weakly': use missing, weak, defect",
            ])
    }

    @Test func aLabelCannotBeBothExpectedAndForbidden() {
        let found = errors(
            """
            files:
              - path: /dev/null
                must_fire: [congress.annual@weak]
                must_not_fire: [congress.annual@weak]
            """)
        #expect(found == ["labels.yaml:4:21: 'congress.annual@weak' is in both must_fire and must_not_fire"])
    }

    @Test func missingPlansUnknownRootsAndFieldsAreErrors() throws {
        let (root, path) = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = errors(
            """
            roots: {archive: archive}
            files:
              - {path: gone.txt}
              - {root: archiv, path: a.txt}
              - {path: b.txt, must_fires: [congress.annual]}
              - {note: no path}
            """, path: path)
        #expect(found.count == 4)
        #expect(found.first?.hasPrefix("\(path):3:12: no plan at ") == true)
        #expect(found.dropFirst().first == "\(path):4:12: unknown root 'archiv' (did you mean 'archive'?)")
        #expect(found.dropFirst(2).first == "\(path):5:19: unknown field 'must_fires' in a labelled plan (did you mean 'must_fire'?)")
        #expect(found.dropFirst(3).first == "\(path):6:5: a labelled plan has no 'path'")
    }

    @Test func syntaxErrorsAndEmptyFilesHaveAPosition() {
        #expect(errors("files: [\n  - a\n").first?.hasPrefix("labels.yaml:") == true)
        #expect(errors("") == ["labels.yaml:1:1: the labels file is empty"])
        #expect(errors("about: nothing\n") == ["labels.yaml:1:1: the labels file has no 'files'"])
        #expect(errors("files: {a: b}\n") == ["labels.yaml:1:8: 'files' must be a list of labelled plans, not a mapping"])
    }

    /// The example in docs/rules.md loads: its plans sit under a root that is not here.
    @Test func theDocumentedExampleLoads() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let block = try #require(text.components(separatedBy: "```yaml labels\n").dropFirst().first?.components(separatedBy: "```").first)
        let ids = Set(try BundledRules.pack.get().rules.map(\.id))
        let corpus = try LabelledCorpusLoader.parse(block, path: docs.path, knownRuleIDs: ids)
        #expect(corpus.plans.isEmpty)
        #expect(corpus.skipped.map(\.root) == ["archive"])
    }
}
