import Foundation
import Testing

@testable import PlanlintLSP

@Suite struct JSONTests {
    @Test func serialisesCompactSortedAndEscaped() throws {
        let value: JSON = ["b": [1, true, .null, .double(2.5)], "a": "引号\"\\\n\t\u{1}"]
        let text = String(decoding: value.data(), as: UTF8.self)
        #expect(text == #"{"a":"引号\"\\\n\t\u0001","b":[1,true,null,2.5]}"#)
        #expect(try JSON.parse(value.data()) == value)
    }

    private func nested(_ depth: Int, inner: String = "") -> Data {
        Data((String(repeating: "[", count: depth) + inner + String(repeating: "]", count: depth)).utf8)
    }

    @Test func nestingIsBounded() throws {
        let limit = JSON.maxDepth
        #expect(throws: JSON.ParseError.tooDeep(offset: limit, limit: limit)) { try JSON.parse(nested(limit + 1)) }
        #expect(throws: JSON.ParseError.tooDeep(offset: limit, limit: limit)) { try JSON.parse(nested(1_000_000)) }
        var value = try JSON.parse(nested(limit, inner: "7"))
        for _ in 0..<limit { value = value[0] }
        #expect(value == 7)
    }

    /// Brackets inside strings are text, escaped quotes included, and objects count like arrays.
    @Test func onlyStructureCounts() throws {
        let brackets = String(repeating: "[{", count: 300)
        let text = #"{"a":"\"\\\#(brackets)","b":{"c":[1]}}"#
        let parsed = try JSON.parse(Data(text.utf8))
        #expect(parsed["a"].string == "\"\\" + brackets)
        #expect(parsed["b"]["c"][0] == 1)
        let objects = String(repeating: #"{"k":"#, count: JSON.maxDepth + 1) + "1" + String(repeating: "}", count: JSON.maxDepth + 1)
        #expect(throws: JSON.ParseError.self) { try JSON.parse(Data(objects.utf8)) }
    }
}
