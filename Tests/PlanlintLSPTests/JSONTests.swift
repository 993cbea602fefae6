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

    /// What the reader makes of each text is what Foundation's JSONDecoder made of it (the
    /// reader replaced it), white space, escapes and numbers of every form included.
    @Test(arguments: [
        #"{"jsonrpc":"2.0","id":7,"method":"textDocument/didChange","params":{"contentChanges":[{"text":"一、指导思想\n\t职代会"}]}}"#,
        " [ 1 , -2 , 3.25 , 0 , -0 , true , false , null , \"\" , { } , [ ] ] \n",
        "[-0.5e2]", "[1E3]", "[2.0]", "[1.5e1]", "[-1.0e-2]", "[9223372036854775807.0]",
        #"{"escapes":"\" \\ \/ \b \f \n \r \t \u0041 \u4e2d \ud83d\ude00","ascii":"plain"}"#,
        #"{"big":9223372036854775807,"bigger":9223372036854775808,"small":-9223372036854775808,"frac":0.1}"#,
        #"{"a":{"b":{"c":[[[{"d":"深"}]]]}},"a2":[{"x":1},{"y":[2,3]}]}"#,
    ])
    func readsWhatJSONDecoderRead(_ text: String) throws {
        let data = Data(text.utf8)
        #expect(try JSON.parse(data) == JSONDecoder().decode(JSON.self, from: data))
    }

    /// Values written and read back: random trees of every kind, keys and strings with
    /// quotes, backslashes, control characters and text beyond the BMP.
    @Test func randomValuesRoundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "职代会", "\"", "\\", "\n", "\u{1}", "\u{1F600}", " ", "/", "\u{7F}", "é"]
        func text() -> String { (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        func value(_ depth: Int) -> JSON {
            switch Int.random(in: 0...(depth > 4 ? 4 : 6), using: &generator) {
            case 0: return .null
            case 1: return .bool(Bool.random(using: &generator))
            case 2: return .int(Int.random(in: Int.min...Int.max, using: &generator))
            case 3: return .double(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 64)
            case 4: return .string(text())
            case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in value(depth + 1) })
            default:
                var object: [String: JSON] = [:]
                for _ in 0..<Int.random(in: 0...4, using: &generator) { object[text()] = value(depth + 1) }
                return .object(object)
            }
        }
        for _ in 0..<300 {
            let original = value(0)
            let parsed = try JSON.parse(original.data())
            // Integral doubles are written as integers; `int` reads both alike.
            #expect(parsed.data() == original.data(), "\(original)")
        }
    }

    @Test func surrogatesAndNumbers() throws {
        #expect(try JSON.parse(Data(#""\ud83d\ude00""#.utf8)) == "😀")
        #expect(try JSON.parse(Data(#""\ud83dx""#.utf8)) == "\u{FFFD}x")
        #expect(try JSON.parse(Data(#""\ude00\ud83d""#.utf8)) == "\u{FFFD}\u{FFFD}")
        #expect(try JSON.parse(Data(#""\ud83d\u0041""#.utf8)) == "\u{FFFD}A")
        #expect(try JSON.parse(Data("12".utf8)) == .int(12))
        #expect(try JSON.parse(Data("-12".utf8)) == .int(-12))
        #expect(try JSON.parse(Data("1.5e1".utf8)) == .int(15))
        #expect(try JSON.parse(Data("0.25".utf8)) == .double(0.25))
        #expect(try JSON.parse(Data("9223372036854775808".utf8)) == .double(9_223_372_036_854_775_808))
        // Invalid UTF-8 inside a string is repaired, not refused.
        #expect(try JSON.parse(Data([0x22, 0xE5, 0xB7, 0x22])) == "\u{FFFD}")
    }

    /// Text that is not JSON is refused with the offset where it went wrong; no prefix of a
    /// message and no message with a byte changed may trap.
    @Test func malformedTextIsRefused() throws {
        let bad: [(String, Int)] = [
            ("", 0), ("{", 1), ("[1,]", 3), (#"{"a"}"#, 4), (#"{"a":}"#, 5), ("tru", 0), ("01", 1), ("1.", 2), ("-", 1),
            (#""abc"#, 4), (#""\x""#, 2), ("\"\u{1}\"", 1), ("[1 2]", 3), ("{} {}", 3), (#""\u12""#, 3), ("nul", 0),
            ("[", 1), ("{\"a\":1,}", 7), ("+1", 0), (".5", 0), ("1e", 2), ("'a'", 0), ("1e400", 0), ("[1,-1e999]", 3),
        ]
        for (text, offset) in bad {
            #expect(throws: JSON.ParseError.malformed(offset: offset), "\(text)") { try JSON.parse(Data(text.utf8)) }
        }
        let message = Array(#"{"jsonrpc":"2.0","id":1,"params":{"text":"职代会\n\u4e2d","list":[1,2.5,true,null]}}"#.utf8)
        for length in 0..<message.count {
            #expect(throws: JSON.ParseError.self) { try JSON.parse(Data(message[..<length])) }
        }
        for index in message.indices {
            for replacement: UInt8 in [0x22, 0x5C, 0x7B, 0x5D, 0x2C, 0x00, 0xFF] {
                var changed = message
                changed[index] = replacement
                _ = try? JSON.parse(Data(changed))
            }
        }
    }
}
