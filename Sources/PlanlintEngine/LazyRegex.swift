import Foundation

/// A pattern compiled on first use. A pack holds dozens of patterns, and a document that
/// never holds a pattern's required literals never needs it compiled; one process linting
/// one plan (an editor's save hook) would otherwise pay for all of them up front.
final class LazyRegex: @unchecked Sendable {
    let pattern: String
    /// Whether `BacktrackingRegex` may take the pattern (not when it is its fallback).
    private let allowsNative: Bool
    private let lock = NSLock()
    private var compiled: (any CompiledRegex)??

    init(_ pattern: String, allowsNative: Bool = true) {
        self.pattern = pattern
        self.allowsNative = allowsNative
    }

    /// The compiled pattern (case-insensitive), or nil when ICU refuses it; rule loading
    /// has already reported such patterns, so they simply match nothing here.
    var regex: (any CompiledRegex)? {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let made = allowsNative ? Self.compile(pattern) : Self.compileWithICU(pattern)
        compiled = .some(made)
        return made
    }

    /// Whether the native matcher takes the pattern, as far as its syntax tells (a property
    /// this build cannot read from ICU is found out when the pattern is compiled).
    var runsNatively: Bool {
        allowsNative && (try? RegexSubsetParser.parse(pattern, resolvingProperties: false)) != nil
    }

    /// Starts ICU's one-time set-up of its regular expressions (the sets behind `\s`, `\w`,
    /// grapheme clusters…: 7.6 M instructions, which the first pattern a process compiles
    /// would otherwise wait for) on another thread, so that it overlaps compiling the pack.
    /// ICU makes the set-up once, under its own lock; a pattern compiled meanwhile waits.
    static func warmUp() {
        _ = warming
    }

    // A global's initialiser runs once, on first use, whatever the thread.
    private static let warming: Void = DispatchQueue.global(qos: .userInitiated).async { _ = compileWithICU("\\s") }

    /// The fastest backend that runs the pattern: the native matcher for the subset it
    /// reads, ICU for the rest.
    static func compile(_ pattern: String) -> (any CompiledRegex)? {
        BacktrackingRegex(pattern) ?? compileWithICU(pattern)
    }

    /// The fastest way to ICU this build has.
    static func compileWithICU(_ pattern: String) -> (any CompiledRegex)? {
        #if canImport(_FoundationICU)
        ICURegex(pattern)
        #else
        FoundationRegex(pattern)
        #endif
    }
}
