import Testing
@testable import PlanlintYAML

@Suite struct YAMLNodeArchiveTests {
    let parser = YAMLParser()

    /// Documents with every kind of node: styles, tags, empty and multi-line scalars, text
    /// in both scripts, characters beyond the BMP, nesting, several documents.
    static let sources = [
        "",
        "# only a comment\n",
        "a: 1\n",
        "rules:\n  - id: a.b\n    title: 标题\n    terms: [工会经费, '预算', \"經審\"]\n    message: |\n      多行\n      文本 😀\n",
        "---\nfirst: ~\n---\nsecond: !!str 12\nempty: ''\nnested: {x: [1, [2, {y: z}]]}\n",
        "key: \"quote \\\" and back\\\\slash\"\ntab: \"a\\tb\"\ncr: \"a\\rb\"\ncolon: \"1:2; 3,4\"\n",
        "- 123\n- ',;:'\n- \"9:\"\n- p\n- s3;\n",
    ]

    @Test(arguments: sources)
    func decodesToWhatWasEncoded(_ source: String) throws {
        let documents = try parser.parseAll(source)
        let archive = YAMLNodeArchive.encode(documents)
        #expect(try YAMLNodeArchive.decode(archive) == documents)
    }

    @Test func keepsMarksAndTags() throws {
        let documents = try parser.parseAll("a:\n  b: !!str 5\n")
        let decoded = try YAMLNodeArchive.decode(YAMLNodeArchive.encode(documents))
        let value = try #require(decoded.first?["a"]?["b"])
        #expect(value.mark == YAMLMark(line: 2, column: 6))
        #expect(value.tag == "tag:yaml.org,2002:str")
        #expect(value.scalar == "5")
    }

    /// Every prefix of an archive, and every archive with one byte changed, is refused with
    /// an error or read as some tree; none may trap.
    @Test func aDamagedArchiveIsAnErrorNotACrash() throws {
        let archive = YAMLNodeArchive.encode(try parser.parseAll(Self.sources[3]))
        let bytes = Array(archive.utf8)
        for length in 0..<bytes.count {
            #expect(throws: YAMLError.self) { try YAMLNodeArchive.decode(String(decoding: bytes[..<length], as: UTF8.self)) }
        }
        for index in bytes.indices {
            for replacement in [UInt8(ascii: "9"), UInt8(ascii: ";"), UInt8(ascii: "m"), 0xE5] {
                var changed = bytes
                changed[index] = replacement
                _ = try? YAMLNodeArchive.decode(String(decoding: changed, as: UTF8.self))
            }
        }
        #expect(throws: YAMLError.self) { try YAMLNodeArchive.decode("not an archive") }
        #expect(throws: YAMLError.self) { try YAMLNodeArchive.decode("yaml-archive-1;1;" + String(repeating: "1,1,s1;", count: 1_000)) }
    }
}
