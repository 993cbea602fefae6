import Foundation
import PlanlintYAML

/// Loads rule files into a validated `RulePack`.
///
/// Loading never stops at the first problem: every error in every file is collected, each
/// with its file, line and column, and thrown together as `RuleLoadErrors`.
public struct RuleLoader: Sendable {
    public var parser: YAMLParser

    public init(parser: YAMLParser = YAMLParser()) {
        self.parser = parser
    }

    /// A rule folder's files (`sources(inDirectory:)`), or one rule file on its own: a rule
    /// author tests the file being edited, or a plan's reviewer adds one file of house rules.
    /// A lone file names no theme by its folder; its rules keep the file's own `theme`.
    public static func sources(atPath path: String) throws -> [RuleSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return try sources(inDirectory: path)
        }
        let start = YAMLMark(line: 1, column: 1)
        guard ["yaml", "yml"].contains(URL(fileURLWithPath: path).pathExtension) else {
            throw RuleLoadErrors([RuleLoadError(.unreadable, file: path, mark: start, "not a rule file or folder (expected .yaml or .yml)")])
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RuleLoadErrors([RuleLoadError(.unreadable, file: path, mark: start, "cannot read as UTF-8 text")])
        }
        return [RuleSource(path: path, text: text, folderTheme: nil)]
    }

    /// Reads every `.yaml`/`.yml` file under `directory`, sorted by path; the first folder
    /// level below it names the theme of the rules inside.
    public static func sources(inDirectory directory: String) throws -> [RuleSource] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleLoadErrors([
                RuleLoadError(.unreadable, file: directory, mark: YAMLMark(line: 1, column: 1), "no such rules file or folder")
            ])
        }
        var paths: [String] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
                paths.append(url.standardizedFileURL.path)
            }
        }
        var sources: [RuleSource] = []
        var errors: [RuleLoadError] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for path in paths.sorted() {
            let relative = String(path.dropFirst(root.path.count + 1))
            let components = relative.split(separator: "/")
            let theme = components.count > 1 ? String(components[0]) : nil
            let shownPath = prefix + relative
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                sources.append(RuleSource(path: shownPath, text: text, folderTheme: theme))
            } catch {
                errors.append(
                    RuleLoadError(
                        .unreadable, file: shownPath, mark: YAMLMark(line: 1, column: 1), "cannot read as UTF-8 text"))
            }
        }
        if !errors.isEmpty { throw RuleLoadErrors(errors) }
        return sources
    }

    /// Each source's YAML documents, parsed on all cores (or read from the source's archive):
    /// parsing is most of a load, and a one-plan run (an editor's save hook) pays for the
    /// whole bundled pack every time.
    private func parseAll(_ sources: [RuleSource]) -> [Result<[YAMLNode], YAMLError>] {
        let parser = self.parser
        let results = UnsafeMutableBufferPointer<Result<[YAMLNode], YAMLError>?>.allocate(capacity: sources.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            // An archive that does not read (a build gone wrong) costs only the time saved.
            if let archive = sources[index].treeArchive, let documents = try? YAMLNodeArchive.decode(archive) {
                results[index] = .success(documents)
                return
            }
            do {
                results[index] = .success(try parser.parseAll(sources[index].text))
            } catch let error as YAMLError {
                results[index] = .failure(error)
            } catch {
                results[index] = .failure(YAMLError(.syntax, "\(error)", at: YAMLMark(line: 1, column: 1)))
            }
        }
        return results.map { $0! }
    }

    /// Each rule decoded on all cores, in the order given: the rules are independent once the
    /// vocabularies are known, and decoding them one after the other was a twelfth of a
    /// one-plan run, which waits on the pack.
    private func decodeAll(
        _ nodes: [(node: YAMLNode, source: RuleSource, fileTheme: String?)], vocabularies: [String: TermSet]
    ) -> [(Rule?, [RuleLoadError])] {
        let results = UnsafeMutableBufferPointer<(Rule?, [RuleLoadError])>.allocate(capacity: nodes.count)
        results.initialize(repeating: (nil, []))
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: nodes.count) { index in
            let (node, source, fileTheme) = nodes[index]
            var decoder = RuleDecoder(file: source.path, vocabularies: vocabularies, defaultTheme: fileTheme ?? source.folderTheme)
            decoder.compilesPatterns = !source.patternsVerified
            let rule = decoder.decode(node)
            results[index] = (rule, decoder.errors)
        }
        return Array(results)
    }

    /// Parses and validates `sources` as one pack: vocabularies are shared across files and
    /// rule ids must be unique across files.
    public func load(_ sources: [RuleSource]) throws -> RulePack {
        var errors: [RuleLoadError] = []
        var vocabularies: [String: TermSet] = [:]
        var vocabularyOrigins: [String: RuleLocation] = [:]
        var ruleNodes: [(node: YAMLNode, source: RuleSource, fileTheme: String?)] = []

        for (source, parsed) in zip(sources, parseAll(sources)) {
            let documents: [YAMLNode]
            switch parsed {
            case .success(let parsedDocuments):
                documents = parsedDocuments
            case .failure(let error):
                errors.append(RuleLoadError(.yamlSyntax, file: source.path, mark: error.mark, error.message))
                continue
            }
            if documents.count > 1 {
                // A second document after `---` would otherwise be dropped without a word.
                errors.append(
                    RuleLoadError(
                        .wrongType, file: source.path, mark: documents[1].mark,
                        "the file holds \(documents.count) YAML documents; put all rules in one (no '---' between them)"))
            }
            let root = documents.first
            guard let root, !root.isNull else { continue }
            if let list = root.sequence {
                ruleNodes += list.map { ($0, source, nil) }
                continue
            }
            var file = FieldReader(root, file: source.path, context: "a rule file")
            let fileTheme = file.string("theme")
            if let vocabularyNode = file.node("vocabularies") {
                var vocabularyReader = FieldReader(vocabularyNode, file: source.path, context: "'vocabularies'")
                for pair in vocabularyNode.mapping ?? [] {
                    guard let name = pair.key.scalar else { continue }
                    let vocabulary = Self.vocabulary(
                        pair.value, name: name, file: source.path, compilingPatterns: !source.patternsVerified, reader: &vocabularyReader)
                    if let earlier = vocabularyOrigins[name] {
                        vocabularyReader.fail(
                            .duplicateVocabulary, at: pair.key.mark, "vocabulary '\(name)' is already defined at \(earlier)")
                    } else if vocabulary.isEmpty {
                        vocabularyReader.fail(.emptyTermList, at: pair.value.mark, "vocabulary '\(name)' has no terms")
                    } else {
                        vocabularies[name] = vocabulary
                        vocabularyOrigins[name] = RuleLocation(file: source.path, mark: pair.key.mark)
                    }
                    _ = vocabularyReader.node(name)
                }
                file.absorb(vocabularyReader.errors)
            }
            if let rules = file.node("rules") {
                if let list = rules.sequence {
                    ruleNodes += list.map { ($0, source, fileTheme) }
                } else {
                    file.fail(.wrongType, at: rules.mark, "'rules' must be a list, not \(rules.kindName)")
                }
            }
            file.finish()
            errors += file.errors
        }

        var rules: [Rule] = []
        var origins: [String: RuleLocation] = [:]
        for ((rule, ruleErrors), (_, source, _)) in zip(decodeAll(ruleNodes, vocabularies: vocabularies), ruleNodes) {
            errors += ruleErrors
            guard let rule else { continue }
            if let earlier = origins[rule.id] {
                errors.append(
                    RuleLoadError(
                        .duplicateId, file: source.path, mark: rule.location.mark,
                        "duplicate rule id '\(rule.id)' (first defined at \(earlier))"))
                continue
            }
            origins[rule.id] = rule.location
            rules.append(rule)
        }
        if !errors.isEmpty {
            throw RuleLoadErrors(errors.sorted { ($0.file, $0.mark) < ($1.file, $1.mark) })
        }
        return RulePack(rules: rules, vocabularies: vocabularies)
    }
}
