import Foundation
import PlanlintYAML

/// Finds and reads `.planlint.yaml`, reporting problems like rule files do: file:line:col.
public enum ConfigurationLoader {
    public static let fileName = ".planlint.yaml"

    /// The nearest `.planlint.yaml` in `directory` or above it.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String) throws -> Configuration {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RuleLoadErrors([RuleLoadError(.unreadable, file: path, mark: YAMLMark(line: 1, column: 1), "cannot read configuration file")])
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Configuration {
        let root: YAMLNode?
        do {
            root = try YAMLParser().parse(text)
        } catch let error as YAMLError {
            throw RuleLoadErrors([RuleLoadError(.yamlSyntax, file: path, mark: error.mark, error.message)])
        }
        var configuration = Configuration(path: path)
        guard let root, !root.isNull else { return configuration }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var reader = FieldReader(root, file: path, context: "the configuration")
        configuration.ruleDirectories = (reader.strings("rules") ?? []).map { entry in
            entry.0.hasPrefix("/") ? entry.0 : base.appendingPathComponent(entry.0).standardizedFileURL.path
        }
        configuration.includeBundled = reader.bool("include_bundled") ?? configuration.ruleDirectories.isEmpty
        configuration.profile = profile(&reader, "profile")
        // The range --year accepts: a year past it is a typo (20255), not a plan year.
        configuration.year = reader.int("year", minimum: 1949, maximum: 2200)
        configuration.disabledRules = (reader.strings("disable") ?? []).map(\.0)
        if let severities = reader.node("severity") {
            for pair in severities.mapping ?? [] {
                guard let id = pair.key.scalar, let value = pair.value.scalar.flatMap(Severity.init(rawValue:)) else {
                    reader.fail(.invalidValue, at: pair.value.mark, "severity must be error, warning or info")
                    continue
                }
                configuration.severityOverrides[id] = value
            }
            if severities.mapping == nil {
                reader.fail(.wrongType, at: severities.mark, "'severity' must map rule ids to error, warning or info")
            }
        }
        configuration.ignore = (reader.strings("ignore") ?? []).map(\.0)
        configuration.failOn = reader.choice("fail_on", ["error": "error", "warning": "warning", "info": "info", "never": "never"])
        configuration.language = reader.choice("lang", ["zh": "zh", "en": "en"])
        configuration.maxFileSize = reader.int("max_file_size", minimum: 1)
        configuration.ignoreSuppressions = reader.bool("ignore_suppressions") ?? false
        if let overrides = reader.node("overrides") {
            for item in overrides.sequence ?? [] {
                var entry = FieldReader(item, file: path, context: "an override")
                let files = (entry.strings("files") ?? []).map(\.0)
                if files.isEmpty { entry.fail(.missingField, at: item.mark, "an override needs 'files'") }
                configuration.overrides.append(
                    Configuration.Override(
                        files: files, disable: (entry.strings("disable") ?? []).map(\.0), profile: profile(&entry, "profile"),
                        year: entry.int("year", minimum: 1949, maximum: 2200)))
                entry.finish()
                reader.absorb(entry.errors)
            }
            if overrides.sequence == nil { reader.fail(.wrongType, at: overrides.mark, "'overrides' must be a list") }
        }
        reader.finish()
        if !reader.errors.isEmpty { throw RuleLoadErrors(reader.errors) }
        return configuration
    }

    private static func profile(_ reader: inout FieldReader, _ key: String) -> OrganisationProfile? {
        reader.choice(key, Dictionary(uniqueKeysWithValues: OrganisationProfile.allCases.map { ($0.rawValue, $0) }))
    }
}
