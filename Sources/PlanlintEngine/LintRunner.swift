import Dispatch
import Foundation
import PlanlintDocument
import PlanlintRules

/// Lints many files across all cores (or `jobs` of them). Reports come back in input order,
/// so output is the same as a serial run's.
public struct LintRunner: Sendable {
    public var linter: Linter
    public var options: LintOptions
    public var configuration: Configuration
    public var limits: DocumentLimits
    /// How many files are linted at once; nil for one per core. A CI runner shared with other
    /// jobs can keep planlint to part of the machine; 1 lints on the calling thread alone.
    public var jobs: Int?

    public init(
        linter: Linter, options: LintOptions, configuration: Configuration = Configuration(), limits: DocumentLimits = .default,
        jobs: Int? = nil
    ) {
        self.linter = linter
        self.options = options
        self.configuration = configuration
        self.limits = limits
        self.jobs = jobs
    }

    public func run(_ items: [InputCollector.Item]) -> [FileReport] {
        var reports = [FileReport?](repeating: nil, count: items.count)
        let lock = NSLock()
        forEachIndex(items.count) { index in
            let report = lint(items[index])
            lock.lock()
            reports[index] = report
            lock.unlock()
        }
        return reports.map { $0! }
    }

    /// Lints `items` on all cores and hands each report to `consume` in input order, as soon
    /// as it and every report before it are done; calls never overlap. The runner keeps no
    /// report after handing it over, so a caller that renders and drops each one holds only
    /// the few reports still in flight, not the whole run (see docs/performance.md).
    public func run(_ items: [InputCollector.Item], consume: (FileReport) -> Void) {
        run(items, prepare: { $0 }, consume: consume)
    }

    /// Like `run(_:consume:)`, with `prepare` applied to each report on the thread that
    /// linted it, before the in-order hand-off: what a reporter can render per file
    /// (`ReportStream.part(for:)`) then uses every core instead of the one consuming.
    public func run<Prepared>(
        _ items: [InputCollector.Item], prepare: (FileReport) -> Prepared, consume: (Prepared) -> Void
    ) {
        withoutActuallyEscaping(prepare) { prepare in
            withoutActuallyEscaping(consume) { consume in
                let state = OrderedHandOff(consume: consume)
                forEachIndex(items.count) { index in
                    state.deliver(prepare(lint(items[index])), at: index)
                }
            }
        }
    }

    /// Calls `body` with each index below `count`, on all cores or on `jobs` workers. Under a
    /// bound each worker takes the next index when it is free, so a long file holds up one
    /// worker, not a fixed share of the files; with no more files than jobs there is nothing
    /// to bound.
    private func forEachIndex(_ count: Int, _ body: (Int) -> Void) {
        guard let jobs, jobs < count else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
            return
        }
        let next = NextIndex(below: count)
        // One iteration per worker: with one, Dispatch runs it on this thread.
        DispatchQueue.concurrentPerform(iterations: max(1, jobs)) { _ in
            while let index = next.take() { body(index) }
        }
    }

    public func lint(_ item: InputCollector.Item) -> FileReport {
        switch item {
        case .failure(let path, let message):
            return .failure(
                path: path,
                error: LocalizedText(zh: "\(path)：\(InputCollector.chinese(message))", en: "\(path): \(message)"))
        case .file(let path), .rawFile(let path, _):
            do {
                if case .rawFile(_, let raw) = item {
                    return try linter.lint(path: path, rawPath: raw, limits: limits, options: options(for: path))
                }
                return try linter.lint(path: path, limits: limits, options: options(for: path))
            } catch let error as DocumentError {
                return .failure(path: path, error: error.localized)
            } catch {
                return .failure(path: path, error: "\(path): \(error)")
            }
        }
    }

    /// The run's options with the configuration's per-path overrides applied.
    public func options(for path: String) -> LintOptions {
        // Without overrides there is nothing to match, and resolving the two paths (and the
        // working directory) for every file was a hundredth of a run.
        guard !configuration.overrides.isEmpty else { return options }
        var result = options
        let base = configuration.path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().standardizedFileURL.path } ?? FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let relative = absolute.hasPrefix(base + "/") ? String(absolute.dropFirst(base.count + 1)) : path
        for override in configuration.overrides where override.files.contains(where: { GlobPattern($0).matches(relative) || GlobPattern($0).matches(path) }) {
            result.disabledRules.formUnion(override.disable)
            if let profile = override.profile, options.profile == nil || configuration.profile == options.profile { result.profile = profile }
            if let year = override.year { result.year = year }
        }
        return result
    }
}

/// The indices `0..<count`, each handed to one caller.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int

    init(below count: Int) {
        self.count = count
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Reports finished out of order, passed on in order by whichever worker finds the next
/// one ready; one worker at a time consumes, the others go back to linting.
private final class OrderedHandOff<Item>: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Int: Item] = [:]
    private var next = 0
    private var draining = false
    private let consume: (Item) -> Void

    init(consume: @escaping (Item) -> Void) {
        self.consume = consume
    }

    func deliver(_ report: Item, at index: Int) {
        lock.lock()
        pending[index] = report
        if draining {
            lock.unlock()
            return
        }
        draining = true
        while let ready = pending.removeValue(forKey: next) {
            next += 1
            lock.unlock()
            consume(ready)
            lock.lock()
        }
        draining = false
        lock.unlock()
    }
}

extension DocumentError {
    /// The reason in both languages, for `FileReport.failure(path:error:)`.
    public var localized: LocalizedText { LocalizedText(zh: chineseDescription, en: description) }
}
