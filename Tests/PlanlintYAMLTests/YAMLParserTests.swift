import Testing
@testable import PlanlintYAML

@Suite struct YAMLParserTests {
    let parser = YAMLParser()

    @Test func keepsOneBasedMarksOfEveryNode() throws {
        let node = try #require(try parser.parse("rules:\n  - id: a.b\n    title: 标题\n"))
        let rules = try #require(node["rules"]?.sequence)
        #expect(rules[0].mark == YAMLMark(line: 2, column: 5))
        let title = try #require(rules[0]["title"])
        #expect(title.scalar == "标题")
        #expect(title.mark == YAMLMark(line: 3, column: 12))
    }

    @Test func countsColumnsInCharactersAfterChineseText() throws {
        let node = try #require(try parser.parse("{标题: 值, 键: 第二}"))
        let pairs = try #require(node.mapping)
        #expect(pairs[1].key.mark.column == 9)
    }

    @Test func distinguishesPlainFromQuotedScalars() throws {
        let node = try #require(try parser.parse("a: null\nb: 'null'\nc: |\n  多行\n"))
        #expect(node["a"]?.isNull == true)
        #expect(node["b"]?.isNull == false)
        #expect(node["c"]?.scalar == "多行\n")
    }

    @Test func reportsSyntaxErrorsWithTheirPosition() {
        #expect {
            try parser.parse("rules:\n  - id: a\n   title: [unclosed\n")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax && error.mark.line >= 2
        }
    }

    @Test func rejectsDuplicateKeysAtTheSecondKey() {
        #expect(throws: YAMLError(.duplicateKey, "duplicate key 'id'", at: YAMLMark(line: 2, column: 1))) {
            try parser.parse("id: a\nid: b\n")
        }
    }

    /// Short mappings compare their keys in place, long ones keep a set: a duplicate is
    /// found either way, wherever the first copy stands.
    @Test func rejectsDuplicateKeysInLongMappings() throws {
        let keys = (1...40).map { "词\($0)" }
        let long = keys.map { "\($0): x\n" }.joined()
        #expect(try parser.parse(long)?.mapping?.count == 40)
        for (first, line) in [(3, 31), (20, 41), (39, 41)] {
            #expect(throws: YAMLError(.duplicateKey, "duplicate key '词\(first)'", at: YAMLMark(line: line, column: 1))) {
                try parser.parse(keys.prefix(line - 1).map { "\($0): x\n" }.joined() + "词\(first): y\n")
            }
        }
        #expect(throws: YAMLError(.duplicateKey, "duplicate key '词3'", at: YAMLMark(line: 5, column: 1))) {
            try parser.parse(keys.prefix(4).map { "\($0): x\n" }.joined() + "词3: y\n")
        }
    }

    @Test func expandsAliasesWithinBudget() throws {
        let node = try #require(try parser.parse("base: &terms [一, 二]\ncopy: *terms\n"))
        #expect(node["copy"]?.sequence?.compactMap(\.scalar) == ["一", "二"])
    }

    @Test func refusesBillionLaughs() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        #expect { try parser.parse(text) } throws: { ($0 as? YAMLError)?.kind == .aliasExpansion }
    }

    @Test func boundsNesting() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect { try parser.parse(text) } throws: { ($0 as? YAMLError)?.kind == .tooDeep }
    }

    @Test func refusesUnknownTags() {
        #expect { try parser.parse("a: !!python/object x\n") } throws: { ($0 as? YAMLError)?.kind == .unknownTag }
        #expect(throws: Never.self) { try parser.parse("a: !!str 12\n") }
    }

    @Test func reportsAliasesWithoutAnchor() {
        #expect { try parser.parse("a: *missing\n") } throws: { ($0 as? YAMLError)?.kind == .unknownAnchor }
    }

    @Test func emptyTextHasNoDocument() throws {
        #expect(try parser.parse("") == nil)
        #expect(try parser.parse("# only a comment\n") == nil)
    }
}
