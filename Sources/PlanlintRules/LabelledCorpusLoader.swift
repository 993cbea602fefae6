import Foundation
import PlanlintYAML

/// Reads a labels file (YAML, or JSON, which YAML reads too), reporting every problem at its
/// file:line:col like rule files do.
///
/// ```yaml
/// roots:                       # optional: folders named for the plans below, relative to this file
///   archive: ../plans-2025
/// files:
///   - path: 一中工会2025年工作计划.docx   # relative to the root, or to this file without one
///     root: archive
///     note: why the labels are what they are
///     must_fire: [congress.annual@weak, hygiene.placeholder]
///     must_not_fire: [structure.guiding]
/// ```
public enum LabelledCorpusLoader {
    /// `knownRuleIDs`: the pack's rule ids, so that a misspelt label is an error rather than
    /// a judgement that silently never holds.
    public static func load(path: String, knownRuleIDs: Set<String>) throws -> LabelledCorpus {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RuleLoadErrors([RuleLoadError(.unreadable, file: path, mark: YAMLMark(line: 1, column: 1), "cannot read labels file")])
        }
        return try parse(text, path: path, knownRuleIDs: knownRuleIDs)
    }

    public static func parse(_ text: String, path: String, knownRuleIDs: Set<String>) throws -> LabelledCorpus {
        let root: YAMLNode?
        do {
            root = try YAMLParser().parse(text)
        } catch let error as YAMLError {
            throw RuleLoadErrors([RuleLoadError(.yamlSyntax, file: path, mark: error.mark, error.message)])
        }
        guard let root else {
            throw RuleLoadErrors([RuleLoadError(.missingField, file: path, mark: YAMLMark(line: 1, column: 1), "the labels file is empty")])
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var reader = FieldReader(root, file: path, context: "the labels file")
        _ = reader.string("about")
        var roots: [String: URL] = [:]
        if let node = reader.node("roots") {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let name = pair.key.scalar, let folder = pair.value.scalar, !folder.isEmpty else {
                        reader.fail(.wrongType, at: pair.value.mark, "each root maps a name to a folder")
                        continue
                    }
                    roots[name] = resolve(folder, against: base)
                }
            } else {
                reader.fail(.wrongType, at: node.mark, "'roots' must map names to folders, not \(node.kindName)")
            }
        }
        var corpus = LabelledCorpus(path: path, plans: [])
        if let files = reader.node("files") {
            if let entries = files.sequence {
                for entry in entries {
                    var plan = FieldReader(entry, file: path, context: "a labelled plan")
                    if let labelled = readPlan(&plan, entry: entry, roots: roots, base: base, knownRuleIDs: knownRuleIDs, into: &corpus) {
                        corpus.plans.append(labelled)
                    }
                    plan.finish()
                    reader.absorb(plan.errors)
                }
            } else {
                reader.fail(.wrongType, at: files.mark, "'files' must be a list of labelled plans, not \(files.kindName)")
            }
        } else {
            reader.fail(.missingField, at: root.mark, "the labels file has no 'files'")
        }
        reader.finish()
        if !reader.errors.isEmpty { throw RuleLoadErrors(reader.errors) }
        return corpus
    }

    /// One entry of `files`; nil when it is in error or its root is not on this machine
    /// (then it is listed in `corpus.skipped`).
    private static func readPlan(
        _ reader: inout FieldReader, entry: YAMLNode, roots: [String: URL], base: URL, knownRuleIDs: Set<String>,
        into corpus: inout LabelledCorpus
    ) -> LabelledPlan? {
        let relative = reader.string("path", required: true)
        let note = reader.string("note")
        var folder = base
        var rootName: String?
        if let name = reader.string("root") {
            if let url = roots[name] {
                folder = url
                rootName = name
            } else {
                var message = "unknown root '\(name)'"
                if let guess = SpellingSuggestion.closest(to: name, in: roots.keys.sorted()) { message += " (did you mean '\(guess)'?)" }
                reader.fail(.invalidValue, at: reader.node("root")?.mark ?? entry.mark, message)
            }
        }
        let mustFire = labels(&reader, "must_fire", knownRuleIDs: knownRuleIDs)
        let mustNotFire = labels(&reader, "must_not_fire", knownRuleIDs: knownRuleIDs)
        let both = Set(mustFire.map(\.description)).intersection(mustNotFire.map(\.description))
        for label in mustNotFire where both.contains(label.description) {
            reader.fail(.invalidValue, at: label.mark, "'\(label)' is in both must_fire and must_not_fire")
        }
        guard let relative, reader.errors.isEmpty else { return nil }
        let name = rootName.map { "\($0)/\(relative)" } ?? relative
        if let rootName, !FileManager.default.fileExists(atPath: folder.path) {
            corpus.skipped.append((name, rootName))
            return nil
        }
        let plan = resolve(relative, against: folder).path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plan, isDirectory: &isFolder), !isFolder.boolValue else {
            reader.fail(.invalidValue, at: reader.node("path")?.mark ?? entry.mark, "no plan at \(plan)")
            return nil
        }
        return LabelledPlan(path: plan, name: name, note: note, mustFire: mustFire, mustNotFire: mustNotFire, mark: entry.mark)
    }

    /// `rule` or `rule@category`, each checked against the pack and the categories.
    private static func labels(_ reader: inout FieldReader, _ key: String, knownRuleIDs: Set<String>) -> [FindingLabel] {
        var result: [FindingLabel] = []
        for (text, mark) in reader.strings(key) ?? [] {
            let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let ruleID = parts[0]
            let category = parts.count > 1 ? parts[1] : nil
            guard knownRuleIDs.contains(ruleID) else {
                var message = "unknown rule '\(ruleID)'"
                if let guess = SpellingSuggestion.closest(to: ruleID, in: knownRuleIDs.sorted()) { message += " (did you mean '\(guess)'?)" }
                reader.fail(.invalidValue, at: mark, message)
                continue
            }
            if let category, !FindingLabel.categories.contains(category) {
                reader.fail(
                    .invalidValue, at: mark,
                    "unknown category '\(category)' in '\(text)': use \(FindingLabel.categories.joined(separator: ", "))")
                continue
            }
            result.append(FindingLabel(ruleID: ruleID, category: category, mark: mark))
        }
        return result
    }

    private static func resolve(_ path: String, against base: URL) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)).standardizedFileURL
    }
}
