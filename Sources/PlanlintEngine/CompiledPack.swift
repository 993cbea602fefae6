import Foundation
import PlanlintRules

/// A term set resolved against the pack's automaton: which automaton terms and which
/// regular expressions find it.
struct CompiledTermSet: Sendable {
    var literalIDs: [Int32]
    var patternIDs: [Int]

    static let empty = CompiledTermSet(literalIDs: [], patternIDs: [])
}

/// A rule pack prepared for linting: every literal of every rule in one automaton, every
/// pattern compiled once. Build it once per process and share it across threads.
public final class CompiledPack: @unchecked Sendable {
    public let pack: RulePack
    let automaton: TermAutomaton
    let regexes: [NSRegularExpression]
    private let sets: [TermSet: CompiledTermSet]

    /// Literal words that make a mention concrete, by signal (numbers are found by code).
    static let signalTerms: [Signal: [String]] = [
        .time: [
            "上半年", "下半年", "年初", "年中", "年底", "年末", "季度", "学期", "学年", "寒假", "暑假", "上旬", "中旬", "下旬",
            "月初", "月中", "月底", "月末", "每月", "每周", "春节前", "节前", "前夕", "开学", "期中", "期末", "届时", "当月",
        ],
        .owner: ["负责", "牵头", "责任人", "责任部门", "分管", "主抓", "承办", "具体落实", "由工会主席", "主责"],
        .amount: ["元/人", "元每人"],
        .number: [],
    ]

    public init(pack: RulePack) {
        self.pack = pack
        var sets: [TermSet] = pack.rules.flatMap(\.termSets)
        for rule in pack.rules {
            if case .substitute(let spec) = rule.kind {
                sets += spec.pairs.map { TermSet(literals: [$0.wrong]) }
            }
        }
        sets += Self.signalTerms.values.map { TermSet(literals: $0) }

        var literalIDs: [String: Int32] = [:]
        var terms: [String] = []
        var patternIDs: [String: Int] = [:]
        var regexes: [NSRegularExpression] = []
        var compiled: [TermSet: CompiledTermSet] = [:]
        for set in sets where compiled[set] == nil {
            var result = CompiledTermSet.empty
            for literal in set.literals where !literal.isEmpty {
                let key = Self.fold(literal)
                if let id = literalIDs[key] {
                    result.literalIDs.append(id)
                } else {
                    let id = Int32(terms.count)
                    literalIDs[key] = id
                    terms.append(key)
                    result.literalIDs.append(id)
                }
            }
            for pattern in set.patterns {
                if let id = patternIDs[pattern.source] {
                    result.patternIDs.append(id)
                } else if let regex = try? NSRegularExpression(pattern: pattern.source, options: [.caseInsensitive]) {
                    patternIDs[pattern.source] = regexes.count
                    result.patternIDs.append(regexes.count)
                    regexes.append(regex)
                }
            }
            compiled[set] = result
        }
        self.automaton = TermAutomaton(terms: terms)
        self.regexes = regexes
        self.sets = compiled
    }

    /// The compiled form of a term set that belongs to the pack.
    func compiled(_ set: TermSet) -> CompiledTermSet {
        sets[set] ?? .empty
    }

    func compiled(_ signal: Signal) -> CompiledTermSet {
        compiled(TermSet(literals: Self.signalTerms[signal] ?? []))
    }

    /// Distinct literal terms in the automaton (ASCII folded to lower case).
    public var termCount: Int { automaton.terms.count }

    private static func fold(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
