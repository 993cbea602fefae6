/// YAML trees written out as a compact string and read back without parsing YAML.
///
/// The bundled rules are parsed once, at build time (`planlint-embed-rules`), and shipped as
/// this archive beside their text: reading it back costs about a twentieth of parsing the
/// text with libyaml, which was a fifth of a one-plan run. Marks and tags are kept, so every
/// error a rule can raise still points at its line and column.
///
/// The format is for this program only and may change with it: a version tag, then nodes
/// in prefix order. A node is its mark (`line,column,`), an optional tag (`t` and a string),
/// then one of `p` `q` `l` and a string (a plain, quoted or literal scalar), or `s`/`m` and
/// a count of items or pairs followed by them. A string is its byte length, `:` and its
/// UTF-8 bytes; counts and numbers are decimal and end with `;` or `,`.
public enum YAMLNodeArchive {
    private static let version = "yaml-archive-1;"

    /// The archive of `documents`.
    public static func encode(_ documents: [YAMLNode]) -> String {
        var output = version
        output += "\(documents.count);"
        for document in documents { write(document, to: &output) }
        return output
    }

    private static func write(_ node: YAMLNode, to output: inout String) {
        output += "\(node.mark.line),\(node.mark.column),"
        if let tag = node.tag {
            output += "t"
            write(tag, to: &output)
        }
        switch node.content {
        case .scalar(let text, let style):
            switch style {
            case .plain: output += "p"
            case .quoted: output += "q"
            case .literal: output += "l"
            }
            write(text, to: &output)
        case .sequence(let items):
            output += "s\(items.count);"
            for item in items { write(item, to: &output) }
        case .mapping(let pairs):
            output += "m\(pairs.count);"
            for pair in pairs {
                write(pair.key, to: &output)
                write(pair.value, to: &output)
            }
        }
    }

    private static func write(_ text: String, to output: inout String) {
        output += "\(text.utf8.count):"
        output += text
    }

    /// The documents of an archive `encode` made. A damaged or foreign archive is an error
    /// (at 1:1: it has no source of its own), never a crash.
    public static func decode(_ archive: String) throws(YAMLError) -> [YAMLNode] {
        var archive = archive
        // `withUTF8` rethrows untyped errors: the result is carried out instead.
        return try archive.withUTF8 { bytes in
            Result { () throws(YAMLError) -> [YAMLNode] in
                var reader = Reader(bytes: bytes)
                try reader.expect(version)
                let count = try reader.number(endingWith: ";")
                var documents: [YAMLNode] = []
                documents.reserveCapacity(min(count, 64))
                for _ in 0..<count { documents.append(try reader.node(depth: 0)) }
                guard reader.index == bytes.count else { throw Reader.damaged }
                return documents
            }
        }.get()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        static let damaged = YAMLError(.syntax, "damaged YAML archive", at: YAMLMark(line: 1, column: 1))
        /// Deeper than any tree the parser lets through (its limit is 64): a damaged archive
        /// must not recurse until the stack runs out.
        private static let maxDepth = 256

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func expect(_ text: String) throws(YAMLError) {
            for byte in text.utf8 {
                guard index < bytes.count, bytes[index] == byte else { throw Self.damaged }
                index += 1
            }
        }

        /// Decimal digits up to `terminator`, which is consumed.
        mutating func number(endingWith terminator: Unicode.Scalar) throws(YAMLError) -> Int {
            var value = 0
            var digits = 0
            while index < bytes.count, bytes[index] &- 0x30 < 10 {
                value = value * 10 + Int(bytes[index] &- 0x30)
                digits += 1
                index += 1
                guard digits <= 12 else { throw Self.damaged }
            }
            guard digits > 0, index < bytes.count, bytes[index] == UInt8(terminator.value) else { throw Self.damaged }
            index += 1
            return value
        }

        mutating func string() throws(YAMLError) -> String {
            let length = try number(endingWith: ":")
            guard length <= bytes.count - index else { throw Self.damaged }
            let slice = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
            index += length
            // Cut where `encode` cut, at a string's end. A damaged archive may cut a character
            // in two: decoding repairs it rather than trapping, and the structure around it
            // is what tells the damage.
            return String(decoding: slice, as: UTF8.self)
        }

        mutating func next() throws(YAMLError) -> UInt8 {
            guard index < bytes.count else { throw Self.damaged }
            defer { index += 1 }
            return bytes[index]
        }

        mutating func node(depth: Int) throws(YAMLError) -> YAMLNode {
            guard depth < Self.maxDepth else { throw Self.damaged }
            let mark = YAMLMark(line: try number(endingWith: ","), column: try number(endingWith: ","))
            var kind = try next()
            var tag: String?
            if kind == UInt8(ascii: "t") {
                tag = try string()
                kind = try next()
            }
            let content: YAMLNode.Content
            switch kind {
            case UInt8(ascii: "p"): content = .scalar(try string(), .plain)
            case UInt8(ascii: "q"): content = .scalar(try string(), .quoted)
            case UInt8(ascii: "l"): content = .scalar(try string(), .literal)
            case UInt8(ascii: "s"):
                let count = try number(endingWith: ";")
                // Each item takes at least five bytes: a damaged count cannot reserve much.
                var items: [YAMLNode] = []
                items.reserveCapacity(min(count, (bytes.count - index) / 5))
                for _ in 0..<count { items.append(try node(depth: depth + 1)) }
                content = .sequence(items)
            case UInt8(ascii: "m"):
                let count = try number(endingWith: ";")
                var pairs: [YAMLNode.Pair] = []
                pairs.reserveCapacity(min(count, (bytes.count - index) / 10))
                for _ in 0..<count {
                    let key = try node(depth: depth + 1)
                    pairs.append(YAMLNode.Pair(key: key, value: try node(depth: depth + 1)))
                }
                content = .mapping(pairs)
            default: throw Self.damaged
            }
            return YAMLNode(content, mark: mark, tag: tag)
        }
    }
}
