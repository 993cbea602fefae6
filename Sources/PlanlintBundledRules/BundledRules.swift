import Dispatch
import Foundation
import PlanlintEngine
import PlanlintRules

/// The rule pack that ships inside the planlint binary, built from the repository's `Rules/`.
public enum BundledRules {
    /// Each rule file as a source named `Rules/<path>`, sorted by path; the first folder
    /// level names the theme. Each carries its trees, parsed at build time.
    public static var sources: [RuleSource] {
        embeddedRuleFiles.map { file in
            let components = file.path.split(separator: "/")
            return RuleSource(
                path: "Rules/" + file.path, text: file.contents,
                folderTheme: components.count > 1 ? String(components[0]) : nil, patternsVerified: true,
                treeArchive: file.trees)
        }
    }

    /// The bundled pack, loaded once. A build whose `Rules/` does not load fails its tests,
    /// so a released binary always has a valid pack.
    public static let pack: Result<RulePack, RuleLoadErrors> = {
        do {
            return .success(try RuleLoader().load(sources))
        } catch let errors as RuleLoadErrors {
            return .failure(errors)
        } catch {
            return .failure(RuleLoadErrors([]))
        }
    }()

    /// The bundled pack compiled for linting (its automaton, its patterns' gates), made once;
    /// its patterns were read when planlint was built.
    /// Its automaton is built on another thread from the terms planlint-embed-rules found,
    /// while this one compiles the term sets and patterns (both cores were otherwise left
    /// with one idle while a one-plan run waited); `CompiledPack` builds its own should the
    /// terms differ.
    public static let compiled: Result<CompiledPack, RuleLoadErrors> = pack.map { pack in
        let automaton = embeddedAutomatonTerms.isEmpty ? nil : PendingAutomaton(terms: embeddedAutomatonTerms)
        return CompiledPack(pack: pack, knownAnalyses: embeddedPatternAnalyses, prebuiltAutomaton: automaton.map { $0.wait })
    }

    /// What `RegexLiterals` read from each of the pack's patterns at build time, by pattern.
    public static var patternAnalyses: CompiledPack.KnownAnalyses { embeddedPatternAnalyses }

    /// The terms of the bundled pack's automaton as planlint-embed-rules found them, in the
    /// order `CompiledPack` numbers them; empty when the pack did not load at build time.
    public static var automatonTerms: [String] { embeddedAutomatonTerms }

    /// Loads and compiles the bundled pack on another thread, for a process that will
    /// probably lint with it: most of a one-plan run's start-up (parsing the YAML, compiling
    /// the automaton) then overlaps the parsing of its arguments. Whoever asks for `pack` or
    /// `compiled` meanwhile waits for the one load under way.
    public static func prepareInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = compiled }
    }
}
