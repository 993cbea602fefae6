import Foundation
import PlanlintDocument
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
    let regexes: [LazyRegex]
    /// Per pattern, the literals a line must hold for the pattern to be run on it; nil: every line.
    let regexFilters: [RegexFilter?]
    /// Automaton terms of the non-ASCII letters that case-fold onto ASCII ones.
    let foldHazardIDs: [Int32]
    /// Each term's id by its folded bytes.
    private let termIDs: [ByteKey: Int32]
    /// The automaton's terms for each list of `ProfileWords.body`: the pass that finds the
    /// rules' terms also counts the words the reader guesses a plan's organisation from.
    private let profileWordIDs: [[Int32]]
    private let sets: [TermSet: CompiledTermSet]
    private let byStorage: TermSetAddressTable
    /// The sets `byStorage` is keyed on, kept so their storage is never freed and reused.
    private let retained: [TermSet]
    /// By the signal's place in `signals`: a raw-value enum hashes its string.
    private let signalSets: [CompiledTermSet]
    private static let signals = Signal.allCases
    /// Phrases that are no evidence of a signal though they hold its words: `SetPhrases`
    /// (四个意识, whose numeral counts nothing) and `HolidayAwardNames` (五一劳动奖章, whose
    /// holiday dates nothing).
    let nonEvidence: CompiledTermSet
    /// Phrases across which a time word is read by mistake (`StraddledWords`: 2025年中心).
    let straddled: CompiledTermSet
    /// Each rule's shared part of its findings, by the rule's identity.
    private let findingRules: [ObjectIdentifier: FindingRule]

    /// Literal words that make a mention concrete, by signal (numbers are found by code).
    static let signalTerms: [Signal: [String]] = [
        .time: [
            "上半年", "下半年", "年初", "年中", "年底", "年末", "季度", "学期", "学年", "寒假", "暑假", "上旬", "中旬", "下旬",
            "月初", "月中", "月底", "月末", "每月", "每周", "春节前", "节前", "前夕", "开学", "期中", "期末", "届时", "当月",
            // Within the year (年内举办一次运动会, 今年内完成), and so within this plan's.
            "年内",
            // January as plans also name it (元月份召开职代会), and the year's last days.
            "元月", "岁末",
            // A holiday or a season dates what happens on it: "端午节组织包粽子比赛" is no slogan.
            "元旦", "春节", "新春", "除夕", "两节", "元宵", "清明", "三八", "妇女节", "五一", "劳动节", "端午", "六一",
            "儿童节", "七一", "建党节", "八一", "建军节", "教师节", "中秋", "国庆", "重阳", "护士节", "医师节",
            "春季", "夏季", "秋季", "冬季", "暑期",
            // 国庆 and 劳动节 as plans also write them (not bare 十一 or 5.1: 十一届, section 5.1).
            "十一期间", "十一长假", "十一黄金周", "十一假期", "十一前夕", "五·一", "5·1", "5.1期间", "5.1前夕",
            // The other holidays named by their date with a middle dot (三·八妇女节, 七·一建党节).
            "三·八", "3·8", "六·一", "七·一", "八·一", "十·一",
        ],
        .owner: [
            "负责", "牵头", "责任人", "责任部门", "分管", "主抓", "承办", "具体落实", "由工会主席", "主责", "负总责",
            "第一责任人", "带队",
            // Handed to a named body or officer of the union (由分工会组织, 由女工委承办); not
            // 由工会 alone, which any item of a union's plan could say of itself.
            "由分工会", "由各分会", "由各分工会", "由女工委", "由工会小组", "由各工会小组", "由工会副主席",
        ],
        .amount: ["元/人", "元每人"],
        .number: [],
    ]

    private static let nonEvidenceTerms = SetPhrases.terms + HolidayAwardNames.terms

    /// The part of a rule's findings they all share; made once per rule of the pack (and
    /// anew for a rule from elsewhere).
    func findingRule(for rule: Rule) -> FindingRule {
        findingRules[rule.identity] ?? Self.findingRule(rule)
    }

    /// Patterns' analyses made beforehand, as a list: a pattern's first entry counts. The
    /// bundled pack's are made when planlint is built (`BundledRules.patternAnalyses`).
    public typealias KnownAnalyses = [(pattern: String, analysis: RegexLiterals.Analysis?)]

    /// `RegexLiterals.analysed` of each pattern, taken from `known` when it holds the pattern
    /// and read on all cores otherwise: reading a pack's patterns was a sixth of a one-plan
    /// run, which waits on it. `known` is looked up by the patterns' bytes: a table keyed by
    /// `String` (Chinese text is normalised to be hashed) cost 1.8 M instructions for the
    /// bundled pack, on the path a one-plan run waits on.
    private static func analyse(_ patterns: [String], known: KnownAnalyses) -> [RegexLiterals.Analysis?] {
        var results: [RegexLiterals.Analysis?] = []
        results.reserveCapacity(patterns.count)
        var unknown: [Int] = []
        var byBytes: [ByteKey: RegexLiterals.Analysis?] = [:]
        byBytes.reserveCapacity(known.count)
        for (pattern, analysis) in known {
            let key = ByteKey(pattern)
            if byBytes[key] == nil { byBytes[key] = .some(analysis) }
        }
        for (index, pattern) in patterns.enumerated() {
            if let analysis = byBytes[ByteKey(pattern)] {
                results.append(analysis)
            } else {
                results.append(nil)
                unknown.append(index)
            }
        }
        guard !unknown.isEmpty else { return results }
        let fresh = UnsafeMutableBufferPointer<RegexLiterals.Analysis?>.allocate(capacity: unknown.count)
        fresh.initialize(repeating: nil)
        defer { fresh.deallocate() }
        DispatchQueue.concurrentPerform(iterations: unknown.count) { slot in
            fresh[slot] = RegexLiterals.analysed(patterns[unknown[slot]])
        }
        for (slot, index) in unknown.enumerated() { results[index] = fresh[slot] }
        return results
    }

    private static func findingRule(_ rule: Rule) -> FindingRule {
        FindingRule(
            id: rule.id, theme: rule.theme, basis: rule.basis,
            suggestion: rule.suggestion.map { LocalizedText(zh: $0, en: rule.suggestionEn ?? $0) },
            message: LocalizedText.Templates(zh: rule.message, en: rule.messageEn),
            weakMessage: LocalizedText.Templates(zh: rule.weakMessage ?? rule.message, en: rule.weakMessageEn ?? rule.messageEn))
    }

    /// `gatingPatterns: false` runs every pattern on every line; tests compare the two to
    /// show the gates never change a finding. `knownAnalyses` holds patterns' analyses made
    /// beforehand (`KnownAnalyses`); any other pattern is analysed here. `prebuiltAutomaton` gives an automaton made
    /// beforehand, used when its terms are byte for byte the ones this pack needs, in the
    /// same order (else one is built here): the bundled pack's is built from the terms
    /// planlint-embed-rules found, on another thread while the rest of this runs.
    public init(
        pack: RulePack, gatingPatterns: Bool = true, knownAnalyses: KnownAnalyses = [],
        prebuiltAutomaton: (() -> TermAutomaton)? = nil
    ) {
        self.pack = pack
        var findingRules: [ObjectIdentifier: FindingRule] = [:]
        for rule in pack.rules { findingRules[rule.identity] = Self.findingRule(rule) }
        self.findingRules = findingRules
        var sets: [TermSet] = pack.rules.flatMap(\.termSets)
        for rule in pack.rules {
            if case .substitute(let spec) = rule.kind {
                sets += spec.pairs.map { TermSet(literals: [$0.wrong]) }
            }
        }
        let signalTermSets = Self.signals.map { TermSet(literals: Self.signalTerms[$0] ?? []) }
        let nonEvidenceSet = TermSet(literals: Self.nonEvidenceTerms)
        let straddledSet = TermSet(literals: StraddledWords.terms)
        sets += signalTermSets
        sets.append(nonEvidenceSet)
        sets.append(straddledSet)

        // Terms are keyed by their normalised bytes: hashing bytes is far cheaper than
        // hashing `String`s, which Swift compares by canonical equivalence.
        var literalIDs: [ByteKey: Int32] = [:]
        var terms: [String] = []
        // By the pattern's bytes: two sources alike but for their Unicode normal form are
        // two patterns, each compiled as written.
        var patternIDs: [ByteKey: Int] = [:]
        var regexes: [LazyRegex] = []
        var compiled: [TermSet: CompiledTermSet] = [:]
        // Sized up front (the literals counted with repeats, plus room for the patterns'
        // gates and the profile words): growing these tables rehashed every key each time,
        // on the path a one-plan run waits on.
        let literalCount = sets.reduce(0) { $0 + $1.literals.count }
        literalIDs.reserveCapacity(literalCount + 512)
        terms.reserveCapacity(literalCount + 512)
        compiled.reserveCapacity(sets.count)
        patternIDs.reserveCapacity(sets.reduce(0) { $0 + $1.patterns.count })
        func termID(_ bytes: [UInt8]) -> Int32 {
            let key = ByteKey(bytes)
            if let id = literalIDs[key] { return id }
            let id = Int32(terms.count)
            literalIDs[key] = id
            terms.append(String(decoding: bytes, as: UTF8.self))
            return id
        }
        // Sets are found by their arrays' storage first: a vocabulary's sets share it, and
        // hashing and comparing every string of a set (as `TermSet`'s `Hashable` does, by
        // canonical equivalence) was a tenth of compiling the pack. Sets alike but stored
        // apart still meet in `compiled`.
        var compiledByStorage: [TermSetAddressTable.Key: CompiledTermSet] = [:]
        compiledByStorage.reserveCapacity(sets.count)
        for set in sets {
            let key = TermSetAddressTable.Key(set)
            guard compiledByStorage[key] == nil else { continue }
            if let known = compiled[set] {
                compiledByStorage[key] = known
                continue
            }
            var result = CompiledTermSet.empty
            for literal in set.literals where !literal.isEmpty {
                // Terms meet the text the way documents do: simplified, half-width, ASCII folded.
                result.literalIDs.append(termID(Self.fold(ScriptNormalizer.normalizedBytes(literal))))
            }
            for pattern in set.patterns {
                let key = ByteKey(pattern.source)
                if let id = patternIDs[key] {
                    result.patternIDs.append(id)
                } else {
                    patternIDs[key] = regexes.count
                    result.patternIDs.append(regexes.count)
                    regexes.append(LazyRegex(pattern.source))
                }
            }
            compiled[set] = result
            compiledByStorage[key] = result
        }
        // Each pattern's required literals join the automaton, so a document's one pass
        // also says which lines a pattern could match; the others are never run.
        var filters: [RegexFilter?] = []
        let analyses = gatingPatterns ? Self.analyse(regexes.map(\.pattern), known: knownAnalyses) : []
        for index in regexes.indices {
            guard gatingPatterns, let analysis = analyses[index] else {
                filters.append(nil)
                continue
            }
            let (required, adjacencies) = (analysis.sets, analysis.adjacencies)
            func hasASCIILetter(_ literal: String) -> Bool { literal.utf8.contains { $0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A } }
            let ascii = required.contains { $0.contains(where: hasASCIILetter) }
            // A set is as common as its commonest literal: one with a single character is
            // left to a check on the line when a more selective set gates the pattern.
            let isCommon = { (set: [String]) in set.contains { $0.unicodeScalars.count == 1 } && !set.contains(where: hasASCIILetter) }
            let selective = required.filter { !isCommon($0) }
            // Checked in turn on each line the automaton lets through, fewest literals first: a
            // set of one (篇) turns most lines away with one search, where a set of digits
            // would make twenty before the line got to it.
            let onLines = selective.isEmpty ? [] : required.filter(isCommon).sorted { $0.count < $1.count }
            let gatingSets = selective.isEmpty ? required : selective
            // A pair is checked where the automaton found the run before it (so that run must
            // be one of the automaton's sets), and on bytes as written (so no ASCII letters,
            // whose case the pattern may fold).
            let pairs = adjacencies.compactMap { pair -> RegexFilter.Adjacency? in
                guard !((pair.before ?? []) + pair.after).contains(where: hasASCIILetter) else { return nil }
                guard let before = pair.before else { return RegexFilter.Adjacency(before: [], blanks: pair.blanks, after: pair.after.map { Array($0.utf8) }) }
                guard gatingSets.contains(before) else { return nil }
                return RegexFilter.Adjacency(before: before.map { termID(Self.fold($0)) }, blanks: pair.blanks, after: pair.after.map { Array($0.utf8) })
            }
            filters.append(
                RegexFilter(
                    sets: gatingSets.map { $0.map { termID(Self.fold($0)) } },
                    lineSets: onLines.map { $0.map(Self.fold) }, adjacencies: pairs, hasASCIILetters: ascii))
        }
        self.profileWordIDs = ProfileWords.body.map { words in words.map { termID(Self.fold(ScriptNormalizer.normalizedBytes($0))) } }
        self.foldHazardIDs = filters.contains { $0?.hasASCIILetters == true } ? RegexLiterals.foldHazards.map { termID(Self.fold($0)) } : []
        self.regexFilters = filters
        if let prebuilt = prebuiltAutomaton?(), Self.sameTerms(prebuilt.terms, terms) {
            self.automaton = prebuilt
        } else {
            self.automaton = TermAutomaton(terms: terms)
        }
        self.termIDs = literalIDs
        self.regexes = regexes
        self.sets = compiled
        var byStorage: [(TermSetAddressTable.Key, CompiledTermSet)] = []
        var retained: [TermSet] = []
        for set in sets where !set.isEmpty {
            let key = TermSetAddressTable.Key(set)
            byStorage.append((key, compiledByStorage[key] ?? .empty))
            retained.append(set)
        }
        self.byStorage = TermSetAddressTable(byStorage)
        self.retained = retained
        self.signalSets = signalTermSets.map { compiledByStorage[TermSetAddressTable.Key($0)] ?? .empty }
        self.nonEvidence = compiledByStorage[TermSetAddressTable.Key(nonEvidenceSet)] ?? .empty
        self.straddled = compiledByStorage[TermSetAddressTable.Key(straddledSet)] ?? .empty
    }

    /// The automaton term that finds `literal` (bytes of a pattern) wherever it lies, or nil:
    /// terms are folded, so such a term finds it in other cases as well.
    func termID(finding literal: [UInt8]) -> Int32? {
        termIDs[ByteKey(Self.fold(literal))]
    }

    /// What `ProfileWords.Counter` gives, read from a pass of this pack's automaton.
    func profileWordCounts(_ occurrences: TermOccurrences) -> [Int] {
        ProfileWords.scores(
            wordCounts: profileWordIDs.map { ids in ids.map { occurrences.count(of: $0, startingBefore: ProfileWords.scanLimit) } })
    }

    /// The compiled form of a term set that belongs to the pack.
    func compiled(_ set: TermSet) -> CompiledTermSet {
        // Checks pass the pack's own sets: find them by their arrays' storage, which
        // `retained` keeps alive (so no other array can have the same address), before
        // hashing every string of the set.
        if let hit = byStorage[TermSetAddressTable.Key(set)] { return hit }
        return sets[set] ?? .empty
    }

    func compiled(_ signal: Signal) -> CompiledTermSet {
        signalSets[Self.signals.firstIndex(of: signal)!]
    }

    /// Each pattern and the literals a line must hold before it runs (nil: it runs on
    /// every line), for `planlint-bench --patterns`.
    public var patternFilters: [(pattern: String, required: [[String]]?)] {
        zip(regexes, regexFilters).map { regex, filter in
            (
                regex.pattern,
                filter.map { filter in
                    filter.sets.map { $0.map { automaton.terms[Int($0)] } }
                        + filter.lineSets.map { $0.map { String(decoding: $0, as: UTF8.self) } }
                }
            )
        }
    }

    /// Automaton size, for benchmarks.
    public var automatonSummary: String {
        "\(automaton.terms.count) terms, \(automaton.stateCount) states, \(automaton.classCount) byte classes"
    }

    /// Occurrences of the pack's terms in `text`: the automaton pass alone, for
    /// `planlint-bench --phases`.
    public func countTermMatches(in text: [UInt8]) -> Int {
        var count = 0
        automaton.scan(text) { _ in count += 1 }
        return count
    }

    /// Distinct literal terms in the automaton (ASCII folded to lower case).
    public var termCount: Int { automaton.terms.count }

    /// The automaton's terms in the order it numbers them: what `prebuiltAutomaton` must be
    /// built from for this pack (planlint-embed-rules writes the bundled pack's).
    public var automatonTerms: [String] { automaton.terms }

    /// Byte for byte, not by canonical equivalence: the automaton matches bytes. Compared a
    /// term's memory at a time (`elementsEqual` over two UTF-8 views took 2.2 M instructions
    /// for the bundled pack's terms).
    private static func sameTerms(_ left: [String], _ right: [String]) -> Bool {
        guard left.count == right.count else { return false }
        for (one, other) in zip(left, right) {
            let same = one.utf8.withContiguousStorageIfAvailable { first in
                other.utf8.withContiguousStorageIfAvailable { second in
                    first.count == second.count
                        && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
                }
            } ?? nil
            guard same ?? one.utf8.elementsEqual(other.utf8) else { return false }
        }
        return true
    }

    /// UTF-8 with ASCII letters in lower case, as the automaton matches them.
    private static func fold(_ text: String) -> [UInt8] {
        fold(Array(text.utf8))
    }

    private static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for index in bytes.indices where bytes[index] &- 65 < 26 { bytes[index] += 32 }
        return bytes
    }
}
