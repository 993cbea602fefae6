import Dispatch
import PlanlintDocument

/// What one of a pack's regular expressions costs over a set of plans: the lines its gate
/// let through, the bytes of those lines the matcher was given, its matches, and the time
/// spent choosing the lines and matching. For `planlint-bench --pattern-costs`, so that a
/// rule author sees which pattern a pack pays for, and why (a weak gate lets many lines
/// through; a costly pattern is slow on few).
public struct PatternCost: Sendable {
    public let pattern: String
    /// Plans where the gate let at least one line through.
    public var plans = 0
    public var lines = 0
    public var bytes = 0
    public var matches = 0
    public var gateSeconds = 0.0
    public var matchSeconds = 0.0

    public init(pattern: String) { self.pattern = pattern }
}

extension CompiledPack {
    /// One entry per pattern of the pack, in the pack's order, for `measurePatterns`.
    public func emptyPatternCosts() -> [PatternCost] { regexes.map { PatternCost(pattern: $0.pattern) } }

    /// Runs every pattern of the pack on `document` as linting would (its gate, then the
    /// matcher on the lines let through) and adds what each cost to `costs`.
    public func measurePatterns(in document: PlanDocument, into costs: inout [PatternCost]) {
        let index = MatchIndex(document: document, pack: self)
        for id in regexes.indices {
            let start = DispatchTime.now().uptimeNanoseconds
            let regions = index.candidateRegionsForMeasuring(id)
            let gated = DispatchTime.now().uptimeNanoseconds
            let found = index.matchesForMeasuring(id, in: regions)
            let matched = DispatchTime.now().uptimeNanoseconds
            if !regions.isEmpty { costs[id].plans += 1 }
            costs[id].lines += regions.count
            costs[id].bytes += regions.reduce(0) { $0 + $1.count }
            costs[id].matches += found.count
            costs[id].gateSeconds += Double(gated - start) / 1e9
            costs[id].matchSeconds += Double(matched - gated) / 1e9
        }
    }
}
