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
    /// has already reported such patterns, so they simply match nothing here. The first
    /// pattern a process gives to ICU waits for ICU's one-time set-up (7.6 M instructions);
    /// no bundled pattern needs ICU (`RegexBackendTests` fails when one would). (Starting
    /// that set-up on another thread whenever a pack had a pattern ICU would take meant
    /// reading every pattern twice, 6 M instructions on the path a one-plan run waits on.)
    var regex: (any CompiledRegex)? {
        lock.lock()
        defer { lock.unlock() }
        return compiledLocked()
    }

    /// The pattern matched natively, with the automaton terms its matches start with.
    struct Starting {
        let regex: BacktrackingRegex
        let terms: [Int32]
    }

    /// Nil until asked; then nil inside when the pattern's starts are not all terms.
    private var starting: Starting??

    /// The compiled pattern and, when it is matched natively and each literal its matches
    /// start with is one of the automaton's terms (`termID`), those terms: found once, not
    /// for every plan.
    func compiled(startTermsBy termID: ([UInt8]) -> Int32?) -> (regex: (any CompiledRegex)?, starting: Starting?) {
        lock.lock()
        defer { lock.unlock() }
        let regex = compiledLocked()
        if let starting { return (regex, starting) }
        var made: Starting?
        if let native = regex as? BacktrackingRegex, let literals = native.startLiteralBytes {
            let terms = literals.compactMap(termID)
            if terms.count == literals.count { made = Starting(regex: native, terms: terms) }
        }
        starting = .some(made)
        return (regex, made)
    }

    private func compiledLocked() -> (any CompiledRegex)? {
        if let compiled { return compiled }
        let made = allowsNative ? Self.compile(pattern) : Self.compileWithICU(pattern)
        compiled = .some(made)
        return made
    }

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
