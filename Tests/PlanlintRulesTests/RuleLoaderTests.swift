import Testing
@testable import PlanlintRules

@Suite struct RuleLoaderTests {
    static let valid = """
        vocabularies:
          congress: [职代会, 教代会]
        rules:
          - id: congress.annual
            title: 年度职代会
            kind: require
            severity: error
            match: {vocabulary: congress}
            weak_unless: [time]
            message: 未安排职代会
            message_en: No congress
            basis: 章程第二十六条
            examples:
              pass: [3月召开职代会]
              fail: [加强民主管理]
        """

    func load(_ text: String, path: String = "Rules/test.yaml") throws -> RulePack {
        try RuleLoader().load([RuleSource(path: path, text: text)])
    }

    /// The single error a text produces, or nil if it loads.
    func error(_ text: String) -> RuleLoadError? {
        do {
            _ = try load(text)
            return nil
        } catch let errors as RuleLoadErrors {
            return errors.errors.first
        } catch {
            return nil
        }
    }

    func replacing(_ old: String, with new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func loadsAValidRuleWithItsVocabulary() throws {
        let pack = try load(Self.valid)
        let rule = try #require(pack.rule(id: "congress.annual"))
        guard case .require(let spec) = rule.kind else {
            Issue.record("wrong kind")
            return
        }
        #expect(spec.match.literals == ["职代会", "教代会"])
        #expect(spec.weakUnless?.signals == [.time])
        #expect(rule.weakSeverity == .warning)
        #expect(rule.examples.fail.first?.text == "加强民主管理")
        #expect(rule.location.mark.line == 4)
    }

    @Test func unknownFieldSuggestsTheClosestName() throws {
        let found = try #require(error(replacing("    severity: error", with: "    severty: error")))
        #expect(found.kind == .unknownField || found.kind == .missingField)
        let all = (try? load(replacing("    severity: error", with: "    severty: error"))) == nil
        #expect(all)
        do {
            _ = try load(replacing("    severity: error", with: "    severity: error\n    severty: error"))
            Issue.record("should fail")
        } catch let errors as RuleLoadErrors {
            let text = errors.description
            #expect(text.contains("Rules/test.yaml:8:5: unknown field 'severty' in rule 'congress.annual' (did you mean 'severity'?)"))
        }
    }

    @Test func reportsYAMLSyntaxWithPosition() throws {
        let found = try #require(error("rules:\n  - id: a.b\n    title: [x\n"))
        #expect(found.kind == .yamlSyntax)
        #expect(found.description.hasPrefix("Rules/test.yaml:"))
    }

    @Test func reportsWrongTypes() throws {
        let found = try #require(error(replacing("    title: 年度职代会", with: "    title: [一, 二]")))
        #expect(found.kind == .wrongType)
        #expect(found.mark.line == 5)
    }

    @Test func reportsUnknownKindWithSuggestion() throws {
        let found = try #require(error(replacing("kind: require", with: "kind: requir")))
        #expect(found.kind == .unknownKind)
        #expect(found.message.contains("did you mean 'require'"))
    }

    @Test func reportsInvalidAndRiskyRegex() throws {
        let invalid = try #require(error(replacing("match: {vocabulary: congress}", with: "match: {patterns: ['(unclosed']}")))
        #expect(invalid.kind == .invalidRegex)
        let risky = try #require(error(replacing("match: {vocabulary: congress}", with: "match: {patterns: ['(a+)+b']}")))
        #expect(risky.kind == .riskyRegex)
    }

    @Test func reportsUnknownVocabularyAndSignal() throws {
        let vocabulary = try #require(error(replacing("{vocabulary: congress}", with: "{vocabulary: congres}")))
        #expect(vocabulary.kind == .unknownVocabulary)
        #expect(vocabulary.message.contains("did you mean 'congress'"))
        let signal = try #require(error(replacing("weak_unless: [time]", with: "weak_unless: [tme]")))
        #expect(signal.kind == .unknownVocabulary)
    }

    /// `weak_heading_scope` is `body` unless a rule says `heading`; any other value is refused
    /// at its own position.
    @Test func readsTheHeadingScopeOfWeakEvidence() throws {
        guard case .require(let spec) = try #require(try load(Self.valid).rule(id: "congress.annual")).kind else {
            Issue.record("not a require rule")
            return
        }
        #expect(spec.weakHeadingScope == .body)
        let heading = try load(replacing("weak_unless: [time]", with: "weak_unless: [time]\n    weak_heading_scope: heading"))
        guard case .require(let kept) = try #require(heading.rule(id: "congress.annual")).kind else {
            Issue.record("not a require rule")
            return
        }
        #expect(kept.weakHeadingScope == .heading)
        let found = try #require(error(replacing("weak_unless: [time]", with: "weak_unless: [time]\n    weak_heading_scope: section")))
        #expect(found.kind == .invalidValue)
        #expect(found.message == "'weak_heading_scope' must be one of: body, heading")
        #expect(found.mark.line == 10)
        #expect(found.mark.column == 25)
        #expect(found.description.hasPrefix("Rules/test.yaml:10:25: "))
    }

    /// `when: {mentions: …}` is a term set like `match`: a vocabulary there is expanded, and a
    /// misspelt one refuses the rule at its own position.
    @Test func whenMentionsIsATermSetCheckedLikeMatch() throws {
        let pack = try load(replacing("    severity: error\n", with: "    severity: error\n    when: {mentions: {vocabulary: congress, terms: [代表大会]}}\n"))
        let mentions = try #require(pack.rules[0].condition.mentions)
        #expect(mentions.literals == ["代表大会", "职代会", "教代会"])
        #expect(mentions.vocabularies == ["congress"])
        #expect(try load(replacing("    severity: error\n", with: "    severity: error\n    when: {mentions: [职代会]}\n")).rules[0].termSets.contains(TermSet(literals: ["职代会"])))

        let misspelt = replacing("    severity: error\n", with: "    severity: error\n    when: {mentions: {vocabulary: congres}}\n")
        do {
            _ = try load(misspelt)
            Issue.record("should fail")
        } catch let errors as RuleLoadErrors {
            #expect(errors.errors.map(\.description) == ["Rules/test.yaml:8:35: unknown vocabulary 'congres' (did you mean 'congress'?)"])
        }
        #expect(try #require(error(replacing("    severity: error\n", with: "    severity: error\n    when: {mentions: []}\n"))).kind == .emptyTermList)
        let unless = try load(replacing("    severity: error\n", with: "    severity: error\n    when: {unless_title: [要点, 思路]}\n"))
        #expect(unless.rules[0].condition.unlessTitle?.literals == ["要点", "思路"])
        #expect(unless.rules[0].termSets.contains(TermSet(literals: ["要点", "思路"])))
        #expect(try #require(error(replacing("    severity: error\n", with: "    severity: error\n    when: {unless_title: []}\n"))).kind == .emptyTermList)
        let key = try #require(error(replacing("    severity: error\n", with: "    severity: error\n    when: {mention: [职代会]}\n")))
        #expect(key.kind == .unknownField)
        #expect(key.message.contains("did you mean 'mentions'"))
    }

    /// A vocabulary may be a mapping of terms and patterns: its patterns go wherever its terms
    /// go (a term set, `weak_unless`), and a broken pattern or field is refused at its place.
    @Test func vocabularyPatternsGoWithItsTerms() throws {
        let text = replacing("  congress: [职代会, 教代会]\n", with: "  congress: [职代会, 教代会]\n  session:\n    terms: [届一次]\n    patterns: ['第[一二三]次职代会']\n")
            .replacingOccurrences(of: "weak_unless: [time]", with: "weak_unless: [time, session]")
        let pack = try load(text)
        #expect(pack.vocabularies["session"]?.literals == ["届一次"])
        #expect(pack.vocabularies["session"]?.patterns.map(\.source) == ["第[一二三]次职代会"])
        guard case .require(let spec) = try #require(pack.rules.first).kind else {
            Issue.record("wrong kind")
            return
        }
        #expect(spec.weakUnless?.terms.literals == ["届一次"])
        #expect(spec.weakUnless?.terms.patterns.map(\.source) == ["第[一二三]次职代会"])

        let broken = try #require(error(text.replacingOccurrences(of: "'第[一二三]次职代会'", with: "'第[一二三次职代会'")))
        #expect(broken.kind == .invalidRegex)
        #expect(broken.description.hasPrefix("Rules/test.yaml:5:16: invalid regular expression"))
        let misnamed = try #require(error(text.replacingOccurrences(of: "    terms: [届一次]", with: "    term: [届一次]")))
        #expect(misnamed.kind == .unknownField)
        #expect(misnamed.description.hasPrefix("Rules/test.yaml:4:5: unknown field 'term' in vocabulary 'session'"))
        let empty = try #require(error(text.replacingOccurrences(of: "    terms: [届一次]\n    patterns: ['第[一二三]次职代会']\n", with: "    terms: []\n")))
        #expect(empty.kind == .emptyTermList)
    }

    @Test func reportsDuplicateIdsAcrossFiles() {
        do {
            _ = try RuleLoader().load([RuleSource(path: "a.yaml", text: Self.valid), RuleSource(path: "b.yaml", text: Self.valid.replacingOccurrences(of: "vocabularies:\n  congress: [职代会, 教代会]\n", with: "vocabularies:\n  other: [x]\n"))])
            Issue.record("should fail")
        } catch let errors as RuleLoadErrors {
            #expect(errors.errors.contains { $0.kind == .duplicateId && $0.file == "b.yaml" })
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func reportsMissingMessage() throws {
        let found = try #require(error(replacing("    message: 未安排职代会\n", with: "")))
        #expect(found.kind == .missingField)
        #expect(found.message.contains("'message'"))
    }

    @Test func reportsEmptyTermLists() throws {
        let found = try #require(error(replacing("match: {vocabulary: congress}", with: "match: []")))
        #expect(found.kind == .emptyTermList)
        let vocabulary = try #require(error(replacing("congress: [职代会, 教代会]", with: "congress: []")))
        #expect(vocabulary.kind == .emptyTermList)
    }

    @Test func reportsBadIdsSeveritiesAndProfiles() throws {
        #expect(try #require(error(replacing("id: congress.annual", with: "id: Congress"))).kind == .invalidValue)
        #expect(try #require(error(replacing("severity: error", with: "severity: fatal"))).kind == .invalidValue)
        #expect(try #require(error(replacing("    basis:", with: "    applies_to: [factory]\n    basis:"))).kind == .invalidValue)
    }

    @Test func reportsFieldsOfAnotherKind() throws {
        let found = try #require(error(replacing("    weak_unless: [time]", with: "    weak_unless: [time]\n    min_chars: 3")))
        #expect(found.kind == .unknownField)
        #expect(found.message.contains("does not belong to kind 'require'"))
    }

    @Test func collectsEveryErrorNotJustTheFirst() {
        let text = replacing("severity: error", with: "severity: fatal").replacingOccurrences(of: "kind: require", with: "kind: nope")
        do {
            _ = try load(text)
        } catch let errors as RuleLoadErrors {
            #expect(errors.errors.count >= 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func themeComesFromFolderUnlessGiven() throws {
        let pack = try RuleLoader().load([RuleSource(path: "Rules/democracy/c.yaml", text: Self.valid, folderTheme: "democracy")])
        #expect(pack.rules[0].theme == "democracy")
        let explicit = try load(replacing("    basis:", with: "    theme: funds\n    basis:"))
        #expect(explicit.rules[0].theme == "funds")
    }

    @Test func substituteAndCoverageKindsLoad() throws {
        let text = """
            rules:
              - id: hygiene.conversion
                title: t
                kind: substitute
                severity: warning
                replace: {效劳: 服务, 根底: 基础}
                message: m
                message_en: m
                basis: b
              - id: holidays.coverage
                title: t
                kind: coverage
                severity: warning
                min: 1
                items:
                  - {name: 春节, terms: [春节, 新春]}
                  - {name: 教师节, applies_to: [school]}
                  - {name: 医师节, applies_to: [hospital], year_from: 2018}
                message: m
                message_en: m
                basis: b
            """
        let pack = try load(text)
        guard case .substitute(let substitute) = pack.rules[0].kind, case .coverage(let coverage) = pack.rules[1].kind else {
            Issue.record("wrong kinds")
            return
        }
        #expect(substitute.pairs == [Substitution(wrong: "效劳", right: "服务"), Substitution(wrong: "根底", right: "基础")])
        #expect(coverage.items[1].match.literals == ["教师节"])
        #expect(coverage.items[1].appliesTo == [.school])
        #expect(coverage.items[1].yearFrom == nil)
        #expect(coverage.items[2].yearFrom == 2018)
    }

    /// A replacement that holds its wrong word would flag every fix again; with the
    /// replacement excepted it settles and loads.
    @Test func refusesAReplacementThatHoldsItsWrongWord() throws {
        let rule = """
            rules:
              - id: hygiene.people
                title: t
                kind: substitute
                severity: info
                replace: {职工: 广大职工}
                message: m
                message_en: m
                basis: b
            """
        let found = try #require(error(rule))
        #expect(found.kind == .invalidValue)
        #expect(found.description == "Rules/test.yaml:6:15: '职工' is replaced by '广大职工', which holds it: every fix would be flagged again (add '广大职工' to 'except')")
        #expect(error(rule.replacingOccurrences(of: "    basis: b", with: "    basis: b\n    except: [广大职工]")) == nil)
    }

    /// `review_headings` and `ignore_plan_terms_in_summary_clauses` change how the body's
    /// summary words are weighed: set on a rule with none they would do nothing unnoticed.
    @Test func refusesReviewHeadingsWithoutSummaryTerms() throws {
        let rule = """
            rules:
              - id: structure.not-a-plan
                title: t
                kind: document
                severity: error
                expect: plan
                review_headings: [工作回顾]
                message: m
                message_en: m
                basis: b
            """
        let found = try #require(error(rule))
        #expect(found.kind == .missingField)
        #expect(found.description == "Rules/test.yaml:7:22: 'review_headings' weighs the body's 'summary_terms'; add 'summary_terms'")
        let clauses = rule.replacingOccurrences(of: "review_headings: [工作回顾]", with: "ignore_plan_terms_in_summary_clauses: true")
        #expect(try #require(error(clauses)).description.hasPrefix("Rules/test.yaml:7:43: 'ignore_plan_terms_in_summary_clauses' weighs"))
        let wrongType = rule.replacingOccurrences(of: "review_headings: [工作回顾]", with: "summary_terms: [取得了]\n    ignore_plan_terms_in_summary_clauses: often")
        #expect(try #require(error(wrongType)).description == "Rules/test.yaml:8:43: 'ignore_plan_terms_in_summary_clauses' must be true or false")
        #expect(error(rule.replacingOccurrences(of: "review_headings: [工作回顾]", with: "summary_terms: [取得了]\n    review_headings: [工作回顾]")) == nil)
    }

    /// `flag_kind` alone makes a document rule; its value and `when.documents` know `scheme`.
    @Test func loadsFlagKindAndSchemeDocuments() throws {
        let rule = """
            rules:
              - id: structure.activity-scheme
                title: t
                kind: document
                severity: warning
                flag_kind: scheme
                message: m
                message_en: m
                basis: b
              - id: scheme.time
                title: t
                kind: require
                severity: warning
                when: {documents: scheme}
                match: [活动时间]
                message: m
                message_en: m
                basis: b
            """
        let pack = try load(rule)
        guard case .document(let spec) = pack.rules[0].kind else {
            Issue.record("not a document rule")
            return
        }
        #expect(spec.flagKind == .scheme)
        #expect(pack.rules[1].condition.documentKinds == [.scheme])
        let wrong = try #require(error(rule.replacingOccurrences(of: "flag_kind: scheme", with: "flag_kind: event")))
        #expect(wrong.kind == .invalidValue)
        let none = try #require(error(rule.replacingOccurrences(of: "    flag_kind: scheme\n", with: "")))
        #expect(none.description.hasSuffix("kind 'document' needs 'expect', 'max_parts', 'subject_terms', 'flag_kind' or 'unfinished_end'"))
        let unknown = try #require(error(rule.replacingOccurrences(of: "documents: scheme", with: "documents: notice")))
        #expect(unknown.description.hasSuffix("unknown document kind 'notice'; kinds are: plan, summary, scheme, unknown"))
    }

    @Test func refusesSeveralDocumentsInOneFile() throws {
        let found = try #require(error(Self.valid + "\n---\nrules: []\n"))
        #expect(found.kind == .wrongType)
        #expect(found.message.contains("2 YAML documents"))
    }

    /// The byte-wise containment the substitute check relies on.
    @Test func replacementHoldingItsWrongWordIsFoundByBytes() {
        #expect(RuleKindDecoder.holds("广大职工", "职工"))
        #expect(RuleKindDecoder.holds("职工", "职工"))
        #expect(!RuleKindDecoder.holds("职工", "广大职工"))
        #expect(!RuleKindDecoder.holds("职员", "职工"))
        #expect(RuleKindDecoder.holds("abc", "c"))
        #expect(!RuleKindDecoder.holds("", "a"))
        #expect(RuleKindDecoder.holds("a", ""))
    }
}
