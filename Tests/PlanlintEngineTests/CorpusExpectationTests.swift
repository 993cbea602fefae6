import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
import PlanlintEngine
import PlanlintRules

/// The bundled pack on real plans (../shared/corpus/seeds), the team's Examples/ and the plans
/// in Tests/Fixtures/corpus-expectations, against the labels in expectations.json there.
/// Prints precision and recall per rule family (theme) and fails when either drops below 0.9.
@Suite struct CorpusExpectationTests {
    /// Package root: three levels up from this file (Tests/PlanlintEngineTests/<file>).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpusRoot = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let examplesRoot = packageRoot.appendingPathComponent("Examples")
    static let fixturesRoot = packageRoot.appendingPathComponent("Tests/Fixtures/corpus-expectations")
    static let expectationsFile = fixturesRoot.appendingPathComponent("expectations.json")
    static let threshold = 0.9

    struct Expectations: Decodable {
        var files: [Entry]
    }

    struct Entry: Decodable {
        var root: String
        var path: String
        var must_fire: [String]
        var must_not_fire: [String]
    }

    /// A label: a rule id, optionally with the category of finding it names (`congress.annual@weak`).
    struct Label: CustomStringConvertible {
        var ruleID: String
        var category: FindingCategory?

        init(_ text: String) {
            let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
            ruleID = parts[0]
            category = parts.count > 1 ? FindingCategory(rawValue: parts[1]) : nil
        }

        var description: String { category.map { "\(ruleID)@\($0.rawValue)" } ?? ruleID }

        func fired(in findings: [Finding]) -> Bool {
            findings.contains { $0.ruleID == ruleID && (category == nil || $0.category == category) }
        }
    }

    struct Tally {
        var truePositives = 0
        var falseNegatives = 0
        var falsePositives = 0
        var trueNegatives = 0

        /// 1 when nothing was predicted (no false alarm is possible).
        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        /// 1 when nothing was expected to fire.
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    static func load() throws -> Expectations {
        try JSONDecoder().decode(Expectations.self, from: Data(contentsOf: expectationsFile))
    }

    static func url(of entry: Entry) -> URL {
        switch entry.root {
        case "examples": examplesRoot.appendingPathComponent(entry.path)
        case "fixtures": fixturesRoot.appendingPathComponent(entry.path)
        default: corpusRoot.appendingPathComponent(entry.path)
        }
    }

    @Test func labelsNameRulesOfTheBundledPack() throws {
        let pack = try BundledRules.pack.get()
        let ids = Set(pack.rules.map(\.id))
        for entry in try Self.load().files {
            for text in entry.must_fire + entry.must_not_fire {
                let label = Label(text)
                #expect(ids.contains(label.ruleID), "\(entry.path): unknown rule '\(label.ruleID)'")
                if text.contains("@") { #expect(label.category != nil, "\(entry.path): bad category in '\(text)'") }
            }
        }
    }

    @Test func precisionAndRecallPerRuleFamily() throws {
        let pack = try BundledRules.pack.get()
        let themes = Dictionary(uniqueKeysWithValues: pack.rules.map { ($0.id, $0.theme) })
        let linter = Linter(rules: pack)
        let expectations = try Self.load()
        var tallies: [String: Tally] = [:]
        var misses: [String] = []
        var linted = 0
        for entry in expectations.files {
            let url = Self.url(of: entry)
            if entry.root == "corpus", !FileManager.default.fileExists(atPath: Self.corpusRoot.path) {
                print("corpus not found at \(Self.corpusRoot.path); skipping \(entry.path)")
                continue
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                Issue.record("labelled file not found: \(url.path)")
                continue
            }
            let report = linter.lint(try DocumentReader.read(path: url.path))
            linted += 1
            for (texts, shouldFire) in [(entry.must_fire, true), (entry.must_not_fire, false)] {
                for text in texts {
                    let label = Label(text)
                    let theme = themes[label.ruleID] ?? "unknown"
                    let fired = label.fired(in: report.findings)
                    switch (shouldFire, fired) {
                    case (true, true): tallies[theme, default: Tally()].truePositives += 1
                    case (true, false):
                        tallies[theme, default: Tally()].falseNegatives += 1
                        misses.append("missed    \(entry.path): \(label)")
                    case (false, true):
                        tallies[theme, default: Tally()].falsePositives += 1
                        let messages = report.findings.filter { $0.ruleID == label.ruleID }.prefix(2).map(\.message.zh)
                        misses.append("unwanted  \(entry.path): \(label) — \(messages.joined(separator: " / "))")
                    case (false, false): tallies[theme, default: Tally()].trueNegatives += 1
                    }
                }
            }
        }
        #expect(linted > 0)

        var table = "rule family     TP  FN  FP  TN  precision  recall\n"
        for theme in RuleCatalog.orderedThemes(pack.rules) + ["unknown"] {
            guard let tally = tallies[theme] else { continue }
            table += theme.padding(toLength: 14, withPad: " ", startingAt: 0)
            for value in [tally.truePositives, tally.falseNegatives, tally.falsePositives, tally.trueNegatives] {
                table += String(repeating: " ", count: max(1, 4 - String(value).count)) + String(value)
            }
            table += String(format: "  %9.2f  %6.2f\n", tally.precision, tally.recall)
        }
        print(table + misses.joined(separator: "\n"))

        for (theme, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            #expect(tally.precision >= Self.threshold, "precision of \(theme) is \(tally.precision)\n\(misses.joined(separator: "\n"))")
            #expect(tally.recall >= Self.threshold, "recall of \(theme) is \(tally.recall)\n\(misses.joined(separator: "\n"))")
        }
    }
}
