import Foundation
import PlanlintTestSupport
import Testing

@testable import PlanlintReporters

@Suite struct JSONWriterTests {
    /// Numbers written straight into the storage read as `String(n)` does, at every length
    /// and across a growth of the buffer.
    @Test func integersAreWrittenAsDecimal() {
        var generator = TestRandom()
        var numbers = [0, 1, 9, 10, 99, 100, 999_999, -1, -10, Int.max, Int.min, Int.max / 10, -(Int.max / 10)]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            numbers += [power - 1, power, -power]
        }
        numbers += (0..<500).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...62, using: &generator) }
        var writer = JSONWriter(pretty: false, capacity: 64)
        writer.openArray()
        for number in numbers {
            writer.element()
            writer.int(number)
        }
        writer.closeArray()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
    }

    /// More shared strings than the writer remembers, made and dropped as a run goes (so that
    /// slots are taken over and storage reused), still read as each escaped on its own.
    @Test func manySharedStringsWriteWhatPlainStringsWrite() {
        var generator = TestRandom()
        var shared = JSONWriter(capacity: 64)
        var plain = JSONWriter(capacity: 64)
        shared.openArray()
        plain.openArray()
        var live: [String] = []
        for index in 0..<3_000 {
            if live.count < 40 || Int.random(in: 0..<3, using: &generator) == 0 {
                // A new string of its own storage, long enough to be remembered; some with
                // the same length as others, so that a reused address could pass for one.
                live.append("第\(index % 97)条规定：工会经费“专款专用”\\" + String(repeating: "乙", count: index % 5))
                if live.count > 60 { live.remove(at: Int.random(in: 0..<live.count, using: &generator)) }
            }
            let text = live.randomElement(using: &generator)!
            shared.element()
            shared.sharedString(text)
            plain.element()
            plain.string(text)
        }
        shared.closeArray()
        plain.closeArray()
        #expect(shared.bytes == plain.bytes)
    }

    /// A shared string written again is copied from its first escaped copy; the document
    /// must read as if each had been escaped on its own, also when the buffer grows (and
    /// moves) between the copies.
    @Test func sharedStringsWriteWhatPlainStringsWrite() {
        let texts = [
            "依据《中华人民共和国工会法》第四十二条，工会经费应当专款专用\n“引号”与\\反斜杠", "短", "\u{2028}行分隔符之后还有足够长的一段说明文字，用来超过记忆的长度",
        ]
        var generator = TestRandom()
        for _ in 0..<50 {
            var shared = JSONWriter(capacity: 64)
            var plain = JSONWriter(capacity: 64)
            shared.openArray()
            plain.openArray()
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let text = texts.randomElement(using: &generator)!
                // Padding of random length makes the buffer grow at random points.
                let padding = String(repeating: "甲", count: Int.random(in: 0...300, using: &generator))
                shared.element()
                shared.sharedString(text)
                shared.element()
                shared.string(padding)
                plain.element()
                plain.string(text)
                plain.element()
                plain.string(padding)
            }
            shared.sharedString(nil)
            plain.string(nil)
            shared.closeArray()
            plain.closeArray()
            #expect(shared.bytes == plain.bytes)
        }
    }

    /// An array written again right after is copied from the first; the document reads as
    /// if each had been written, at every nesting level, as the buffer grows, and when a
    /// different array (or an equal one in other storage) comes between.
    @Test func repeatedStringArraysWriteWhatPlainArraysWrite() {
        let paths: [[String]] = [["一、指导思想"], ["二、主要工作", "（一）民主管理\n“职代会”"], [], ["二、主要工作", "（一）民主管理\n“职代会”"]]
        var generator = TestRandom()
        for _ in 0..<50 {
            var repeated = JSONWriter(capacity: 64)
            var plain = JSONWriter(capacity: 64)
            repeated.openArray()
            plain.openArray()
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let path = paths.randomElement(using: &generator)!
                let nested = Bool.random(using: &generator)
                let padding = String(repeating: "甲", count: Int.random(in: 0...300, using: &generator))
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    if nested {
                        repeated.element()
                        repeated.openObject()
                        repeated.key("section")
                        plain.element()
                        plain.openObject()
                        plain.key("section")
                    } else {
                        repeated.element()
                        plain.element()
                    }
                    repeated.repeatedStrings(path)
                    plain.strings(path)
                    if nested {
                        repeated.closeObject()
                        plain.closeObject()
                    }
                }
                repeated.element()
                repeated.string(padding)
                plain.element()
                plain.string(padding)
            }
            repeated.closeArray()
            plain.closeArray()
            #expect(repeated.bytes == plain.bytes)
        }
    }

    /// A string handed over in pieces is escaped as the whole string would be: the pieces
    /// are cut between characters, and escapes work character by character.
    @Test func stringInPiecesWritesTheWholeString() {
        let parts = ["甲", "\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "abc", "\t", "😀", "{", ""]
        var generator = TestRandom()
        for _ in 0..<300 {
            let pieces = (0..<Int.random(in: 0...8, using: &generator)).map { _ in RandomText.joined(from: parts, count: 0...4, using: &generator) }
            var inPieces = JSONWriter(capacity: 64)
            var whole = JSONWriter(capacity: 64)
            inPieces.string { emit in
                for var piece in pieces { piece.withUTF8 { emit($0) } }
            }
            whole.string(pieces.joined())
            #expect(inPieces.bytes == whole.bytes)
        }
    }

    /// A writer given the caller's buffer writes what a writer with its own storage writes,
    /// in place while the text fits and in its own storage once it does not.
    @Test func writingIntoACallersBufferMatchesOwnStorage() {
        var generator = TestRandom()
        var inPlace = 0
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                String(repeating: "工会“", count: Int.random(in: 0...20, using: &generator))
            }
            func write(_ writer: inout JSONWriter) {
                writer.openObject()
                writer.key("values")
                writer.strings(values)
                writer.key("count")
                writer.int(values.count)
                writer.closeObject()
            }
            var own = JSONWriter(level: 2)
            write(&own)
            let size = Int.random(in: 0...600, using: &generator)
            var fitted = false
            let buffered = [UInt8](unsafeUninitializedCapacity: size) { buffer, written in
                var writer = JSONWriter(level: 2, into: buffer)
                write(&writer)
                fitted = writer.isInPlace
                written = fitted ? writer.byteCount : 0
                if !fitted { #expect(writer.bytes == own.bytes) }
            }
            if fitted {
                #expect(buffered == own.bytes)
                inPlace += 1
            }
            #expect(fitted == (own.bytes.count <= size) || own.bytes.count + 16 > size)
        }
        // Both ways were taken.
        #expect(inPlace > 20 && inPlace < 180)
    }

    /// Keys are written in one stretch; the layout is the one `JSONValue` gives.
    @Test func keysMatchTheGeneralSerialiser() {
        var writer = JSONWriter(level: 1, capacity: 8)
        writer.openObject()
        writer.key("alpha")
        writer.int(1)
        writer.key("beta_gamma_delta_epsilon")
        writer.openObject()
        writer.key("z")
        writer.null()
        writer.closeObject()
        writer.closeObject()
        let expected = JSONValue.object(["alpha": .int(1), "beta_gamma_delta_epsilon": .object(["z": .null])])
            .serialized(indentLevel: 1)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }
}

@Suite struct JSONSummaryTests {
    /// The summary written member by member is its own sorted serialisation (the layout of
    /// `JSONValue`, keys in byte order), with and without the file counts.
    @Test func summaryIsItsOwnSortedSerialisation() throws {
        var generator = TestRandom()
        for round in 0..<50 {
            var tally = ReportTally()
            tally.missing = Int.random(in: 0...99, using: &generator)
            tally.weak = Int.random(in: 0...99, using: &generator)
            tally.defect = Int.random(in: 0...99, using: &generator)
            tally.error = Int.random(in: 0...99, using: &generator)
            tally.warning = Int.random(in: 0...99, using: &generator)
            tally.info = Int.random(in: 0...99, using: &generator)
            tally.files = Int.random(in: 0...99, using: &generator)
            tally.unreadable = Int.random(in: 0...99, using: &generator)
            let countingFiles = round % 2 == 0
            var writer = JSONWriter(level: 3)
            JSONReporter().writeSummary(tally, countingFiles: countingFiles, to: &writer)
            let text = String(decoding: writer.bytes, as: UTF8.self)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Int])
            #expect(text == (try JSONValue(parsed)).serialized(indentLevel: 3))
            #expect(parsed.count == (countingFiles ? 8 : 6))
            #expect(parsed["weak"] == tally.weak && parsed["files_with_errors"] == (countingFiles ? tally.unreadable : nil))
        }
    }
}
